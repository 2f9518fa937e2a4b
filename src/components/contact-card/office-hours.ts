/**
 * The card's view of the office hours engine (issue 3): everything the card shows about in-person hours at one
 * instant, in the card's own terms. The engine does the work; this file only adapts its answers.
 */
import { regularWeek, type DayHours } from '../../core/weekly-hours.js';
import {
  addDays,
  officeStatus,
  parseHours,
  type HoursSyntaxError,
  type OfficeDay,
  type ScheduleOptions,
} from '../../core/schedule.js';
import { upcomingClosures } from '../../core/week.js';
import { formatOfficeTime } from '../../internal/hours-text.js';
import { statusText } from '../../internal/status-text.js';
import { getLocale } from '../../internal/localization.js';

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

export type CardHoursResult = { ok: true; hours: CardHours } | { ok: false; error: HoursSyntaxError };

/** Closed days of the next 30 in runs: consecutive days closed for the same reason become one entry. */
function closureRuns(days: ReturnType<typeof upcomingClosures>): UpcomingClosure[] {
  const locale = getLocale();
  const runs: UpcomingClosure[] = [];
  let previous: OfficeDay | null = null;
  for (const day of days) {
    const name = day.holiday ? day.holiday[locale] : null;
    const last = runs.at(-1);
    if (last && name === last.name && previous && addDays(previous, 1).iso === day.iso) {
      last.through = day.iso;
    } else {
      runs.push({ from: day.iso, through: day.iso, name });
    }
    previous = day;
  }
  return runs;
}

/**
 * The hours at `now` for the hours text, with the same status text as the badge. Call it while rendering: the texts
 * are localised. `options`: the page calendar's holidays and closures.
 */
export function cardHours(text: string, now: Date, options: ScheduleOptions = {}): CardHoursResult {
  const parsed = parseHours(text);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const status = officeStatus(parsed.hours, now, options);
  return {
    ok: true,
    hours: {
      statusText: statusText(status, now),
      open: status.open,
      closingSoon: status.closingSoon,
      holidaysUnknown: status.holidaysUnknown,
      nextChange: status.nextChange,
      week: regularWeek(parsed.hours),
      closures: closureRuns(upcomingClosures(parsed.hours, now, options)),
      clockText: formatOfficeTime(now),
    },
  };
}
