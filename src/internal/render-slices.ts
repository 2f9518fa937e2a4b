/**
 * First renders spread over several short tasks, so that a page with many widgets stays responsive while they start
 * (no long task from the widgets while the page loads on a slow phone). Once the widgets have spent BUDGET_MS of the
 * current task on first renders, each further widget renders in a task of its own, in document order.
 *
 * Only where the page keeps each waiting widget's space: `reserveSpace()` (the all-in-one file and the autoloader)
 * adds rules for the `:state(cabildo-pending)` custom state and says so through the shared registry. Elsewhere every
 * widget renders at once, as Lit does.
 */
const BUDGET_MS = 30;
const KEY = Symbol.for('cabildo-widgets.reserve-space');

let sliceStart = -1;
const waiting: Array<() => void> = [];
let channel: MessageChannel | null = null;

/** True when the space of a widget waiting for its first render stays reserved (see reserveSpace). */
const spaceKept = () => Boolean((globalThis as Record<symbol, { pending?: boolean } | undefined>)[KEY]?.pending);

function post(): void {
  channel ??= new MessageChannel();
  channel.port1.onmessage = run;
  channel.port2.postMessage(0);
}

/** One task: the next waiting widget renders (Lit renders in this task's microtasks), then the next task is posted. */
function run(): void {
  sliceStart = performance.now();
  waiting.shift()?.();
  if (waiting.length) post();
}

/**
 * Whether a widget's first render should wait for a task of its own: others wait already, or this task has spent its
 * budget on first renders.
 */
export function mustWaitForSlice(): boolean {
  if (!spaceKept() || typeof MessageChannel !== 'function') return false;
  const now = performance.now();
  if (sliceStart < 0) {
    sliceStart = now;
    setTimeout(() => (sliceStart = -1));
  }
  return waiting.length > 0 || now - sliceStart > BUDGET_MS;
}

/** Resolves in a task of its own, after the widgets that were waiting before. */
export function nextSlice(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    if (waiting.length === 1) post();
  });
}
