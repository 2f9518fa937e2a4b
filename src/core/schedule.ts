// The office-hours engine: parses the documented subset of the OSM `opening_hours` syntax and answers, for any
// instant, whether the office is open, in Canary time, with the public holidays of src/data/holidays.ts.
// No DOM, no Lit, no msg(): texts live in src/internal/hours-text.ts.
import { EASTER_HOLIDAYS, FIXED_HOLIDAYS, HOLIDAYS, type HolidayYear } from '../data/holidays.js';
import type { Localized } from '../data/office.js';
import { canaryOffset, canaryWallClock } from './canary-time.js';
import { own } from './own.js';
import { parseWith } from './editor-hours.js';

/** Minutes since office midnight: `from` inclusive, `to` exclusive (`to` may be 1440, i.e. 24:00). */
export interface TimeRange {
  from: number;
  to: number;
}

/** A date `MM-DD` with an optional year (`YYYY-MM-DD`): ISO strings compare in calendar order. */
export interface DateSpan {
  from: string;
  to: string;
}

/** One `;`-separated rule. A later rule replaces earlier ones on the days it selects, as in OSM. */
export interface HoursRule {
  /** Date ranges the rule is limited to, or null for any date. */
  dates: DateSpan[] | null;
  /** Weekdays selected, bit 0 = Monday; 0 with `ph` false = every day. */
  days: number;
  /** Selects public holidays (`PH`). */
  ph: boolean;
  /** The hours on the selected days; empty = closed (`off`). */
  ranges: TimeRange[];
}

/** Parsed `hours`. */
export interface Hours {
  rules: HoursRule[];
}

/** A syntax error: 1-based `column`, a stable `reason` code and the text `found` there ('' at the end). */
export interface HoursSyntaxError {
  column: number;
  reason:
    | 'empty'
    | 'unexpected'
    | 'unknown-day'
    | 'unknown-month'
    | 'bad-date'
    | 'bad-time'
    | 'time-order'
    | 'expected-time';
  found: string;
}

export type HoursParseResult = { ok: true; hours: Hours } | { ok: false; error: HoursSyntaxError };

/** An extra closed span of office dates, `YYYY-MM-DD`, both ends included. */
export interface Closure {
  from: string;
  to: string;
}

export type ClosuresParseResult = { ok: true; closures: Closure[] } | { ok: false; error: HoursSyntaxError };

/** An office calendar day. `weekday`: 0 = Monday … 6 = Sunday. `iso`: `YYYY-MM-DD`. */
export interface OfficeDay {
  year: number;
  month: number;
  day: number;
  weekday: number;
  iso: string;
}

/** An instant in Canary time: the calendar day plus `minutes` since office midnight. */
export interface OfficeDate extends OfficeDay {
  minutes: number;
}

export interface OfficeStatus {
  open: boolean;
  /** Open and closing within 30 minutes. */
  closingSoon: boolean;
  /**
   * The next instant at which this answer changes: closing soon begins, the office closes or opens, or (while closed)
   * office midnight, when "mañana" becomes "hoy". A time-dependent element re-renders exactly then.
   */
  nextChange: Date | null;
  /** The Spanish name of today's public holiday while closed on it, else null (see `holidayName` for both languages). */
  holiday: string | null;
  holidayName: Localized | null;
  /** The holidays of a year involved in this answer are not confirmed: the answer may miss a holiday. */
  holidaysUnknown: boolean;
  /** While closed: when it opens next (null if not within a year). Null while open. */
  nextOpening: Date | null;
  /** While open: when it closes. Null while closed. */
  closesAt: Date | null;
}

/** One day of the office's calendar with its hours, for display. */
export interface DayHours extends OfficeDay {
  today: boolean;
  ranges: TimeRange[];
  holiday: Localized | null;
  /** Closed by the `closures` list. */
  closure: boolean;
}

export interface ScheduleOptions {
  closures?: Closure[];
  /** Holiday lists that replace the built-in list of their years (a page's calendar). */
  holidays?: HolidayLists;
}

const MINUTE = 60_000;
const DAY = 1440;
const SOON = 30;

// ---------------------------------------------------------------- parsing

// English then Spanish names, `size` letters each: the index modulo the count is the day (Monday = 0) or month.
const DAY_NAMES = 'motuwethfrsasulumamijuvisado';
const MONTH_NAMES = 'janfebmaraprmayjunjulaugsepoctnovdecenefebmarabrmayjunjulagosepoctnovdic';

const nameIndex = (names: string, word: string, size: number): number => {
  const at = names.indexOf(word);
  return word.length === size && at >= 0 && at % size === 0 ? (at / size) % (names.length / size / 2) : -1;
};

const pad = (n: number) => String(n).padStart(2, '0');
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

interface Token {
  s: string;
  at: number;
}

/** Parses `hours`, also as editors write them once core/editor-hours.ts has loaded the normalizer. Never throws. */
export const parseHours = (text: string): HoursParseResult => parseWith(text, parseDocumentedHours);

/** Parses the documented subset of OSM `opening_hours` (see README, "Hours syntax"). Never throws. */
function parseDocumentedHours(text: string): HoursParseResult {
  const tokens: Token[] = [...text.matchAll(/\d+:\d+|\d+|[a-zá]+|\S/gi)].map((m) => ({ s: m[0], at: m.index! }));
  const end: Token = { s: '', at: text.length };
  let k = 0;
  const peek = () => tokens[k] ?? end;
  const next = () => tokens[k++] ?? end;
  const fail = (reason: HoursSyntaxError['reason'], t: Token, found = t.s): never => {
    throw { column: t.at + 1, reason, found } satisfies HoursSyntaxError;
  };
  const isWord = (t: Token) => /^[a-zá]/i.test(t.s);
  const lower = (t: Token) => t.s.toLowerCase().replace('á', 'a');
  const monthOf = (t: Token) => nameIndex(MONTH_NAMES, lower(t), 3);
  const dayOf = (t: Token) => nameIndex(DAY_NAMES, lower(t), 2);
  const isYear = (t: Token) => /^\d{4}$/.test(t.s);
  const isDate = (t: Token) => isYear(t) || monthOf(t) >= 0;
  const isOff = (t: Token) => /^(off|closed)$/i.test(t.s);

  // [YYYY] Mon DD, returned as [YYYY-]MM-DD; `year` and `month` are inherited by `Aug 01-15` and `2026 Aug 01-Sep 15`.
  const date = (year: string, month: number): string => {
    if (isYear(peek())) year = next().s + '-';
    if (month < 0 || isWord(peek())) {
      const t = next();
      month = monthOf(t) + 1;
      if (!month) fail('unknown-month', t);
    }
    const t = next();
    const day = /^\d\d?$/.test(t.s) ? +t.s : 0;
    if (!day || day > daysInMonth(+year.slice(0, 4) || 2024, month)) fail('bad-date', t);
    return `${year}${pad(month)}-${pad(day)}`;
  };

  const time = (t: Token): number => {
    const m = /^(\d\d?):(\d\d)$/.exec(t.s);
    const value = m ? +m[1] * 60 + +m[2] : -1;
    if (!m || +m[2] > 59 || value > DAY) fail(/^\d/.test(t.s) ? 'bad-time' : 'expected-time', t);
    return value;
  };

  const rule = (): HoursRule => {
    const r: HoursRule = { dates: null, days: 0, ph: false, ranges: [] };
    if (isDate(peek())) {
      r.dates = [];
      do {
        const from = date('', -1);
        let to = from;
        if (peek().s === '-') {
          const dash = next();
          to = date(from.slice(0, -5), isDate(peek()) ? -1 : +from.slice(-5, -3));
          // Both ends with a year or neither; with years, no going back in time (without, Dec 20-Jan 06 wraps).
          if (to.length !== from.length || (to.length > 5 && to < from)) fail('bad-date', dash);
        }
        r.dates.push({ from, to });
      } while (peek().s === ',' && ++k);
    }
    if (isWord(peek()) && !isOff(peek())) {
      do {
        const t = next();
        if (lower(t) === 'ph') {
          r.ph = true;
          continue;
        }
        const first = dayOf(t);
        if (first < 0) fail('unknown-day', t);
        let last = first;
        if (peek().s === '-') {
          k++;
          const u = next();
          last = dayOf(u);
          if (last < 0) fail('unknown-day', u);
        }
        for (let d = first; ; d = (d + 1) % 7) {
          r.days |= 1 << d;
          if (d === last) break;
        }
      } while (peek().s === ',' && ++k);
    }
    if (isOff(peek())) k++;
    else
      do {
        const a = next();
        const from = time(a);
        const dash = next();
        if (dash.s !== '-') fail('expected-time', dash);
        const b = next();
        const to = time(b);
        if (to <= from) fail('time-order', a, `${a.s}-${b.s}`);
        r.ranges.push({ from, to });
      } while (peek().s === ',' && ++k);
    return r;
  };

  try {
    const rules: HoursRule[] = [];
    do {
      if (peek() === end && rules.length) break;
      if (peek() === end || peek().s === ';') fail('empty', peek());
      rules.push(rule());
      if (peek() !== end && peek().s !== ';') fail('unexpected', peek());
    } while (next() !== end);
    return { ok: true, hours: { rules } };
  } catch (error) {
    // Only `fail` throws here: a syntax error found while parsing.
    return { ok: false, error: error as HoursSyntaxError };
  }
}

// ---------------------------------------------------------------- office time

const calendarDay = (year: number, month: number, day: number): OfficeDay => {
  const d = new Date(Date.UTC(year, month - 1, day));
  const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  return { year: y, month: m, day: dd, weekday: (d.getUTCDay() + 6) % 7, iso: `${y}-${pad(m)}-${pad(dd)}` };
};

/** Adds `n` calendar days to an office day. */
export const addDays = (day: OfficeDay, n: number): OfficeDay => calendarDay(day.year, day.month, day.day + n);

/** The Canary-time calendar fields of an instant (weekday 0 = Monday, minutes since office midnight). */
export function officeDate(at: Date): OfficeDate {
  const wall = canaryWallClock(+at);
  return {
    ...calendarDay(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate()),
    minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
  };
}

/**
 * The instant at which an office day reaches `minutes` (1440 = the next midnight), Canary time. A wall time that
 * happens twice (the autumn change repeats 01:00-02:00) is its first occurrence; one skipped in spring, the later reading.
 */
export function officeInstant(day: OfficeDay, minutes: number): Date {
  const guess = Date.UTC(day.year, day.month - 1, day.day, 0, minutes);
  // With the offset of a day before (a) or a day after (b): the only two a wall time near a change can have. Both read
  // right in the repeated hour, and a (summer time) is the first; neither in the skipped one, and a is the later.
  const a = guess - canaryOffset(guess - 864e5);
  const b = guess - canaryOffset(guess + 864e5);
  return new Date(guess - a === canaryOffset(a) || guess - b !== canaryOffset(b) ? a : b);
}

// ---------------------------------------------------------------- holidays

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(y: number): OfficeDay {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  // 22 March plus the offset; calendarDay carries days past the 31st into April.
  return calendarDay(y, 3, 22 + h + l - 7 * Math.floor((a + 11 * h + 22 * l) / 451));
}

/** Holiday lists by year, e.g. a page's calendar; a year listed here replaces the built-in list of that year. */
export type HolidayLists = Readonly<Record<number, HolidayYear>>;

// Closed in every year, whatever a list or the hours say.
const ALWAYS = '01-01 05-01 12-25';

/** A year's holiday list: the page's, else the built-in one; undefined for a year without one. */
const listOf = (year: number, lists?: HolidayLists) => own(lists, year) ?? own(HOLIDAYS, year);

/** The holiday a year without a list has on `day` by the rule: a fixed-date day or an Easter day (no Sunday moves). */
const ruleDay = (day: OfficeDay): Localized | undefined =>
  FIXED_HOLIDAYS.find((d) => d.date === day.iso.slice(5))?.name ??
  EASTER_HOLIDAYS[[3, 2].map((n) => addDays(day, n).iso).indexOf(easterSunday(day.year).iso)];

/**
 * The public holiday on an office day, or null: from its year's list (the page's, else the built-in one), or for a
 * year without one by the rule (fixed-date days, Easter days, and the Monday after one that falls on a Sunday).
 */
export function holidayOn(day: OfficeDay, lists?: HolidayLists): Localized | null {
  const key = day.iso.slice(5);
  const data = listOf(day.year, lists);
  const sunday = addDays(day, -1);
  return (
    (data ? data.days.find((d) => d.date === key)?.name : (ruleDay(day) ?? (sunday.weekday > 5 && ruleDay(sunday)))) || null
  );
}

// ---------------------------------------------------------------- evaluation

const inSpan = (span: DateSpan, iso: string) => {
  const key = span.from.length > 5 ? iso : iso.slice(5);
  return span.from <= span.to ? span.from <= key && key <= span.to : key >= span.from || key <= span.to;
};

/** Whether `closures` close the office day `iso`. */
export const closedBy = (closures: Closure[] | undefined, iso: string) =>
  !!closures?.some((c) => c.from <= iso && iso <= c.to);

/** The hours of one day. `typical`: ignore holidays, date rules and closures (the plain weekly pattern). */
export function rangesOn(hours: Hours, day: OfficeDay, options: ScheduleOptions = {}, typical = false): TimeRange[] {
  const ph = !typical && !!holidayOn(day, options.holidays);
  let ranges: TimeRange[] = [];
  for (const r of hours.rules) {
    if (typical && (r.dates || (r.ph && !r.days))) continue;
    const dated = !r.dates || r.dates.some((s) => inSpan(s, day.iso));
    const selected = (!r.days && !r.ph) || (r.days >> day.weekday) & 1 || (r.ph && ph);
    if (dated && selected) ranges = r.ranges;
  }
  return typical || !(closedBy(options.closures, day.iso) || ALWAYS.includes(day.iso.slice(5))) ? ranges : [];
}

/** Open intervals (ms since epoch), merged where they touch, for `count` days from `first`. */
function intervals(hours: Hours, first: OfficeDay, count: number, options: ScheduleOptions): number[][] {
  const list: number[][] = [];
  for (let n = 0; n < count; n++) {
    const day = addDays(first, n);
    const ranges = [...rangesOn(hours, day, options)].sort((a, b) => a.from - b.from);
    for (const r of ranges) {
      const s = +officeInstant(day, r.from);
      const e = +officeInstant(day, r.to);
      const last = list[list.length - 1];
      if (last && s <= last[1]) last[1] = Math.max(last[1], e);
      else list.push([s, e]);
    }
  }
  return list;
}

/** Whether the office is open at `at`, and when that changes. Computed in Canary time whatever the visitor's zone. */
export function officeStatus(hours: Hours, at: Date, options: ScheduleOptions = {}): OfficeStatus {
  const t = +at;
  const today = officeDate(at);
  let current: number[] | undefined;
  let next: number[] | undefined;
  let horizon = 0;
  for (const days of [9, 370]) {
    const list = intervals(hours, addDays(today, -1), days, options);
    horizon = +officeInstant(addDays(today, days - 1), 0);
    current = list.find(([s, e]) => s <= t && t < e);
    next = list.find(([s]) => s > t);
    if (current || next) break;
  }
  const closesAt = current && current[1] < horizon ? current[1] : null;
  const nextOpening = !current && next ? next[0] : null;
  const closingSoon = closesAt !== null && closesAt - t <= SOON * MINUTE;
  const midnight = +officeInstant(today, DAY);
  // Open past the look-ahead (e.g. 24/7 until a distant closure): look again when it ends.
  const nextChange = current
    ? closesAt
      ? closesAt - (closingSoon ? 0 : SOON * MINUTE)
      : horizon
    : Math.min(nextOpening ?? midnight, midnight);
  // A holiday is the reason only when it leaves today without hours (`PH off`), not when today opens anyway.
  const name = current || rangesOn(hours, today, options).length ? null : holidayOn(today, options.holidays);
  const until = nextOpening ? officeDate(new Date(nextOpening)).year : today.year;
  return {
    open: !!current,
    closingSoon,
    nextChange: nextChange ? new Date(nextChange) : null,
    holiday: name && name.es,
    holidayName: name,
    holidaysUnknown: ![today.year, until].every((year) => listOf(year, options.holidays)?.confirmed),
    nextOpening: nextOpening ? new Date(nextOpening) : null,
    closesAt: closesAt ? new Date(closesAt) : null,
  };
}
