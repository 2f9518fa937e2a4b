// Personal data in comments, masked again on the server. The survey masks DNI/NIE numbers, phones and e-mail addresses
// in the browser before sending (src/core/personal-data.ts), but anyone can POST to the collector directly, and answers
// imported from an old JSON-lines file never went through that code. So the collector masks every comment before
// storing it, and once more before showing it to staff (summary and CSV): what the survey promises holds whatever the
// client sent.
//
// One set of patterns: the browser's own file is compiled here (esbuild, already a build tool of the project), so the
// server can never mask less than the browser. On top of it the server hides names that a person introduces as such
// ("me llamo …", "mi nombre es …", "soy …", "my name is …", "I'm …", a signature after "atentamente"): the browser does
// not try names, and the survey says so.
import { readFileSync } from 'node:fs';
import { transform } from 'esbuild';
import { COMMENT_MAX } from './survey-payload.mjs';

const source = readFileSync(new URL('../src/core/personal-data.ts', import.meta.url), 'utf8');
const { code } = await transform(source, { loader: 'ts', format: 'esm', target: 'node20' });
const browser = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

/** The browser's tokens, and the one for names (server only). */
export const MASKS = { ...browser.MASKS, name: '[NOMBRE]' };

// A capitalised word (María, O'Neill, Pérez-Cabrera), and up to three more, with the particles of Spanish surnames.
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:(?:de|del|de la|de los|y)\s+)?${NAME_WORD}){0,3}`;
// The cue in any letter case (Node 20 has no inline flags); the name itself must be capitalised.
const CUE = String.raw`(?:[Mm][Ee]\s+[Ll][Ll][Aa][Mm][Oo]|[Mm][Ii]\s+[Nn][Oo][Mm][Bb][Rr][Ee]\s+[Ee][Ss]|[Ss][Oo][Yy]|[Mm][Yy]\s+[Nn][Aa][Mm][Ee]\s+[Ii][Ss]|I\s+am|I[’']m|[Aa]tentamente,?|[Ff]irmado:?)`;
const NAMES = new RegExp(String.raw`(?<=(?<![\p{L}\p{N}])${CUE}\s+)${NAME}(?![\p{L}\p{N}])`, 'gu');

/** `text` with DNI/NIE numbers, e-mail addresses, phones and self-introduced names masked; no longer than a comment may be. */
export function maskComment(text) {
  const masked = browser.maskPersonalData(text).text.replace(NAMES, MASKS.name);
  return masked.length > COMMENT_MAX ? masked.slice(0, COMMENT_MAX) : masked;
}

/** The payload (or stored record) with its comment masked; the same object when there is nothing to mask. */
export function maskAnswer(record) {
  const comment = record?.answers?.comment;
  if (typeof comment !== 'string' || !comment) return record;
  const masked = maskComment(comment);
  return masked === comment ? record : { ...record, answers: { ...record.answers, comment: masked } };
}
