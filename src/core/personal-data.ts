/**
 * Masks personal data in free text before it leaves the browser: Spanish identity numbers (DNI and NIE, with or
 * without their letter), e-mail addresses, and phone numbers (Spanish, and foreign ones written with their prefix).
 * A comment box always collects some, however clear the warning.
 */

/** What each kind of personal data is replaced with; the office reads these tokens in the exported answers. */
export const MASKS = { id: '[DNI/NIE]', email: '[EMAIL]', phone: '[TELÉFONO]' } as const;

// Order matters: e-mails first (they may contain digits), then NIE and DNI, then phones.
const PATTERNS: Array<[RegExp, string]> = [
  [/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu, MASKS.email],
  // NIE: X, Y or Z, 7 digits and a letter (often left out); separators as people type them (X-1234567-L, Y 1234567).
  // Next to a space only capitals count as letters: "y 1234567" and "12345678 y …" keep their "y" (and).
  [/(?<![\p{L}\p{N}])(?:[XYZ][\s.-]?|[xyz][.-]?)\d{7}(?:[.-]?[A-Za-z]|\s[A-Z])?(?![\p{L}\p{N}])/gu, MASKS.id],
  // DNI: 8 digits (optionally written 12.345.678) and the letter.
  [/(?<![\p{L}\p{N}.,])(?:\d{8}|\d{1,2}\.\d{3}\.\d{3})(?:[.-]?[A-Za-z]|\s[A-Z])(?![\p{L}\p{N}])/gu, MASKS.id],
  // A DNI without its letter looks like any 8-digit number (an amount, a date, a reference): masked only after a word
  // that names it ("mi DNI es 12345678", "NIF: 12.345.678").
  [/(?<=\b(?:DNI|NIF|NIE|D\.N\.I\.|documento|identidad|ID)\b[^\d\n]{0,20})(?:\d{8}|\d{1,2}\.\d{3}\.\d{3})(?![\p{L}\p{N}]|[.,]\d)/giu, MASKS.id],
  // Phones: 9 digits starting 6, 7, 8 or 9, optionally +34 / 0034 / (+34), in any grouping of spaces, dots or dashes.
  [/(?<![\p{N}+])(?:\(?(?:\+|00)\s?34\)?[\s.-]?)?[6789](?:[\s.-]?\d){8}(?![\p{N}])/gu, MASKS.phone],
  // Other countries' phones, written with their prefix (+44 7700 900123, 0049 30 1234567, +1 (555) 123-4567).
  [/(?<![\p{N}+])(?:\+|00)[1-9]\d{0,2}(?:[\s.()-]{0,2}\d){6,12}(?![\p{N}])/gu, MASKS.phone],
];

/** Returns `text` with personal data replaced by the tokens in {@link MASKS}, and how many were replaced. */
export function maskPersonalData(text: string): { text: string; masked: number } {
  let masked = 0;
  let result = text;
  for (const [pattern, token] of PATTERNS) {
    result = result.replace(pattern, () => {
      masked++;
      return token;
    });
  }
  return { text: result, masked };
}
