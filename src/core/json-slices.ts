/**
 * JSON.parse for a large document without one long task: a 10 MB catalogue is about 100 ms of JSON.parse in one go
 * on a desktop, several times that on a phone. The text is scanned a slice at a time (the page gets its turn
 * between slices) for the elements of the arrays directly under the root object (the catalogue's `tramites`), and
 * each element is parsed on its own; everything else (the small rest of the document) is parsed once.
 *
 * Same answer as JSON.parse: valid JSON gives the same value, invalid JSON throws a SyntaxError (the pieces are
 * each parsed by JSON.parse, and the scan checks what lies between them).
 */

/** Under this many characters, one JSON.parse is shorter than a slice. */
export const SLICED_FROM = 256 * 1024;

import { SLICE_MS, TimeSlice } from './time-slices.js';

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;

/** The first character that is not JSON whitespace, across the pieces. */
function firstCode(pieces: readonly string[]): number {
  for (const piece of pieces) {
    const at = piece.search(/\S/);
    if (at >= 0) return piece.charCodeAt(at);
  }
  return NaN;
}

/**
 * `text` may be given as the pieces it arrived in (a body decoded a chunk at a time): they are scanned one after
 * another and never joined into one string, which for megabytes of text is itself a long task (and a large string to
 * collect). Each array element is cut out of the piece(s) it lies in.
 */
export async function parseJsonInSlices(text: string | readonly string[], sliceMs = SLICE_MS): Promise<unknown> {
  const pieces = typeof text === 'string' ? [text] : text;
  let length = 0;
  for (const piece of pieces) length += piece.length;
  // A small document, or one whose root is not an object: one JSON.parse.
  if (length < SLICED_FROM || firstCode(pieces) !== OPEN_BRACE) return JSON.parse(pieces.join(''));
  /** The document with the root's arrays emptied, each holding only its number: `"tramites":[0]`. */
  let skeleton = '';
  /** Per root array, the text of each element. */
  const arrays: string[][] = [];
  /** The text of the segment being read (an element, or the skeleton between arrays) from earlier pieces. */
  let carried: string[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let elements: string[] | null = null;
  const slice = new TimeSlice(sliceMs);
  for (const piece of pieces) {
    /** Where the segment being read starts in this piece. */
    let from = 0;
    /** The segment that ends before `end`; the next one starts after it (the bracket or comma is not part of either). */
    const cut = (end: number) => {
      const segment = carried.length ? carried.join('') + piece.slice(from, end) : piece.slice(from, end);
      carried = [];
      from = end + 1;
      return segment;
    };
    for (let i = 0; i < piece.length; i++) {
      if ((i & 0x3fff) === 0) await slice.pause();
      const c = piece.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) inString = false;
        continue;
      }
      if (c === QUOTE) inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        depth++;
        if (depth === 2 && c === OPEN_BRACKET) {
          skeleton += `${cut(i)}[${arrays.length}]`;
          elements = [];
          arrays.push(elements);
        }
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (depth === 2 && elements) {
          if (c !== CLOSE_BRACKET) throw new SyntaxError('JSON: unexpected }');
          const last = cut(i);
          // `[]` is empty; `[1,]` is not JSON.
          if (last.trim() || elements.length) elements.push(last);
          elements = null;
        }
        depth--;
        if (depth < 0) throw new SyntaxError('JSON: unbalanced brackets');
      } else if (c === COMMA && depth === 2 && elements) {
        elements.push(cut(i));
      }
    }
    if (from < piece.length) carried.push(from ? piece.slice(from) : piece);
  }
  if (inString || depth !== 0) throw new SyntaxError('JSON: unexpected end of the document');
  skeleton += carried.join('');
  const root = JSON.parse(skeleton) as Record<string, unknown>;
  const values = arrays.map(() => [] as unknown[]);
  for (let a = 0; a < arrays.length; a++) {
    const texts = arrays[a];
    for (let e = 0; e < texts.length; e++) {
      await slice.pause();
      // Each piece must be one JSON value: JSON.parse throws on an empty one (`[1,,2]`) or on two values.
      values[a].push(JSON.parse(texts[e]));
      // Its text is not needed any more: collected as the parse goes, not all at once at the end.
      texts[e] = '';
    }
  }
  // Put each array back where its number stands (the only arrays directly under the root are these placeholders).
  for (const key of Object.keys(root)) {
    const value = root[key];
    if (Array.isArray(value)) root[key] = values[value[0] as number];
  }
  return root;
}
