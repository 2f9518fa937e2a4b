/**
 * The card's view of the office hours engine (issue 3): everything the card shows about in-person hours at one
 * instant, in the card's own terms. The engine does the work; this file only adapts its answers.
 */
import type { DayHours } from '../../core/weekly-hours.js';

/** A closed day, or a run of them, coming up. */
export interface UpcomingClosure {
  /** First and last closed day, ISO dates in office time. */
  from: string;
  through: string;
  /** The holiday's name, when it is one. */
  name: string | null;
}

/** What the card shows about the hours at `now`. */
export interface CardHours {
  /** The same status text as the opening-hours badge. */
  statusText: string;
  open: boolean;
  closingSoon: boolean;
  /** No confirmed public holidays for this year: the status may miss a holiday. */
  holidaysUnknown: boolean;
  /** When the status changes next; the clock wakes the card then. */
  nextChange: Date | null;
  /** The regular week, Monday first. */
  week: DayHours[];
  closures: UpcomingClosure[];
  /** The time now at the office, "10:00". */
  clockText: string;
}

/** Where the hours text cannot be read: the engine's error, for the visible message and `cabildo-error`. */
export interface CardHoursError {
  column: number;
  reason: string;
  found: string;
}

export type CardHoursResult = { ok: true; hours: CardHours } | { ok: false; error: CardHoursError };

/**
 * The hours at `now` for the hours text, or null while this build has no hours engine (the card then shows its
 * channels without hours or status). Call it while rendering: the texts are localised.
 */
export function cardHours(_hours: string, _now: Date): CardHoursResult | null {
  return null;
}
