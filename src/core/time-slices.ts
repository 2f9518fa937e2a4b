/**
 * Long work a slice at a time: the page gets its turn (input, rendering) between slices, so that no task runs long
 * (a "long task" is over 50 ms; a slice is about 8 ms on the machine it runs on, whatever its speed).
 */

/**
 * Resolves in a later task: a message to ourselves, which (unlike `setTimeout(0)`) is not held back 4 ms once nested,
 * so hundreds of slices cost nothing. Not `scheduler.yield()`: its continuations run ahead of the page's other tasks,
 * so a page's own timers waited for the whole load (seconds for thousands of procedures); a message takes its turn
 * in order with them, and input and rendering come first either way.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Milliseconds of work per slice. */
export const SLICE_MS = 8;

/** A time budget: `due()` once `ms` have passed since it started or last paused; `pause()` yields and starts anew. */
export class TimeSlice {
  private end: number;

  constructor(private readonly ms = SLICE_MS) {
    this.end = performance.now() + ms;
  }

  due(): boolean {
    return performance.now() >= this.end;
  }

  /** Yields to the page if the slice is spent; otherwise returns at once. */
  async pause(): Promise<void> {
    if (!this.due()) return;
    await nextTask();
    this.end = performance.now() + this.ms;
  }
}
