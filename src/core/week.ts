// The office week for display (the badge's week view, the contact card): each day's hours, holidays and closures, and
// the plain weekly pattern. Outside the hours engine (core/schedule.ts): the open/closed answer does not need it.
import { addDays, closedBy, holidayOn, officeDate, rangesOn, type DayHours, type Hours, type OfficeDay, type ScheduleOptions, type TimeRange } from './schedule.js';

const dayHours = (hours: Hours, day: OfficeDay, today: OfficeDay, options: ScheduleOptions): DayHours => ({
  ...day,
  today: day.iso === today.iso,
  ranges: rangesOn(hours, day, options),
  holiday: holidayOn(day, options.holidays),
  closure: closedBy(options.closures, day.iso),
});

/** The office week (Monday to Sunday) that contains `at`, with each day's actual hours, holidays and closures. */
export function weekHours(hours: Hours, at: Date, options: ScheduleOptions = {}): DayHours[] {
  const today = officeDate(at);
  const monday = addDays(today, -today.weekday);
  return [0, 1, 2, 3, 4, 5, 6].map((n) => dayHours(hours, addDays(monday, n), today, options));
}

/**
 * The days of the next 30 (from today) on which the office would open by its weekly pattern but is closed:
 * holidays (with their names), `closures` and closed date rules.
 */
export function upcomingClosures(hours: Hours, at: Date, options: ScheduleOptions = {}): DayHours[] {
  const today = officeDate(at);
  const list: DayHours[] = [];
  for (let n = 0; n < 30; n++) {
    const day = addDays(today, n);
    const shown = dayHours(hours, day, today, options);
    if (!shown.ranges.length && rangesOn(hours, day, {}, true).length) list.push(shown);
  }
  return list;
}

/**
 * The plain weekly pattern, Monday first: each weekday's hours by the weekday rules alone (no holidays, date rules or
 * closures). What a card or schema.org `openingHoursSpecification` states as "the hours".
 */
export function typicalWeek(hours: Hours): TimeRange[][] {
  // Monday 1 January 2024.
  const monday = addDays({ year: 2024, month: 1, day: 1 } as OfficeDay, 0);
  return [0, 1, 2, 3, 4, 5, 6].map((n) => rangesOn(hours, addDays(monday, n), {}, true));
}
