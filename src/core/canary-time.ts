/**
 * Canary time without Intl: UTC+0 in winter, UTC+1 in summer, changing as the whole EU does (Directive 2000/84/EC,
 * the rule since 1996): summer time from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
 * October. The first Intl.DateTimeFormat with a time zone costs a page 20-40 ms of start-up (over 100 ms on a slow
 * phone) while the engine loads its zone data; this is two Date.UTC calls. test/core/canary-time.test.ts compares it
 * with Intl's 'Atlantic/Canary' at every hour of 1996-2040 in each engine. Should the EU stop changing clocks, this
 * rule changes with it (as the zone database would).
 */

/** The day of the month of the last Sunday of `month` (1-12) in `year`. */
const lastSunday = (year: number, month: number): number => {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
};

/** The offset of Canary time from UTC at the instant `t` (ms since the epoch), in ms: 0 or 3,600,000. */
export function canaryOffset(t: number): number {
  const year = new Date(t).getUTCFullYear();
  return t >= Date.UTC(year, 2, lastSunday(year, 3), 1) && t < Date.UTC(year, 9, lastSunday(year, 10), 1) ? 36e5 : 0;
}

/** The Canary wall-clock time of `t`, read with the UTC getters (getUTCFullYear, getUTCHours…). */
export const canaryWallClock = (t: number): Date => new Date(t + canaryOffset(t));
