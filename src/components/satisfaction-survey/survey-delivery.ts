/**
 * The survey's delivery, as a Lit reactive controller: sends an answer, keeps what could not be delivered in the
 * browser's queue (core/survey-queue.ts decides what is due and when), retries it on a timer with backoff, when the
 * browser comes back online and when a survey connects (every page load), and stops while its element is not in the
 * page. It knows nothing of the form: it reports each outcome to its element, which turns it into events and text.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  ResilientStorage, afterFailure, isDue, parseRetryAfter, queueEntry, readQueue, removeEntry, saveEntry, verdictFor,
  type QueuedAnswer, type SurveyStorage,
} from '../../core/survey-queue.js';
import type { SurveyPayload } from '../../core/survey.js';

/** What the survey reaches for outside itself; tests and embedders may replace any part through `environment`. */
export interface SurveyEnvironment {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  /** Where queued answers and the "answered" mark live; null for none. Calls may throw. Default localStorage. */
  storage: SurveyStorage | null;
  now: () => number;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  random: () => number;
}

/** What one attempt to deliver an answer came to. */
export type DeliveryOutcome =
  /** Accepted (2xx): removed from the queue. */
  | { kind: 'delivered'; id: string; status: number }
  /** Not delivered yet (offline, network failure, 408, 429, 5xx): kept, retried at `nextAttemptAt`. */
  | { kind: 'queued'; id: string; status: number | null; nextAttemptAt: number; firstFailure: boolean; persistent: boolean }
  /** Refused for good (another 4xx): removed from the queue, never retried. */
  | { kind: 'rejected'; id: string; status: number }
  /** Already being sent by another survey on this page. */
  | { kind: 'busy'; id: string };

export interface DeliveryOptions {
  /** The absolute endpoint URL, or null when there is none (then nothing is sent). */
  endpoint: () => string | null;
  /** The element's replacements for the browser facilities. */
  environment: () => Partial<SurveyEnvironment> | undefined;
  /** Called after every attempt. */
  onOutcome: (outcome: DeliveryOutcome) => void;
}

const SEND_TIMEOUT_MS = 15_000;
const MAX_TIMER_MS = 2 ** 31 - 1;

function browserStorage(): SurveyStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const defaults: SurveyEnvironment = {
  fetch: (url, init) => fetch(url, init),
  get storage() {
    return browserStorage();
  },
  now: () => Date.now(),
  setTimer: (run, ms) => setTimeout(run, Math.min(ms, MAX_TIMER_MS)),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  random: () => Math.random(),
};

export class SurveyDelivery implements ReactiveController {
  // Page-wide, on purpose: every survey on a page works on the same queue. One wrapper per underlying storage (so all
  // see the same answers, even after the storage failed over to memory), and the answers being sent right now by any
  // of them (two surveys never send the same answer at once).
  private static readonly wrappers = new WeakMap<object, ResilientStorage>();
  private static readonly memoryOnly = new ResilientStorage(null);
  private static readonly inFlight = new Set<string>();

  private connected = false;
  private timer: unknown = null;
  private running = 0;
  private idleWaiters: Array<() => void> = [];
  private readonly onOnline = () => void this.retry(true);

  constructor(
    host: ReactiveControllerHost,
    private readonly options: DeliveryOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    window.addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    this.connected = false;
    window.removeEventListener('online', this.onOnline);
    this.clearTimer();
  }

  /** The browser facilities in use: the element's replacements over the defaults. */
  get env(): SurveyEnvironment {
    const env = this.options.environment() ?? {};
    return {
      fetch: env.fetch ?? defaults.fetch,
      storage: 'storage' in env ? (env.storage ?? null) : defaults.storage,
      now: env.now ?? defaults.now,
      setTimer: env.setTimer ?? defaults.setTimer,
      clearTimer: env.clearTimer ?? defaults.clearTimer,
      random: env.random ?? defaults.random,
    };
  }

  /** The storage shared by every survey on the page that uses the same underlying storage; never throws. */
  get storage(): ResilientStorage {
    const primary = this.env.storage;
    if (!primary) return SurveyDelivery.memoryOnly;
    let wrapper = SurveyDelivery.wrappers.get(primary);
    if (!wrapper) SurveyDelivery.wrappers.set(primary, (wrapper = new ResilientStorage(primary)));
    return wrapper;
  }

  /**
   * Settles once nothing is being sent or retried by this survey (at once when idle). Tests await it before saying
   * that nothing was sent; a page may await it before leaving.
   */
  get idle(): Promise<void> {
    return this.running === 0 ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Queues a new answer (so that closing the tab mid-request loses nothing) and makes its first attempt. */
  send(payload: SurveyPayload): Promise<DeliveryOutcome['kind']> {
    const endpoint = this.options.endpoint();
    if (!endpoint) return Promise.resolve('rejected');
    const now = this.env.now();
    const entry = queueEntry(endpoint, payload, now);
    saveEntry(this.storage, entry, now);
    return this.track(async () => {
      const kind = await this.attempt(entry);
      this.schedule();
      return kind;
    });
  }

  /**
   * Sends the waiting answers of this endpoint that are due: all of them when `eager` (a page load, the browser back
   * online), except where the server asked to wait; only those whose backoff ended otherwise. Then arms the timer.
   */
  retry(eager: boolean): Promise<void> {
    return this.track(async () => {
      const endpoint = this.options.endpoint();
      if (!this.connected || !endpoint) return;
      this.clearTimer();
      const now = this.env.now();
      const due = readQueue(this.storage, now).filter((entry) => entry.endpoint === endpoint && isDue(entry, now, eager));
      for (const entry of due) {
        if (!this.connected) return;
        await this.attempt(entry);
      }
      this.schedule();
    });
  }

  private async track<T>(work: () => Promise<T>): Promise<T> {
    this.running++;
    try {
      return await work();
    } finally {
      if (--this.running === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  /** Arms one timer for the earliest waiting answer of this endpoint. */
  private schedule(): void {
    const endpoint = this.options.endpoint();
    this.clearTimer();
    if (!this.connected || !endpoint) return;
    const env = this.env;
    const now = env.now();
    const waiting = readQueue(this.storage, now).filter((entry) => entry.endpoint === endpoint);
    if (waiting.length === 0) return;
    const next = Math.min(...waiting.map((entry) => Math.max(entry.nextAttemptAt, entry.notBefore)));
    this.timer = env.setTimer(() => {
      this.timer = null;
      void this.retry(false);
    }, Math.max(0, next - now));
  }

  private clearTimer(): void {
    if (this.timer !== null) this.env.clearTimer(this.timer);
    this.timer = null;
  }

  /** One POST of a queued answer, and what follows from its outcome. */
  private async attempt(entry: QueuedAnswer): Promise<DeliveryOutcome['kind']> {
    const { id } = entry.payload;
    if (SurveyDelivery.inFlight.has(id)) return 'busy';
    SurveyDelivery.inFlight.add(id);
    const env = this.env;
    let status: number | null = null;
    let retryAfter: string | null = null;
    try {
      // An offline browser fails fast anyway; not trying saves a request that cannot succeed.
      if (navigator.onLine !== false) {
        const response = await env.fetch(entry.endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(entry.payload),
          // Lets the request finish if the citizen leaves the page right after sending.
          keepalive: true,
          signal: typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(SEND_TIMEOUT_MS) : undefined,
        });
        status = response.status;
        retryAfter = response.headers.get('Retry-After');
      }
    } catch {
      status = null;
    } finally {
      SurveyDelivery.inFlight.delete(id);
    }
    const now = env.now();
    const verdict = verdictFor(status);
    let outcome: DeliveryOutcome;
    if (verdict === 'retry') {
      const next = afterFailure(entry, parseRetryAfter(retryAfter, now), now, env.random());
      saveEntry(this.storage, next, now);
      outcome = {
        kind: 'queued', id, status, nextAttemptAt: next.nextAttemptAt, firstFailure: entry.attempts === 0,
        persistent: this.storage.persistent,
      };
    } else {
      removeEntry(this.storage, id, now);
      outcome = verdict === 'delivered' ? { kind: 'delivered', id, status: status! } : { kind: 'rejected', id, status: status! };
    }
    this.options.onOutcome(outcome);
    return outcome.kind;
  }
}
