/**
 * The delivery queue: answers that could not be delivered yet wait in the browser's storage (with a time-to-live)
 * and are retried with exponential backoff and jitter, never before a server's `Retry-After`. Pure logic: storage,
 * clock and randomness are passed in, so it runs and is tested without a DOM.
 */
import type { SurveyPayload } from './survey.js';

/** The subset of the Web Storage API the queue uses (localStorage in the browser). Any call may throw. */
export interface SurveyStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** An answer waiting to be delivered. */
export interface QueuedAnswer {
  /** Absolute URL it must be POSTed to. */
  endpoint: string;
  payload: SurveyPayload;
  /** Failed attempts so far. */
  attempts: number;
  /** When it was first queued (ms since epoch): it expires {@link QUEUE_TTL_MS} later. */
  queuedAt: number;
  /** Earliest next automatic attempt (backoff). */
  nextAttemptAt: number;
  /** Earliest any attempt: the server's `Retry-After`, which even a page load or coming online respects. */
  notBefore: number;
}

export const QUEUE_KEY = 'cabildo-satisfaction-survey:queue';
/** An answer older than this is dropped: by then the visit it rates is long gone. */
export const QUEUE_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** At most this many answers wait in one browser; the oldest give way. */
export const QUEUE_LIMIT = 20;
export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_CAP_MS = 60 * 60 * 1000;
/** A `Retry-After` longer than this is treated as this (a misconfigured server must not park answers for weeks). */
export const RETRY_AFTER_CAP_MS = 24 * 60 * 60 * 1000;

/** What an HTTP status (or `null` for a network failure) means for an answer. */
export type DeliveryVerdict = 'delivered' | 'retry' | 'rejected';

export function verdictFor(status: number | null): DeliveryVerdict {
  if (status === null) return 'retry';
  if (status >= 200 && status < 300) return 'delivered';
  if (status === 408 || status === 429 || status >= 500) return 'retry';
  return 'rejected';
}

/**
 * Milliseconds to wait according to a `Retry-After` header: delay-seconds (`120`) or an HTTP date
 * (`Wed, 21 Oct 2026 07:28:00 GMT`). Null when absent or unreadable; 0 for a date in the past.
 */
export function parseRetryAfter(header: string | null | undefined, now: number): number | null {
  if (typeof header !== 'string') return null;
  const value = header.trim();
  if (value === '') return null;
  if (/^\d+$/.test(value)) return Math.min(Number(value) * 1000, RETRY_AFTER_CAP_MS);
  // HTTP dates always name the weekday and GMT; Date.parse alone would accept far too much.
  if (!/^[A-Za-z]{3},\s+\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{2}:\d{2}:\d{2}\s+GMT$/.test(value)) return null;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  return Math.min(Math.max(0, at - now), RETRY_AFTER_CAP_MS);
}

/**
 * Delay before retry number `attempts` (1 = the first retry): exponential from {@link BACKOFF_BASE_MS}, capped,
 * with "equal jitter" (half fixed, half random) so that many browsers back from a failure do not retry in step.
 */
export function backoffDelay(attempts: number, random: number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * Math.min(Math.max(random, 0), 1));
}

/** A new queue entry for an answer about to be sent for the first time. */
export function queueEntry(endpoint: string, payload: SurveyPayload, now: number): QueuedAnswer {
  return { endpoint, payload, attempts: 0, queuedAt: now, nextAttemptAt: now, notBefore: now };
}

/**
 * The entry after a failed attempt: one more attempt counted, next attempt after the backoff or `Retry-After`,
 * whichever is later (a `Retry-After: 0` or a past date must not turn retries into a flood).
 */
export function afterFailure(entry: QueuedAnswer, retryAfterMs: number | null, now: number, random: number): QueuedAnswer {
  const attempts = entry.attempts + 1;
  const wait = Math.max(retryAfterMs ?? 0, backoffDelay(attempts, random));
  return { ...entry, attempts, nextAttemptAt: now + wait, notBefore: retryAfterMs === null ? now : now + retryAfterMs };
}

/**
 * Whether to try `entry` now. A scheduled retry waits for its backoff; a page load or the browser coming back online
 * (`eager`) tries at once, except while the server asked to wait.
 */
export function isDue(entry: QueuedAnswer, now: number, eager: boolean): boolean {
  return now >= entry.notBefore && (eager || now >= entry.nextAttemptAt);
}

function isQueuedAnswer(value: unknown): value is QueuedAnswer {
  const entry = value as QueuedAnswer;
  return (
    typeof entry === 'object' && entry !== null && typeof entry.endpoint === 'string' &&
    typeof entry.payload === 'object' && entry.payload !== null && typeof entry.payload.id === 'string' &&
    [entry.attempts, entry.queuedAt, entry.nextAttemptAt, entry.notBefore].every((n) => typeof n === 'number' && Number.isFinite(n))
  );
}

/** The answers waiting in `storage`, without expired or unreadable ones. Never throws. */
export function readQueue(storage: SurveyStorage, now: number): QueuedAnswer[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage.getItem(QUEUE_KEY) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(isQueuedAnswer).filter((entry) => now - entry.queuedAt < QUEUE_TTL_MS);
}

/** Stores `entries` (the newest {@link QUEUE_LIMIT}); false if the storage refused. */
export function writeQueue(storage: SurveyStorage, entries: QueuedAnswer[]): boolean {
  try {
    if (entries.length === 0) storage.removeItem(QUEUE_KEY);
    else storage.setItem(QUEUE_KEY, JSON.stringify(entries.slice(-QUEUE_LIMIT)));
    return true;
  } catch {
    return false;
  }
}

/** Adds or replaces (by answer id) an entry. */
export function saveEntry(storage: SurveyStorage, entry: QueuedAnswer, now: number): boolean {
  const others = readQueue(storage, now).filter((e) => e.payload.id !== entry.payload.id);
  return writeQueue(storage, [...others, entry]);
}

/** Removes the answer with this id, once it was delivered or rejected. */
export function removeEntry(storage: SurveyStorage, id: string, now: number): boolean {
  return writeQueue(storage, readQueue(storage, now).filter((e) => e.payload.id !== id));
}

/**
 * A storage that never throws: it uses `primary` (localStorage) while that works and falls back to memory when it
 * is missing or throws (private browsing, storage disabled, quota). `persistent` tells whether answers survive a reload.
 */
export class ResilientStorage implements SurveyStorage {
  private readonly memory = new Map<string, string>();
  persistent: boolean;

  constructor(private readonly primary: SurveyStorage | null) {
    this.persistent = primary !== null;
  }

  getItem(key: string): string | null {
    if (this.persistent) {
      try {
        return this.primary!.getItem(key);
      } catch {
        this.persistent = false;
      }
    }
    return this.memory.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.memory.set(key, value);
    if (!this.persistent) return;
    try {
      this.primary!.setItem(key, value);
    } catch {
      this.persistent = false;
    }
  }

  removeItem(key: string): void {
    this.memory.delete(key);
    if (!this.persistent) return;
    try {
      this.primary!.removeItem(key);
    } catch {
      this.persistent = false;
    }
  }
}
