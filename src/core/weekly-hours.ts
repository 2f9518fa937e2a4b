/**
 * A week of opening hours summarised the way people write it ("lunes a viernes, 9:00–14:00"): consecutive days with
 * the same hours grouped. Feeds the card's hours line, the vCard note and schema.org `openingHoursSpecification`.
 */
import type { WeeklyOpening } from './structured-data.js';
import type { Hours } from './schedule.js';
import { typicalWeek } from './week.js';
import { clockText, hhmmClockText, listText, rangeText, weekdayName } from './format.js';

/** Hours of one weekday: ISO day (1 = Monday … 7 = Sunday), intervals "HH:MM" in office time, none when closed. */
export interface DayHours {
  day: number;
  intervals: Array<{ opens: string; closes: string }>;
}

/** Consecutive days (ISO numbers) that share the same intervals. Closed days are left out. */
export interface DayGroup {
  days: number[];
  intervals: Array<{ opens: string; closes: string }>;
}

const key = (day: DayHours) => day.intervals.map((i) => `${i.opens}-${i.closes}`).join(',');

/** Groups consecutive open days with identical hours, Monday first. */
export function groupWeek(week: DayHours[]): DayGroup[] {
  const groups: DayGroup[] = [];
  let lastKey = '';
  let lastDay = -1;
  for (const day of [...week].sort((a, b) => a.day - b.day)) {
    if (day.intervals.length === 0) {
      lastKey = '';
      continue;
    }
    const k = key(day);
    const group = groups.at(-1);
    if (group && k === lastKey && day.day === lastDay + 1) group.days.push(day.day);
    else groups.push({ days: [day.day], intervals: day.intervals });
    lastKey = k;
    lastDay = day.day;
  }
  return groups;
}

/** schema.org openings: one per group and interval. */
export function weeklyOpenings(week: DayHours[]): WeeklyOpening[] {
  return groupWeek(week).flatMap(({ days, intervals }) => intervals.map(({ opens, closes }) => ({ days, opens, closes })));
}

/** "9:00–14:00" or "9:00–14:00 y 16:00–18:00" (the conjunction comes from Intl.ListFormat in `locale`). */
export function intervalsText(intervals: DayGroup['intervals'], locale: string): string {
  return listText(intervals.map(({ opens, closes }) => rangeText(hhmmClockText(opens), hhmmClockText(closes))), locale);
}

/** "lunes a viernes", "jueves", "lunes y martes"; `through` is the localised word for a range ("a" / "to"). */
export function daysText(days: number[], locale: string, through: string): string {
  const first = weekdayName(days[0], locale);
  if (days.length === 1) return first;
  const last = weekdayName(days[days.length - 1], locale);
  if (days.length === 2) return listText([first, last], locale);
  return `${first} ${through} ${last}`;
}

/** "HH:MM" from minutes since office midnight (the stored form; {@link intervalsText} writes it "9:00"). */
const hhmm = (minutes: number) => clockText(minutes).padStart(5, '0');

/** The regular week of parsed hours (weekday rules only: no holidays, date rules or closures), Monday first. */
export const regularWeek = (hours: Hours): DayHours[] =>
  typicalWeek(hours).map((ranges, i) => ({
    day: i + 1,
    intervals: ranges.map((r) => ({ opens: hhmm(r.from), closes: hhmm(r.to) })),
  }));
