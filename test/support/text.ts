/**
 * The text a reader gets from a node: word joiners (U+2060, which keep times and ranges on one line and are not read
 * out) removed, white space folded, ends trimmed. The one text normaliser of the test suite.
 */
export const text = (node: Node | null | undefined): string =>
  (node?.textContent ?? '').replace(/\u2060/g, '').replace(/\s+/g, ' ').trim();
