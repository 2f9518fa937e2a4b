import { msg, str } from '@lit/localize';
import { pluralCategory } from '../core/format.js';

// Messages shared by several elements. Call them only while rendering (msg() reads the current locale).

/** "hora de Canarias": every office time is marked with it. */
export const canaryTimeLabel = () => msg('hora de Canarias', { desc: 'Marks a time as Atlantic/Canary time' });

/** Message for an attribute whose value cannot be used. */
export const invalidAttributeMessage = (name: string, value: string) =>
  msg(str`El atributo "${name}" no es válido: "${value}".`, { desc: 'cabildo-error message for a bad attribute' });

/** Message for an attribute too long to use whole: only its first `max` characters are used. */
export const tooLongMessage = (name: string, max: number) =>
  msg(str`El atributo "${name}" es demasiado largo: se usan sus primeros ${max} caracteres.`, {
    desc: 'cabildo-error message for an attribute cut to its maximum length',
  });

/** Message for a number attribute out of range or not a number, with the value used instead. */
export const clampedMessage = (name: string, value: string, used: string) =>
  msg(str`El atributo "${name}" no es válido: "${value}". Se usa ${used}.`, {
    desc: 'cabildo-error message for a number attribute replaced by the nearest valid value',
  });

/** Message for a failed load of a remote resource. */
export const loadFailedMessage = (what: string) =>
  msg(str`No se ha podido cargar ${what}.`, { desc: 'cabildo-error message when a fetch fails; the argument is a URL' });

/** Keeps a phone number or a time range on one line: no-break spaces, word joiners around dashes (not read out). */
export const unbreakable = (text: string): string => text.replace(/ /g, '\u00a0').replace(/–/g, '\u2060–\u2060');

/**
 * The message for `count`'s plural form in the current locale (Spanish and English: one for 1, other for the rest): each form is a whole message, so
 * that every language words its own forms ("1 trámite", "2 trámites"). Forms a language lacks fall back to `other`.
 */
export function plural(count: number, forms: { one: () => string; other: () => string }): string {
  return pluralCategory(count) === 'one' ? forms.one() : forms.other();
}
