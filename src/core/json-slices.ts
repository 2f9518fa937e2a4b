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

export async function parseJsonInSlices(text: string, sliceMs = SLICE_MS): Promise<unknown> {
  const first = text.trimStart().charCodeAt(0);
  // A small document, or one whose root is not an object: one JSON.parse.
  if (text.length < SLICED_FROM || first !== OPEN_BRACE) return JSON.parse(text);
  /** The document with the root's arrays emptied, each holding only its number: `"tramites":[0]`. */
  let skeleton = '';
  /** Per root array, the text of each element. */
  const arrays: string[][] = [];
  let copied = 0;
  let depth = 0;
  let inString = false;
  let elements: string[] | null = null;
  let elementStart = 0;
  const slice = new TimeSlice(sliceMs);
  for (let i = 0; i < text.length; i++) {
    if ((i & 0x3fff) === 0) await slice.pause();
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
      continue;
    }
    if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth++;
      if (depth === 2 && c === OPEN_BRACKET) {
        elements = [];
        elementStart = i + 1;
        skeleton += `${text.slice(copied, i)}[${arrays.length}]`;
        arrays.push(elements);
      }
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (depth === 2 && elements) {
        if (c !== CLOSE_BRACKET) throw new SyntaxError('JSON: unexpected }');
        const last = text.slice(elementStart, i);
        // `[]` is empty; `[1,]` is not JSON.
        if (last.trim() || elements.length) elements.push(last);
        elements = null;
        copied = i + 1;
      }
      depth--;
      if (depth < 0) throw new SyntaxError('JSON: unbalanced brackets');
    } else if (c === COMMA && depth === 2 && elements) {
      elements.push(text.slice(elementStart, i));
      elementStart = i + 1;
    }
  }
  if (inString || depth !== 0) throw new SyntaxError('JSON: unexpected end of the document');
  skeleton += text.slice(copied);
  const root = JSON.parse(skeleton) as Record<string, unknown>;
  const values = arrays.map(() => [] as unknown[]);
  for (let a = 0; a < arrays.length; a++) {
    for (const element of arrays[a]) {
      await slice.pause();
      // Each piece must be one JSON value: JSON.parse throws on an empty one (`[1,,2]`) or on two values.
      values[a].push(JSON.parse(element));
    }
  }
  // Put each array back where its number stands (the only arrays directly under the root are these placeholders).
  for (const key of Object.keys(root)) {
    const value = root[key];
    if (Array.isArray(value)) root[key] = values[value[0] as number];
  }
  return root;
}
