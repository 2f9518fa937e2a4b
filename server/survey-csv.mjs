// The answers as a CSV file that Excel set to Spanish opens in columns, safely.
//
// Separator: `;`. Excel splits a CSV on the system's list separator, which is `;` wherever the decimal mark is a comma
// (Spain); LibreOffice asks, and detects `;`. A `sep=;` first line would also work in an English Excel, but Excel then
// ignores the UTF-8 byte-order mark (accents turn into mojibake) and every other tool reads that line as data, so there
// is none. UTF-8 with a byte-order mark (Excel reads the accents), CRLF line ends (RFC 4180).
//
// Formulas (OWASP "CSV Injection"): every text field is quoted, and a `'` is put before any character that would start a
// formula (= + - @ tab, carriage return, and their full-width forms) at the start of the field AND after anything a
// spreadsheet might split on (, ; | tab, line break), with spaces or quotes in between, so that no cell starts a formula
// whatever separator the file is opened with, even by a tool that ignores the quotes. Numbers are written bare.
export const CSV_SEPARATOR = ';';

/** The CSV columns, in order. */
export const CSV_COLUMNS = ['id', 'submittedAt', 'receivedAt', 'surveyId', 'locale', 'page', 'satisfaction', 'resolved', 'channel', 'comment'];

const FORMULA_START = /(?<=^|[,;|\t\r\n])([ "]*)(?=[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/g;

/** A text with a `'` before every character that could start a formula in any cell it might be split into. */
export const defuse = (text) => text.replace(FORMULA_START, "$1'");

/** One CSV field: numbers bare, every text quoted (RFC 4180: quotes doubled) and defused; nothing for null. */
export function csvField(value) {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return `"${defuse(String(value)).replace(/"/g, '""')}"`;
}

/** The stored answers as CSV (see the top of this file). */
export function toCsv(records) {
  const rows = [CSV_COLUMNS.map(csvField).join(CSV_SEPARATOR)];
  for (const r of records) {
    const flat = { ...r, ...r.answers };
    rows.push(CSV_COLUMNS.map((column) => csvField(flat[column])).join(CSV_SEPARATOR));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
