// Office-hours texts shared by the opening-hours badge, the WhatsApp button and the contact card, so that the same
// fact reads the same everywhere. Call these only while rendering: msg() reads the current locale.
import { msg, str } from '@lit/localize';
import { officeDate, type Hours, type HoursSyntaxError } from '../core/schedule.js';
import { getLocale } from './localization.js';
import { canaryTimeLabel } from './messages.js';
import { daysText, groupWeek, intervalsText, regularWeek, type DayHours } from '../core/weekly-hours.js';
import { clockText, dateFormat, officeDayMonth, officeWeekdayName } from '../core/format.js';

/** An instant as Canary time, "9:00", "14:00". */
export const formatOfficeTime = (date: Date): string => clockText(officeDate(date).minutes);

const dayNumber = (date: Date) => {
  const d = officeDate(date);
  return Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
};

export const intlLocale = (): string => (getLocale() === 'en' ? 'en-GB' : 'es');

/** The office weekday name of an instant in the current locale ("lunes", "Monday"). */
export const weekdayName = (date: Date): string => officeWeekdayName(date, intlLocale());

/** The office date of an instant as "7 de enero" / "7 January". */
export const dayMonthText = (date: Date): string => officeDayMonth(date, intlLocale());

/** When the office opens, relative to `now` in office days: "hoy a las 16:00", "mañana a las 9:00", "el lunes a las 9:00", "el 7 de enero a las 9:00". */
export function nextOpeningText(date: Date, now: Date, from = false): string {
  const time = formatOfficeTime(date);
  const days = dayNumber(date) - dayNumber(now);
  // `from`: when people answer again ("el lunes a partir de las 9:00"), not when a door opens.
  if (from) {
    if (days <= 0) return msg(str`hoy a partir de las ${time}`, { desc: 'When people answer again: today from a time' });
    if (days === 1) return msg(str`mañana a partir de las ${time}`, { desc: 'When people answer again: tomorrow from a time' });
  } else {
    if (days <= 0) return msg(str`hoy a las ${time}`, { desc: 'When the office opens: today at a time' });
    if (days === 1) return msg(str`mañana a las ${time}`, { desc: 'When the office opens: tomorrow at a time' });
  }
  if (days < 7) {
    const weekday = weekdayName(date);
    return from
      ? msg(str`el ${weekday} a partir de las ${time}`, {
          id: 'hours-answers-weekday',
          desc: 'When people answer again: on a weekday this week, e.g. "el lunes"',
        })
      : msg(str`el ${weekday} a las ${time}`, {
          id: 'hours-opens-weekday',
          desc: 'When the office opens: on a weekday this week, e.g. "el lunes"',
        });
  }
  const day = dayMonthText(date);
  return from
    ? msg(str`el ${day} a partir de las ${time}`, {
        id: 'hours-answers-date',
        desc: 'When people answer again: on a date, e.g. "el 7 de enero"',
      })
    : msg(str`el ${day} a las ${time}`, {
        id: 'hours-opens-date',
        desc: 'When the office opens: on a date, e.g. "el 7 de enero"',
      });
}

/**
 * The visitor's own clock time of an instant, or null when it reads the same as Canary time. The browser's own zone
 * is read with the Date getters (no Intl at start-up); `timeZone` names another one (tests, a page's choice).
 */
export function visitorClock(date: Date, timeZone?: string): string | null {
  const own = timeZone
    ? dateFormat('en-GB', { hour: 'numeric', minute: '2-digit', hourCycle: 'h23', timeZone }).format(date).replace(/^0(\d)/, '$1')
    : // eslint-disable-next-line no-restricted-syntax -- the visitor's own zone is what is wanted here
      clockText(date.getHours() * 60 + date.getMinutes());
  return own === formatOfficeTime(date) ? null : own;
}

/** "15:00 en tu hora" / "15:00 your time" when the visitor's zone differs from Canary time at that instant, else null. */
export function visitorTimeText(date: Date, timeZone?: string): string | null {
  const time = visitorClock(date, timeZone);
  return time && msg(str`${time} en tu hora`, { desc: "The same instant on the visitor's clock" });
}

/** A syntax error in `hours` or `closures`, localised, with its column: "columna 7: día desconocido «Xx»". */
export function hoursErrorText(error: HoursSyntaxError): string {
  const { column, found } = error;
  const reasons: Record<HoursSyntaxError['reason'], () => string> = {
    empty: () => msg('regla vacía', { desc: 'Hours syntax error: nothing between two semicolons or an empty value' }),
    unexpected: () => msg(str`texto inesperado «${found}»`, { desc: 'Hours syntax error: text left over' }),
    'unknown-day': () =>
      msg(str`día desconocido «${found}» (usa Mo Tu We Th Fr Sa Su o Lu Ma Mi Ju Vi Sa Do)`, {
        desc: 'Hours syntax error: not a weekday abbreviation',
      }),
    'unknown-month': () => msg(str`mes desconocido «${found}»`, { desc: 'Hours syntax error: not a month (Jan … Dec)' }),
    'bad-date': () => msg(str`fecha no válida «${found}»`, { desc: 'Hours/closures syntax error: impossible date' }),
    'bad-time': () => msg(str`hora no válida «${found}» (usa HH:MM)`, { desc: 'Hours syntax error: bad time of day' }),
    'time-order': () =>
      msg(str`el intervalo «${found}» termina antes de empezar`, { desc: 'Hours syntax error: end time not after start' }),
    'expected-time': () =>
      msg(str`se esperaba una hora (HH:MM-HH:MM) u «off» y hay «${found}»`, {
        desc: 'Hours syntax error: missing time range',
      }),
  };
  const reason = reasons[error.reason]();
  return msg(str`columna ${column}: ${reason}`, { desc: 'Where a syntax error is, then what it is' });
}

/** The plain weekly pattern of `hours` in words (no holidays or closures), as {@link weekSummaryText} writes it. */
export const regularWeekText = (hours: Hours): string => weekSummaryText(regularWeek(hours));

/** A regular week in words: "Lunes a viernes, 9:00–14:00 (hora de Canarias)"; several groups joined with "; ". */
export function weekSummaryText(week: DayHours[]): string {
  const locale = getLocale();
  const groups = groupWeek(week).map(({ days, intervals }) => {
    const daysPart = daysText(days, locale, msg('a', { desc: 'Range of weekdays: "lunes a viernes" / "Monday to Friday"' }));
    return `${daysPart.charAt(0).toUpperCase()}${daysPart.slice(1)}, ${intervalsText(intervals, locale)}`;
  });
  return `${groups.join('; ')} (${canaryTimeLabel()})`;
}
