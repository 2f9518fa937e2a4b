// The `closures` attribute (and the closures of a page's calendar): ISO dates and ranges an editor writes, read and
// checked here, apart from the page calendar's parser (core/calendar.ts), which only a page with a calendar loads.
import type { Closure, ClosuresParseResult } from './schedule.js';

/** Whether `iso` is a `YYYY-MM-DD` date that exists (no 30 February, no month 13). */
export const isDate = (iso: unknown): iso is string => {
  if (typeof iso !== 'string' || !/^[1-9]\d{3}-\d\d-\d\d$/.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(+d) && d.toISOString().startsWith(iso);
};

/** Parses `closures`: ISO dates and ranges `a..b`, comma-separated. An empty string is no closures. Never throws. */
export function parseClosures(text: string): ClosuresParseResult {
  const closures: Closure[] = [];
  let column = 1;
  for (const part of text.split(',')) {
    const trimmed = part.trim();
    const at = column + part.indexOf(trimmed);
    column += part.length + 1;
    if (!trimmed && !text.trim()) break;
    const [from, to = from, extra] = trimmed.split('..');
    if (extra !== undefined || !isDate(from) || !isDate(to) || to < from) {
      return { ok: false, error: { column: at, reason: 'bad-date', found: trimmed } };
    }
    closures.push({ from, to });
  }
  return { ok: true, closures };
}
