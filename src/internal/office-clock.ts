import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { officeDate, officeInstant } from '../core/schedule.js';
import { invalidAttributeMessage } from './messages.js';

/** Where an {@link OfficeClock} reads the time and sets its timer; tests inject a fake one. */
export interface TimeSource {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The real clock. */
export const realTime: TimeSource = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as number),
};

/** An element that uses an OfficeClock: `now` is its frozen instant (ISO 8601, see {@link parseNow}) when set. */
export type OfficeClockHost = ReactiveControllerHost &
  HTMLElement & { now?: string | null; reportError?(code: string, message: string): void; clearError?(code: string): void };

// The forms every browser's Date.parse reads alike: years 1000-9999, capital T and Z, offsets with a colon.
const ISO = /^([1-9]\d{3})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d(?:\.\d{1,3})?))?)?(Z|[+-]\d\d:\d\d)?$/;

/**
 * The instant a `now` attribute names, in ms, or NaN when it is not ISO 8601. With `Z` or an offset it is that
 * instant; a date or date-time without one is read on the office's wall clock (Canary time), never in the visitor's
 * zone, so `2026-12-02T09:30` means 9:30 in Lanzarote on every computer.
 */
export function parseNow(value: string): number {
  const m = ISO.exec(value);
  if (!m || (m[7] && !m[4])) return NaN;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1, 7).map((part) => +(part ?? 0));
  const date = officeDate(new Date(Date.UTC(year, month - 1, day, 12)));
  // A date or time that cannot exist (30 February, 24:00, 10:60) is refused, never rolled over into another day.
  if (date.month !== month || date.day !== day || hour > 23 || minute > 59 || second >= 60) return NaN;
  if (m[7]) return Date.parse(value);
  // Without an offset: Canary wall time; the repeated autumn hour is its first occurrence (see officeInstant).
  return +officeInstant(date, hour * 60 + minute) + second * 1000;
}

// setTimeout fires at once for delays above 2^31 - 1 ms (about 24.8 days).
const MAX_DELAY = 2 ** 31 - 1;

/**
 * The clock of a time-dependent element. `now()` is the host's `now` attribute when it is a valid instant (frozen
 * there), else the real time. After each update it sets ONE timer for the next change of state reported by
 * `nextChange` (no polling) and re-renders the host when it fires or when the tab becomes visible again.
 * An invalid `now` is reported through the host's `cabildo-error` and the real clock is used.
 */
export class OfficeClock implements ReactiveController {
  /** The time source of every clock created without one; tests may replace it. */
  static source: TimeSource = realTime;

  private timer: unknown = null;
  private readonly source: TimeSource;

  constructor(
    private readonly host: OfficeClockHost,
    private readonly nextChange: () => Date | null,
    source?: TimeSource,
  ) {
    this.source = source ?? OfficeClock.source;
    host.addController(this);
  }

  /** The host's `now` attribute when it is set but not a valid instant, else null. */
  get invalidNow(): string | null {
    const value = this.host.now;
    return value && Number.isNaN(parseNow(value)) ? value : null;
  }

  /** Whether time is frozen by a valid `now` attribute. */
  get frozen(): boolean {
    return !!this.host.now && !this.invalidNow;
  }

  /** The instant the host renders for. */
  now(): Date {
    return new Date(this.frozen ? parseNow(this.host.now!) : this.source.now());
  }

  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible') this.host.requestUpdate();
  };

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stop();
  }

  hostUpdated(): void {
    this.stop();
    const bad = this.invalidNow;
    if (bad) this.host.reportError?.('invalid-now', invalidAttributeMessage('now', bad));
    else this.host.clearError?.('invalid-now');
    const next = this.frozen ? null : this.nextChange();
    if (!next) return;
    const delay = Math.min(Math.max(+next - this.source.now(), 0), MAX_DELAY);
    this.timer = this.source.setTimeout(() => {
      this.timer = null;
      this.host.requestUpdate();
    }, delay);
  }

  private stop(): void {
    if (this.timer !== null) this.source.clearTimeout(this.timer);
    this.timer = null;
  }
}
