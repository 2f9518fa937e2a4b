import { msg } from '@lit/localize';
import type { CalendarParseResult } from '../core/calendar.js';
import type { ScheduleOptions } from '../core/schedule.js';
import { loadFailedMessage } from './messages.js';

/** The id of the page's calendar block: `<script type="application/json" id="cabildo-calendar">`. */
export const CALENDAR_ID = 'cabildo-calendar';

type Parser = typeof import('./calendar-parser.js');

// The parser (core/calendar.ts and its messages) comes only to a page that has a calendar block: see calendarReady.
let parser: Parser | undefined;
let loading: Promise<void> | undefined;
let failed = false;
let last: { text: string; result: CalendarParseResult } | null = null;

const block = () => globalThis.document?.getElementById(CALENDAR_ID);

let loadParser = (): Promise<Parser> => import('./calendar-parser.js');

/** @internal For tests: how the parser is fetched (a failing network), with the page's calendar state forgotten. */
export function setParserLoader(load: () => Promise<Parser>): void {
  loadParser = load;
  parser = undefined;
  loading = undefined;
  last = null;
  failed = false;
}

/**
 * What a widget that shows the office status waits for before it renders (its renderWaits): the parser, while
 * the page has a calendar block and the parser is not there yet; undefined when there is nothing to wait for. So a page
 * with a block never paints a status without it, and a page without one never downloads the parser. (The autoloader
 * requests the parser's file together with the widget's when the page has a block.)
 */
export function calendarReady(): Promise<void> | undefined {
  if (parser || failed || !block()) return undefined;
  return (loading ??= loadParser().then(
    (m) => void (parser = m),
    () => void (failed = true),
  ));
}

// A calendar whose parser could not be loaded: read as unreadable (no status rather than one that may be wrong).
const LOAD_FAILED: CalendarParseResult = { ok: false, error: { reason: 'json', found: '' } };

/**
 * The page's holiday calendar, shared by every widget on the page: null when the page has none. Read from the
 * document each time a widget renders (a block edited or added later is seen at the next render); the parse of the
 * same text is reused. A JSON block is data, never run, so a strict Content-Security-Policy allows it.
 */
export function pageCalendar(): CalendarParseResult | null {
  const found = block();
  if (!found) return null;
  if (!parser) return failed ? LOAD_FAILED : null;
  const text = found.textContent ?? '';
  if (last?.text !== text) last = { text, result: parser.parseCalendar(text) };
  return last.result;
}

/** The engine options of the page's calendar (its holidays and closures): {} without one, null when it is invalid. */
export const calendarOptions = (calendar: CalendarParseResult | null): ScheduleOptions | null =>
  !calendar ? {} : calendar.ok ? calendar.calendar : null;

/**
 * The page calendar's problem for reportProblems: none, `invalid-calendar` with its localised message, or
 * `calendar-load-failed` when the parser's file could not be loaded. Call it while rendering.
 */
export const calendarProblems = (calendar: CalendarParseResult | null): Array<[string, string]> =>
  !calendar || calendar.ok
    ? []
    : calendar === LOAD_FAILED || !parser
      ? [['calendar-load-failed', loadFailedMessage(msg('el lector del calendario de festivos de la página', { desc: 'Argument of the load-failed message' }))]]
      : [['invalid-calendar', parser.calendarErrorMessage(calendar.error)]];
