// The office's state in words, for the opening-hours badge and the contact card (the WhatsApp button words its own
// status): apart from hours-text.ts so that a page with the WhatsApp button alone does not download it.
// Call these only while rendering: msg() reads the current locale.
import { msg, str } from '@lit/localize';
import type { OfficeStatus } from '../core/schedule.js';
import { officeDateText } from '../core/format.js';
import { getLocale } from './localization.js';
import { formatOfficeTime, intlLocale, nextOpeningText } from './hours-text.js';

/** The office date of an instant with its weekday: "martes, 8 de diciembre" / "Tuesday 8 December". */
export const dateText = (date: Date): string => officeDateText(date, intlLocale());

/** The CSS state class of the office's state, the same words in every widget: open, closing-soon, closed. */
export const statusState = (status: Pick<OfficeStatus, 'open' | 'closingSoon'>): 'open' | 'closing-soon' | 'closed' =>
  status.open ? (status.closingSoon ? 'closing-soon' : 'open') : 'closed';

/** The badge line: "Abierto · cierra a las 14:00", "Cierra pronto · a las 14:00", "Cerrado · abre mañana a las 9:00", "Cerrado por Día de Canarias · abre el lunes a las 9:00". */
export function statusText(status: OfficeStatus, now: Date): string {
  if (status.open) {
    if (!status.closesAt) return msg('Abierto', { desc: 'Office status: open (no closing time known)' });
    const time = formatOfficeTime(status.closesAt);
    return status.closingSoon
      ? msg(str`Cierra pronto · a las ${time}`, { desc: 'Office status: closes within 30 minutes' })
      : msg(str`Abierto · cierra a las ${time}`, { desc: 'Office status: open until a time' });
  }
  const name = status.holidayName && (getLocale() === 'en' ? status.holidayName.en : status.holidayName.es);
  const closed = name
    ? msg(str`Cerrado por ${name}`, { desc: 'Office status: closed for a public holiday, e.g. "Cerrado por Día de Canarias"' })
    : msg('Cerrado', { desc: 'Office status: closed' });
  if (!status.nextOpening) return closed;
  const when = nextOpeningText(status.nextOpening, now);
  return msg(str`${closed} · abre ${when}`, { desc: 'Closed status followed by when the office opens' });
}
