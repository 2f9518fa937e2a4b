/**
 * Phone numbers: what citizens and editors type ("928 81 01 00", "+34-628.53.84.49", "0034 628538449") normalised to
 * E.164 digits, and the links built from them. One copy for every widget that shows a phone.
 */

/** A phone number in E.164 form: `+` and 8 to 15 digits, first digit not 0. */
export type E164 = `+${string}`;

const E164_PATTERN = /^\+[1-9]\d{7,14}$/;

/** Normalises a phone as typed to E.164, or null if it cannot be a valid number. A bare 9-digit Spanish number gets +34. */
export function normalizePhone(input: string | null | undefined, defaultCountryCode = '34'): E164 | null {
  if (typeof input !== 'string') return null;
  const trimmed = input.trim();
  // Only digits, separators and one leading plus are acceptable; letters or other symbols mean a typo.
  if (!/^\+?[\d\s().\-/]+$/.test(trimmed)) return null;
  let digits = trimmed.replace(/\D/g, '');
  if (!trimmed.startsWith('+')) {
    if (digits.startsWith('00')) digits = digits.slice(2);
    else if (digits.length === 9 && /^[6789]/.test(digits)) digits = `${defaultCountryCode}${digits}`;
    else return null;
  }
  const e164 = `+${digits}`;
  // A Spanish number has 9 national digits starting with 6 or 7 (mobile), 8 or 9 (fixed, 800/900 lines).
  if (digits.startsWith('34') && !/^34[6-9]\d{8}$/.test(digits)) return null;
  return isE164(e164) ? (e164 as E164) : null;
}

/** True for a string already in E.164 form. */
export function isE164(value: string): value is E164 {
  return E164_PATTERN.test(value);
}

/** `tel:` link for a normalised number. */
export function telHref(phone: E164): string {
  return `tel:${phone}`;
}

/** Whether a link opens WhatsApp (a chat, not a web page). */
export function isWhatsappHref(url: string): boolean {
  return /^https:\/\/(?:wa\.me|api\.whatsapp\.com)\//i.test(url);
}

/** The WhatsApp click-to-chat link: `https://wa.me/<digits>?text=<encoded>`; the text is omitted when empty. */
export function whatsappHref(phone: E164, message?: string | null): string {
  const base = `https://wa.me/${phone.slice(1)}`;
  return message ? `${base}?text=${encodeURIComponent(wellFormed(message))}` : base;
}

/** The text with any lone half of a surrogate pair (a cut emoji) replaced by U+FFFD, which encodeURIComponent takes. */
export const wellFormed = (text: string): string =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** Groups a Spanish number as it is read aloud: "+34928810100" → "928 81 01 00"; other countries keep E.164. */
export function formatPhone(phone: E164): string {
  const national = phone.slice(3);
  if (!phone.startsWith('+34') || national.length !== 9) return phone;
  return `${national.slice(0, 3)} ${national.slice(3, 5)} ${national.slice(5, 7)} ${national.slice(7)}`;
}
