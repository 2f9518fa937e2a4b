// The page's holiday calendar and the `closures` attribute: lists of office dates an editor writes, read and checked
// here, outside the hours engine (core/schedule.ts), which only uses their result. No DOM, no Lit, no msg().
import { EASTER_HOLIDAYS, FIXED_HOLIDAYS, HOLIDAY, type Holiday, type HolidayYear } from '../data/holidays.js';
import type { Localized } from '../data/office.js';
import type { Closure, HolidayLists } from './schedule.js';
import { isDate, parseClosures } from './closures.js';

export { isDate, parseClosures };

/** What a page's calendar declares: the holiday lists of the years it names, and closures for every widget. */
export interface PageCalendar {
  /** Each year named replaces that year's built-in list, as a confirmed list. */
  holidays: HolidayLists;
  /** Closed days added to each widget's own `closures`. */
  closures: Closure[];
}

/**
 * Why a calendar cannot be read: `json` (not JSON; `line`/`column` when the browser says where), `bad-date` (an
 * impossible or badly written date), `bad-name` (a holiday name that is not text), `unexpected` (an unknown key or a
 * value of the wrong kind). `found`: the text at fault.
 */
export interface CalendarError {
  reason: 'json' | 'bad-date' | 'bad-name' | 'unexpected';
  found: string;
  line?: number;
  column?: number;
}

export type CalendarParseResult = { ok: true; calendar: PageCalendar } | { ok: false; error: CalendarError };

/** Longest holiday name kept (longer ones are cut): a name is a few words on a badge. */
export const MAX_HOLIDAY_NAME = 80;

// The English of a name an editor writes in Spanish, when it is one of the days the library knows.
// (A function, not a constant: a module with no top-level work is left out of a bundle that does not use it.)
const known = (): Localized[] => [...FIXED_HOLIDAYS.map((d) => d.name), ...EASTER_HOLIDAYS];
const simple = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();

/** A declared name: Spanish text (English added when the library knows the day), `{ "es", "en" }`, or "" (Festivo). */
function nameOf(value: unknown): Localized | null {
  const cut = (s: unknown) => (typeof s === 'string' ? s.trim().slice(0, MAX_HOLIDAY_NAME) : null);
  if (typeof value === 'string') {
    const es = cut(value)!;
    return es ? (known().find((k) => simple(k.es) === simple(es)) ?? { es, en: es }) : HOLIDAY;
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const { es, en, ...rest } = value as Record<string, unknown>;
    const [a, b] = [cut(es), cut(en ?? es)];
    return a && b && !Object.keys(rest).length ? { es: a, en: b } : null;
  }
  return null;
}

/** The line and column a browser's JSON.parse message names (Chromium, Firefox), if it names one. */
function where(text: string, message: string): Pick<CalendarError, 'line' | 'column'> {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: +lc[1], column: +lc[2] };
  const at = /position (\d+)/.exec(message);
  if (!at) return {};
  const before = text.slice(0, +at[1]).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/**
 * Parses a page's calendar, the JSON an editor pastes into `<script type="application/json" id="cabildo-calendar">`:
 *
 * ```json
 * { "source": "Decreto …, BOC nº …", "holidays": { "2027-01-01": "Año Nuevo", … }, "closures": ["2027-12-24"] }
 * ```
 *
 * `holidays`: dates `YYYY-MM-DD` → names; every year named gets exactly these days, confirmed (its built-in list or
 * the rule is not used). `closures`: dates and ranges `a..b` (a list or one comma-separated text), added to each
 * widget's. `source`: free text, where the list comes from. Anything else, or a date that cannot exist, is an error.
 * Never throws.
 */
export function parseCalendar(text: string): CalendarParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const found = text.trim().slice(0, 40);
    return { ok: false, error: { reason: 'json', found, ...where(text, String((error as Error)?.message)) } };
  }
  const fail = (reason: CalendarError['reason'], found: unknown): CalendarParseResult => ({
    ok: false,
    error: { reason, found: (typeof found === 'string' ? found : JSON.stringify(found) ?? '').slice(0, 80) },
  });
  if (!data || typeof data !== 'object' || Array.isArray(data)) return fail('unexpected', data);
  const { holidays = {}, closures = [], source = '', ...rest } = data as Record<string, unknown>;
  const unknown = Object.keys(rest)[0];
  if (unknown !== undefined) return fail('unexpected', unknown);
  if (typeof source !== 'string') return fail('unexpected', source);
  if (!holidays || typeof holidays !== 'object' || Array.isArray(holidays)) return fail('unexpected', holidays);

  const lists: Record<number, HolidayYear> = {};
  for (const [date, value] of Object.entries(holidays)) {
    if (!isDate(date)) return fail('bad-date', date);
    const name = nameOf(value);
    if (!name) return fail('bad-name', value);
    const year = (lists[+date.slice(0, 4)] ??= { confirmed: true, source: source || 'page calendar', days: [] });
    year.days.push({ date: date.slice(5), name } satisfies Holiday);
  }

  const list = typeof closures === 'string' ? closures : Array.isArray(closures) && closures.every((c) => typeof c === 'string') ? closures.join(',') : null;
  if (list === null) return fail('unexpected', closures);
  const parsed = parseClosures(list);
  if (!parsed.ok) return fail('bad-date', parsed.error.found);
  return { ok: true, calendar: { holidays: lists, closures: parsed.closures } };
}
