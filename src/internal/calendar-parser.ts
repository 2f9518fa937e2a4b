// The page calendar's parser and its messages: loaded (page-calendar.ts) only on a page that has a calendar block.
import { msg, str } from '@lit/localize';
import type { CalendarError } from '../core/calendar.js';
import { CALENDAR_ID } from './page-calendar.js';

export { parseCalendar } from '../core/calendar.js';

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
