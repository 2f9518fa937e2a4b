// The link between core/schedule.ts and core/hours-normalize.ts (hours as editors write them), which is loaded only
// for a value that may need it: pages with the documented syntax, or no `hours` at all, never download it.
import type { HoursParseResult } from './schedule.js';

type Parse = (text: string) => HoursParseResult;

let editorParse: ((text: string, parse: Parse) => HoursParseResult) | undefined;
let loading: Promise<void> | undefined;

/** Parses with the editors' normalizer once it is loaded; with the documented syntax alone until then. */
export const parseWith = (text: string, parse: Parse): HoursParseResult => (editorParse ? editorParse(text, parse) : parse(text));

/** Loads the normalizer (once). A failed load leaves the documented syntax, whose errors are still reported. */
export const loadNormalizer = (): Promise<void> =>
  (loading ??= import('./hours-normalize.js').then(
    (m) => void (editorParse = m.parseEditorHours),
    () => undefined,
  ));

/**
 * Whether `hours` may be written in an editor's words rather than the documented syntax: a character the syntax does
 * not use, a one-letter word, a word of three letters or more but `off` (so a date rule such as `Dec 24` loads it
 * too: a download, never a wrong answer), or an hour without minutes.
 */
export const mayNeedNormalizer = (hours: unknown): boolean =>
  typeof hours === 'string' && /[^\sa-z\d:;,-]|\b(?!off\b)[a-z]{3}|\b[a-z]\b|(^|[^\d:])\d\d?(?![\d:])/i.test(hours);
