/**
 * One formatter per fact: office times, weekday names, dates, ranges and plural forms, written the same way in every
 * widget. Intl formatters are built once per locale and options, and reused. No DOM here.
 */

/** The time zone of every office time: Canary time, one hour behind mainland Spain all year. */
export const OFFICE_TIME_ZONE = 'Atlantic/Canary';

const cache = new Map<string, Intl.DateTimeFormat | Intl.ListFormat | Intl.PluralRules>();
function cached<T extends Intl.DateTimeFormat | Intl.ListFormat | Intl.PluralRules>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) cache.set(key, (formatter = make()));
  return formatter;
}

/** An Intl.DateTimeFormat made once for this locale and these options. */
export const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

/** "a, b y c" / "a, b and c", made once per locale. */
export const listText = (items: string[], locale: string): string =>
  cached(`l|${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);

/** The plural category of `count` in `locale` ("one", "other", …), from Intl.PluralRules made once per locale. */
export const pluralCategory = (count: number, locale: string): Intl.LDMLPluralRule =>
  cached(`p|${locale}`, () => new Intl.PluralRules(locale)).select(count);

/** Minutes since midnight as a clock time, Spanish style with no leading zero: 540 → "9:00", 840 → "14:00". */
export const clockText = (minutes: number): string => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

/** An "HH:MM" time (as schema.org and the hours syntax write it) as a clock time: "09:00" → "9:00". */
export const hhmmClockText = (hhmm: string): string => hhmm.replace(/^0(\d)/, '$1');

/**
 * A range that never breaks across lines: word joiners around the en dash (invisible, not read out), no-break
 * spaces for any space inside an end. "9:00–14:00".
 */
export const rangeText = (from: string, to: string): string => `${from}\u2060–\u2060${to}`.replace(/ /g, '\u00a0');

/** Display text as plain text, for files and messages (vCard, JSON-LD, a WhatsApp draft): no word joiners or no-break spaces. */
export const plainText = (text: string): string => text.replace(/\u2060/g, '').replace(/\u00a0/g, ' ');

/** The weekday's name in `locale`: ISO day 1 → "lunes" / "Monday". */
export const weekdayName = (day: number, locale: string): string =>
  // 1 January 2024 was a Monday; formatted in UTC, so the visitor's zone cannot shift the day.
  dateFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, day));

/** The office weekday of an instant in `locale` ("lunes", "Monday"). */
export const officeWeekdayName = (date: Date, locale: string): string =>
  dateFormat(locale, { weekday: 'long', timeZone: OFFICE_TIME_ZONE }).format(date);

/** The office date of an instant as "7 de enero" / "7 January". */
export const officeDayMonth = (date: Date, locale: string): string =>
  dateFormat(locale, { day: 'numeric', month: 'long', timeZone: OFFICE_TIME_ZONE }).format(date);

/** The office date of an instant with its weekday, as a list item reads it: "martes, 8 de diciembre" / "Tuesday 8 December". */
export const officeDateText = (date: Date, locale: string): string =>
  // Made from its two parts: the engines' date data disagree on the punctuation of the whole (WebKit's writes
  // "Tuesday, 8 December", Chromium's "Tuesday 8 December"), and one fact is written one way.
  `${officeWeekdayName(date, locale)}${locale.startsWith('es') ? ', ' : ' '}${officeDayMonth(date, locale)}`;
