// A git merge driver for xliff/en.xlf: two branches that each add messages merge by taking the union of their
// translation units (by id). Set up with:
//   git config merge.xliff.driver 'node scripts/merge-xliff.mjs %O %A %B'
// and `xliff/en.xlf merge=xliff` in .gitattributes. `npm run localize` then re-sorts the file.
import { readFileSync, writeFileSync } from 'node:fs';

const [, , , oursPath, theirsPath] = process.argv;
const unitPattern = /<trans-unit id="([^"]+)">[\s\S]*?<\/trans-unit>/g;
const units = (xml) => new Map([...xml.matchAll(unitPattern)].map((m) => [m[1], m[0]]));
const hasTarget = (unit) => /<target>/.test(unit ?? '');

const ours = readFileSync(oursPath, 'utf8');
const theirs = readFileSync(theirsPath, 'utf8');
const merged = units(ours);
for (const [id, unit] of units(theirs)) {
  if (!merged.has(id) || (!hasTarget(merged.get(id)) && hasTarget(unit))) merged.set(id, unit);
}
const bodyStart = ours.indexOf('<body>') + '<body>'.length;
const bodyEnd = ours.indexOf('</body>');
const body = `\n${[...merged.values()].join('\n')}\n`;
writeFileSync(oursPath, ours.slice(0, bodyStart) + body + ours.slice(bodyEnd));
