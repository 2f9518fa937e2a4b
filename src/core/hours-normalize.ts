// Hours as editors write them: "Lunes-Viernes 9:00-14:00", "L-V 9-14h", "9.00-14.00", "de lunes a viernes de 9 a 14,
// festivos cerrado", "Monday to Friday 9am to 2pm" are rewritten into the documented syntax ("Mo-Fr 09:00-14:00;
// PH off") before core/schedule.ts parses it. Anything this cannot read is passed through untouched, so the parser
// still reports its position, counted in the text the editor wrote. No DOM, no Lit.
import type { HoursParseResult, HoursSyntaxError } from './schedule.js';

type Kind =
  | 'day' // a weekday: text is its OSM code
  | 'month' // text is the English three-letter month
  | 'year'
  | 'date' // a day of the month
  | 'num' // a bare number, a time or a date until its neighbours say which
  | 'time' // HH:MM
  | 'dash'
  | 'list' // "," "y" "and"
  | 'rule' // ";"
  | 'stop' // "." or a line break: the end of a sentence, maybe of a rule
  | 'colon' // ":" after "Lunes a viernes"
  | 'off'
  | 'ph'
  | 'except' // "excepto festivos"
  | 'ignore' // "de", "los", "horas"…
  | 'raw'; // anything else, passed through as written

interface Piece {
  kind: Kind;
  text: string;
  /** Where the editor wrote it: 0-based index and length in the original text. */
  at: number;
  length: number;
  /** Inserted or rewritten (not the editor's characters), so a column inside it cannot be mapped letter by letter. */
  rewritten: boolean;
  /** Written by the editor as ";" (never merged with others). */
  explicit?: boolean;
}

const OSM_DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const table = (groups: string[]): Map<string, number> =>
  new Map(groups.flatMap((words, index) => words.split(' ').map((word) => [word, index] as const)));

// Accents folded and lower case. "mar" is March, not martes ("Mar 9-14" must not change meaning): write "Ma" or "martes".
const DAY_WORDS = table([
  'lunes lun lu l monday mondays mon mo',
  'martes ma m tuesday tuesdays tue tues tu',
  'miercoles mie mi x wednesday wednesdays wed we',
  'jueves jue ju j thursday thursdays thu thur thurs th',
  'viernes vie vi v friday fridays fri fr',
  'sabado sabados sab sa s saturday saturdays sat',
  'domingo domingos dom do d sunday sundays sun su',
]);
const MONTH_WORDS = table([
  'ene enero jan january',
  'feb febrero february',
  'mar marzo march',
  'abr abril apr april',
  'may mayo',
  'jun junio june',
  'jul julio july',
  'ago agosto aug august',
  'sep sept septiembre setiembre september',
  'oct octubre october',
  'nov noviembre november',
  'dic diciembre dec december',
]);
const WORD_KINDS = new Map<string, Kind>([
  ...['a', 'al', 'hasta', 'to', 'till', 'until', 'through', 'thru'].map((w) => [w, 'dash'] as const),
  ...['y', 'and'].map((w) => [w, 'list'] as const),
  ...['cerrado', 'cerrada', 'cerrados', 'cerradas', 'closed', 'off'].map((w) => [w, 'off'] as const),
  ...['festivo', 'festivos', 'ph', 'holiday', 'holidays'].map((w) => [w, 'ph'] as const),
  ...['excepto', 'salvo', 'menos', 'except'].map((w) => [w, 'except'] as const),
  ...['de', 'del', 'desde', 'el', 'la', 'los', 'las', 'todos', 'todas', 'dia', 'dias', 'horario', 'horas', 'hrs', 'hr', 'h',
    'abierto', 'abierta', 'from', 'on', 'the', 'every', 'open', 'hours', 'public'].map((w) => [w, 'ignore'] as const),
]);

const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const pad = (n: number) => String(n).padStart(2, '0');

// A number with optional minutes (9:30, 9.30, 9h30) and suffix (h, horas, am, p.m.); a longer number; a word; a dash;
// any other single character.
const TOKEN =
  /(\d{1,2})(?:([:.h])(\d+))?(?:\s*(h(?:oras|rs?|s)?|[ap]\.?m\.?))?(?![\p{L}\d])|\d+|\p{L}+|[-‐‑–—−]|\S/giu;

function tokenize(input: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const m of input.matchAll(TOKEN)) {
    const at = m.index;
    if (/\n/.test(input.slice(last, at))) pieces.push({ kind: 'stop', text: '', at: last, length: 0, rewritten: true });
    last = at + m[0].length;
    const piece = (kind: Kind, text = m[0]): Piece => ({ kind, text, at, length: m[0].length, rewritten: text !== m[0] });
    const [whole, hour, sep, minutes, suffix] = m;
    if (hour !== undefined && (sep || suffix)) pieces.push(timePiece(piece, +hour, minutes, suffix));
    else if (hour !== undefined) pieces.push(piece('num'));
    else if (/^\d{4}$/.test(whole)) pieces.push(piece('year'));
    else if (/^\p{L}/u.test(whole)) pieces.push(wordPiece(piece, fold(whole)));
    else if (/^[-‐‑–—−]$/.test(whole)) pieces.push(piece('dash', '-'));
    else pieces.push(piece(({ ',': 'list', '&': 'list', ';': 'rule', '.': 'stop', ':': 'colon' } as const)[whole] ?? 'raw'));
  }
  return pieces;
}

function timePiece(piece: (kind: Kind, text?: string) => Piece, hour: number, minutes?: string, suffix?: string): Piece {
  if (minutes !== undefined && minutes.length !== 2) return piece('raw');
  const pm = /^p/i.test(suffix ?? '');
  const am = /^a/i.test(suffix ?? '');
  if ((am || pm) && (hour < 1 || hour > 12)) return piece('raw');
  const h = pm ? (hour % 12) + 12 : am ? hour % 12 : hour;
  const m = minutes === undefined ? 0 : +minutes;
  return h > 24 || m > 59 || (h === 24 && m > 0) ? piece('raw') : piece('time', `${pad(h)}:${pad(m)}`);
}

function wordPiece(piece: (kind: Kind, text?: string) => Piece, word: string): Piece {
  const day = DAY_WORDS.get(word);
  if (day !== undefined) return piece('day', OSM_DAYS[day]);
  const month = MONTH_WORDS.get(word);
  if (month !== undefined) return piece('month', MONTHS[month]);
  const kind = WORD_KINDS.get(word);
  if (kind === 'off') return piece('off', 'off');
  if (kind === 'ph') return piece('ph', 'PH');
  if (kind === 'dash') return piece('dash', '-');
  if (kind === 'list') return piece('list', ',');
  return kind ? piece(kind) : piece('raw');
}

/** Bare numbers become days of the month beside a month name ("24 de diciembre", "Aug 01-15"), times elsewhere. */
function resolveNumbers(pieces: Piece[]): Piece[] {
  const out = pieces.filter((p) => p.kind !== 'ignore');
  for (let i = 0; i < out.length; i++) {
    if (out[i].kind !== 'num') continue;
    // "1 al 15 de agosto [de 2026]": the numbers are dates; the month (and year) move in front, as OSM writes them.
    let j = i + 1;
    while (out[j]?.kind !== undefined && /^(dash|list)$/.test(out[j].kind) && out[j + 1]?.kind === 'num') j += 2;
    const prev = out[i - 1];
    if (out[j]?.kind === 'month' && prev?.kind !== 'month') {
      const moved = out[j + 1]?.kind === 'year' ? out.splice(j, 2).reverse() : out.splice(j, 1);
      out.splice(i, 0, ...moved);
      i += moved.length;
      for (let k = i; k < j + moved.length; k++) if (out[k].kind === 'num') out[k].kind = 'date';
      continue;
    }
    const afterDate = prev && /^(dash|list)$/.test(prev.kind) && out[i - 2]?.kind === 'date';
    if (prev?.kind === 'month' || afterDate) {
      out[i].kind = 'date';
      continue;
    }
    const hour = +out[i].text;
    if (hour <= 24) Object.assign(out[i], { kind: 'time', text: `${pad(hour)}:00`, rewritten: true });
    else out[i].kind = 'raw';
  }
  return out;
}

const isDays = (p?: Piece) => p?.kind === 'day' || p?.kind === 'ph';
const startsRule = (p?: Piece) => !!p && /^(day|ph|month|year|num|date|off|except)$/.test(p.kind);

/** Separators between rules, "excepto festivos", "cerrado los sábados". */
function arrange(input: Piece[]): Piece[] {
  const pieces = [...input];
  const out: Piece[] = [];
  const ruleAt = (p: Piece): Piece => ({ kind: 'rule', text: ';', at: p.at, length: p.length, rewritten: true });
  // A plain loop: "excepto" inserts an "off" further on, which must be visited too.
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    const prev = out[out.length - 1];
    const next = pieces[i + 1];
    if (p.kind === 'colon' && (isDays(prev) || prev?.kind === 'date') && (next?.kind === 'time' || next?.kind === 'off')) continue;
    if (p.kind === 'list' && isDays(prev) && next?.kind === 'time') continue; // "Lunes a viernes, de 9 a 14"
    if ((p.kind === 'list' || p.kind === 'stop') && (prev?.kind === 'time' || prev?.kind === 'off') && startsRule(next)) {
      out.push(ruleAt(p));
      continue;
    }
    if (p.kind === 'stop') {
      if (prev && prev.kind !== 'rule' && next) out.push(ruleAt(p));
      continue;
    }
    if (p.kind === 'except') {
      // "… excepto festivos" → "…; PH off"
      if (prev && prev.kind !== 'rule') out.push(ruleAt(p));
      let j = i + 1;
      while (isDays(pieces[j]) || (pieces[j]?.kind === 'list' && isDays(pieces[j + 1]))) j++;
      if (j > i + 1 && pieces[j]?.kind !== 'time' && pieces[j]?.kind !== 'off') {
        pieces.splice(j, 0, { kind: 'off', text: 'off', at: p.at, length: p.length, rewritten: true });
      }
      continue;
    }
    out.push(p);
  }
  // "Cerrado los sábados y festivos" → "Sa,PH off"
  for (let i = 0; i < out.length; i++) {
    if (out[i].kind !== 'off' || (out[i - 1] && out[i - 1].kind !== 'rule') || !isDays(out[i + 1])) continue;
    let j = i + 1;
    while (isDays(out[j]) || (/^(list|dash)$/.test(out[j]?.kind ?? '') && isDays(out[j + 1]))) j++;
    if (j < out.length && out[j].kind !== 'rule') continue;
    const [off] = out.splice(i, 1);
    out.splice(j - 1, 0, off);
  }
  return out;
}

/** The editor's text rewritten in the documented syntax, and where each piece of it came from. */
export interface NormalizedHours {
  text: string;
  /** The 1-based column in the editor's text of a 1-based column in `text`. */
  column(normalizedColumn: number): number;
  /** The editor's own words behind `length` characters of `text` from a 1-based column. */
  original(normalizedColumn: number, length: number): string;
}

/** Rewrites hours as editors write them into the documented syntax (see the editors' guide). Never throws. */
export function normalizeHours(input: string): NormalizedHours {
  const pieces = arrange(resolveNumbers(tokenize(input)));
  let text = '';
  const starts: number[] = [];
  pieces.forEach((p, i) => {
    const prev = pieces[i - 1];
    const tight = !prev || /^(dash|list|rule)$/.test(p.kind) || /^(dash|list)$/.test(prev.kind);
    if (!tight) text += ' ';
    starts.push(text.length);
    text += p.text;
  });
  const locate = (normalizedColumn: number): number => {
    const index = normalizedColumn - 1;
    const i = starts.findIndex((start, k) => index < start + pieces[k].text.length);
    if (i < 0) return input.length;
    const p = pieces[i];
    return p.rewritten || index < starts[i] ? p.at : p.at + (index - starts[i]);
  };
  return {
    text,
    column: (normalizedColumn) => locate(normalizedColumn) + 1,
    original(normalizedColumn, length) {
      if (length <= 0) return '';
      const from = locate(normalizedColumn);
      const lastIndex = normalizedColumn - 1 + length - 1;
      const k = starts.findIndex((start, n) => lastIndex < start + pieces[n].text.length);
      const last = pieces[k];
      const to = !last ? input.length : last.rewritten ? last.at + last.length : last.at + (lastIndex - starts[k]) + 1;
      return input.slice(from, Math.max(from, to)).trim();
    },
  };
}

/**
 * Parses hours as editors write them: rewritten by {@link normalizeHours}, parsed by `parse` (the documented syntax),
 * and any error placed back in the editor's own text.
 */
export function parseEditorHours(input: string, parse: (text: string) => HoursParseResult): HoursParseResult {
  const normalized = normalizeHours(input);
  const result = parse(normalized.text);
  if (result.ok) return result;
  const { column, found } = result.error;
  const error: HoursSyntaxError = {
    ...result.error,
    column: normalized.column(column),
    found: found ? normalized.original(column, found.length) : '',
  };
  return { ok: false, error };
}
