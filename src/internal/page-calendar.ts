import { msg, str } from '@lit/localize';
import { parseCalendar, type CalendarError, type CalendarParseResult } from '../core/calendar.js';
import type { ScheduleOptions } from '../core/schedule.js';

/** The id of the page's calendar block: `<script type="application/json" id="cabildo-calendar">`. */
export const CALENDAR_ID = 'cabildo-calendar';

let last: { text: string; result: CalendarParseResult } | null = null;

/**
 * The page's holiday calendar, shared by every widget on the page: null when the page has none. Read from the
 * document each time a widget renders (a block edited or added later is seen at the next render); the parse of the
 * same text is reused. A JSON block is data, never run, so a strict Content-Security-Policy allows it.
 */
export function pageCalendar(): CalendarParseResult | null {
  const block = globalThis.document?.getElementById(CALENDAR_ID);
  if (!block) return null;
  const text = block.textContent ?? '';
  if (last?.text !== text) last = { text, result: parseCalendar(text) };
  return last.result;
}

/**
 * The localised `invalid-calendar` message: "El calendario de festivos de la página (id="cabildo-calendar") no es
 * válido: línea 3, columna 5: el texto no es JSON válido." Call it while rendering.
 */
export function calendarErrorMessage(error: CalendarError): string {
  const { found } = error;
  const reasons: Record<CalendarError['reason'], () => string> = {
    json: () => msg('el texto no es JSON válido (revisa comillas, comas y llaves)', { desc: 'Page calendar error: not JSON' }),
    'bad-date': () => msg(str`fecha no válida «${found}» (usa AAAA-MM-DD)`, { desc: 'Page calendar error: impossible or badly written date' }),
    'bad-name': () => msg(str`el nombre del festivo no es un texto: ${found}`, { desc: 'Page calendar error: a holiday name is not text' }),
    unexpected: () =>
      msg(str`no se esperaba «${found}» (usa "source", "holidays" y "closures")`, {
        desc: 'Page calendar error: unknown key or value of the wrong kind',
      }),
  };
  const reason = reasons[error.reason]();
  const at = error.line
    ? msg(str`línea ${error.line}, columna ${error.column}: ${reason}`, { desc: 'Where an error in the page calendar is, then what it is' })
    : reason;
  return msg(str`El calendario de festivos de la página (id="${CALENDAR_ID}") no es válido: ${at}.`, {
    desc: 'cabildo-error message for a bad page calendar (the JSON block shared by every widget)',
  });
}

/** The engine options of the page's calendar (its holidays and closures): {} without one, null when it is invalid. */
export const calendarOptions = (calendar: CalendarParseResult | null): ScheduleOptions | null =>
  !calendar ? {} : calendar.ok ? calendar.calendar : null;

/** The page calendar's problem for reportProblems: none, or `invalid-calendar` with its message. */
export const calendarProblems = (calendar: CalendarParseResult | null): Array<[string, string]> =>
  calendar && !calendar.ok ? [['invalid-calendar', calendarErrorMessage(calendar.error)]] : [];
