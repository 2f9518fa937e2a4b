/**
 * What a call to a number costs, from its Spanish numbering range (Plan Nacional de Numeración): enough to tell a
 * caller whether it is an ordinary call or a special-rate one, as GOV.UK's contact pattern does ("find out about
 * call charges"). Prices themselves depend on the caller's tariff and are never guessed.
 */
import type { E164 } from './phone.js';

/**
 * - `landline`: a Spanish geographic number (8xx/9xx): an ordinary national call.
 * - `mobile`: a Spanish mobile (6xx/7xx): an ordinary call to a mobile.
 * - `free`: 800/900.
 * - `shared`: 901/902, special rate, outside flat rates.
 * - `premium`: 803/806/807/905, added-rate.
 * - `international`: outside Spain.
 * - `unknown`: any other Spanish range.
 */
export type CallCost = 'landline' | 'mobile' | 'free' | 'shared' | 'premium' | 'international' | 'unknown';

/** The cost class of a call to `phone` from a Spanish line. */
export function callCost(phone: E164): CallCost {
  if (!phone.startsWith('+34')) return 'international';
  const national = phone.slice(3);
  if (national.length !== 9) return 'unknown';
  if (/^(800|900)/.test(national)) return 'free';
  if (/^(901|902)/.test(national)) return 'shared';
  if (/^(803|806|807|905)/.test(national)) return 'premium';
  if (/^[67]/.test(national)) return 'mobile';
  // Geographic ranges: 81x–88x and 91x–98x (80x and 90x are the special ranges above or unassigned).
  if (/^[89][1-8]/.test(national)) return 'landline';
  return 'unknown';
}
