// Fails when a message in xliff/en.xlf has no English target, or an empty one: an untranslated string would
// silently show Spanish on an English page.
import { readFileSync } from 'node:fs';

const file = new URL('../xliff/en.xlf', import.meta.url);
const xml = readFileSync(file, 'utf8');
const units = [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
const missing = units.filter(([, , body]) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body));

if (units.length === 0) {
  console.error('check-xliff: xliff/en.xlf has no messages; was `lit-localize extract` run?');
  process.exit(1);
}
if (missing.length > 0) {
  console.error(`check-xliff: ${missing.length} of ${units.length} messages lack an English <target> in xliff/en.xlf:`);
  for (const [, id, body] of missing) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    console.error(`  ${id}: ${source}`);
  }
  process.exit(1);
}
console.log(`check-xliff: all ${units.length} messages have an English target.`);
