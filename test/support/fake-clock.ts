import type { TimeSource } from '../../src/internal/office-clock.js';

interface Timer {
  id: number;
  at: number;
  ms: number;
  callback: () => void;
}

/**
 * A clock and timers that the test moves by hand: the one fake clock of the test suite. It is an OfficeClock
 * `TimeSource` (`now`, `setTimeout`, `clearTimeout`) and, through `surveyEnvironment`, the survey's time.
 */
export class FakeClock implements TimeSource {
  private timers: Timer[] = [];
  private seq = 0;

  constructor(public time: number) {}

  now = (): number => this.time;

  setTimeout = (callback: () => void, ms: number): number => {
    this.timers.push({ id: ++this.seq, at: this.time + ms, ms, callback });
    return this.seq;
  };

  clearTimeout = (handle: unknown): void => {
    this.timers = this.timers.filter((t) => t.id !== handle);
  };

  /** The survey's `environment` time functions, on this clock. */
  get surveyEnvironment() {
    return { now: this.now, setTimer: this.setTimeout, clearTimer: this.clearTimeout };
  }

  /** Timers not yet run, earliest first. */
  pending(): Array<{ at: number; ms: number }> {
    return [...this.timers].sort((a, b) => a.at - b.at);
  }

  /** Moves the clock forward by `ms` without running any timer. */
  advance(ms: number): void {
    this.time += ms;
  }

  /** Moves the clock to `time` and runs, in order, every timer due by then. */
  advanceTo(time: number): void {
    for (let next = this.pending()[0]; next && next.at <= time; next = this.pending()[0]) this.runNext();
    this.time = Math.max(this.time, time);
  }

  /** Runs the earliest timer; by default the clock first moves to its time, as the browser would. */
  runNext(moveClock = true): void {
    const next = this.pending()[0] as Timer | undefined;
    if (!next) throw new Error('no timer pending');
    this.timers = this.timers.filter((t) => t !== next);
    if (moveClock) this.time = Math.max(this.time, next.at);
    next.callback();
  }
}
