/**
 * One formatter per fact: office times, weekday names, dates, ranges and plural forms, written the same way in every
 * widget. No DOM here.
 */
import { canaryWallClock } from './canary-time.js';

/** The time zone of every office time: Canary time, one hour behind mainland Spain all year. */
export const OFFICE_TIME_ZONE = 'Atlantic/Canary';

// Names and lists are written here, not by Intl: the widgets speak only Spanish and English, and a page's first
// Intl.DateTimeFormat or Intl.ListFormat costs it tens of milliseconds (over 100 ms on a slow phone) while the engine
// loads its locale data. test/core/format.test.ts checks every name and list against Intl in each engine.

/** Spanish or English, from a locale such as "es", "en" or "en-GB". */
const english = (locale: string): boolean => locale.startsWith('en');

const WEEKDAYS = {
  es: 'lunes martes miércoles jueves viernes sábado domingo'.split(' '),
  en: 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' '),
};
const MONTHS = {
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
  en: 'January February March April May June July August September October November December'.split(' '),
};

const formats = new Map<string, Intl.DateTimeFormat>();

/** An Intl.DateTimeFormat made once for this locale and these options (for what the tables here do not cover). */
export const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
};

/**
 * "a, b y c" / "a, b and c" ("a, b, and c" in US English), as Intl.ListFormat writes a conjunction: Spanish "e"
 * before a word that starts with the sound "i" ("hielo" keeps "y").
 */
export function listText(items: string[], locale: string): string {
  if (items.length < 2) return items.join('');
  const last = items[items.length - 1];
  const head = items.slice(0, -1).join(', ');
  if (english(locale)) return `${head}${items.length > 2 && locale !== 'en-GB' ? ',' : ''} and ${last}`;
  return `${head} ${/^h?[ií](?![aeiouáéíóú])/i.test(last) ? 'e' : 'y'} ${last}`;
}

/** The plural category of a count in Spanish and English: "one" for 1, "other" for any other count. */
export const pluralCategory = (count: number): 'one' | 'other' => (count === 1 ? 'one' : 'other');

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
export const weekdayName = (day: number, locale: string): string => (english(locale) ? WEEKDAYS.en : WEEKDAYS.es)[day - 1];

/** The office weekday of an instant in `locale` ("lunes", "Monday"). */
export const officeWeekdayName = (date: Date, locale: string): string =>
  weekdayName(((canaryWallClock(+date).getUTCDay() + 6) % 7) + 1, locale);

/** The office date of an instant as "7 de enero" / "7 January". */
export function officeDayMonth(date: Date, locale: string): string {
  const wall = canaryWallClock(+date);
  const [day, month] = [wall.getUTCDate(), wall.getUTCMonth()];
  return english(locale) ? `${day} ${MONTHS.en[month]}` : `${day} de ${MONTHS.es[month]}`;
}

/** The office date of an instant with its weekday, as a list item reads it: "martes, 8 de diciembre" / "Tuesday 8 December". */
export const officeDateText = (date: Date, locale: string): string =>
  // Made from its two parts: the engines' date data disagree on the punctuation of the whole (WebKit's writes
  // "Tuesday, 8 December", Chromium's "Tuesday 8 December"), and one fact is written one way.
  `${officeWeekdayName(date, locale)}${locale.startsWith('es') ? ', ' : ' '}${officeDayMonth(date, locale)}`;
