// What weighs what inside each built CDN file: every byte of the minified file is attributed, through its source map,
// to the source module it came from; each module's share is printed in minified bytes and in gzip bytes (what the
// file loses, compressed at level 9, when that module's bytes are cut out of it: its marginal cost).
//
// Usage: node scripts/size-modules.mjs [file ...]   (after npm run build; default: the all-in-one file and the files
// of a WhatsApp-only autoloader page). Paths are relative to dist/cdn.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const CDN = 'dist/cdn';
const gz = (text) => gzipSync(text, { level: 9 }).length;

function attribute(file) {
  const code = readFileSync(join(CDN, file), 'utf8');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(join(CDN, `${file}.map`), 'utf8')));
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const owner = new Array(code.length).fill(null);
  const mappings = [];
  map.eachMapping((m) => mappings.push(m));
  mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  for (let i = 0; i < mappings.length; i++) {
    const m = mappings[i];
    const start = lineStarts[m.generatedLine - 1] + m.generatedColumn;
    const next = mappings[i + 1];
    const end = next && next.generatedLine === m.generatedLine ? lineStarts[next.generatedLine - 1] + next.generatedColumn : (lineStarts[m.generatedLine] ?? code.length);
    for (let j = start; j < end; j++) owner[j] = m.source ? short(m.source) : null;
  }
  const bytes = new Map();
  for (const o of owner) bytes.set(o ?? '(unmapped)', (bytes.get(o ?? '(unmapped)') ?? 0) + 1);
  const total = gz(code);
  const rows = [...bytes].map(([source, raw]) => {
    const without = code.split('').filter((_, i) => (owner[i] ?? '(unmapped)') !== source).join('');
    return { source, raw, gzip: total - gz(without) };
  });
  rows.sort((a, b) => b.gzip - a.gzip);
  return { file, raw: code.length, total, rows };
}

function short(source) {
  const s = source.replace(/\\/g, '/');
  const at = s.lastIndexOf('node_modules/');
  if (at >= 0) return s.slice(at + 'node_modules/'.length);
  const src = s.lastIndexOf('src/');
  return src >= 0 ? s.slice(src) : s;
}

let files = process.argv.slice(2);
if (!files.length) {
  const loader = readFileSync(join(CDN, 'autoloader.js'), 'utf8');
  const graph = JSON.parse(loader.match(/JSON\.parse\('(\{[^']*\})'\)/)[1]);
  files = ['cabildo-widgets.js', 'autoloader.js', ...graph['cabildo-whatsapp-button'][0]];
}
for (const file of files) {
  const { raw, total, rows } = attribute(relative('.', file));
  console.log(`\n## ${file}: ${raw} B minified, ${total} B gzip`);
  console.log('| module | minified | gzip (marginal) |\n|---|---:|---:|');
  for (const r of rows) if (r.raw > 40) console.log(`| ${r.source} | ${r.raw} | ${r.gzip} |`);
}
