// Writes a precompressed copy beside every file of dist/cdn/: <file>.br (brotli, quality 11) and <file>.gz (gzip,
// level 9), so that a web server can send them as they are (see "Serving the files compressed" in the editor guides)
// instead of compressing on every request, or not at all.
// Usage: node scripts/precompress.mjs [folder]   (part of npm run build)
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = process.argv[2] ?? 'dist/cdn';
let count = 0;
let raw = 0;
let brotli = 0;
let gzip = 0;

function visit(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      visit(path);
      continue;
    }
    if (/\.(br|gz)$/.test(name)) continue;
    const data = readFileSync(path);
    const br = brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    });
    const gz = gzipSync(data, { level: 9 });
    writeFileSync(`${path}.br`, br);
    writeFileSync(`${path}.gz`, gz);
    count++;
    raw += data.length;
    brotli += br.length;
    gzip += gz.length;
  }
}

visit(root);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`precompress: ${count} files in ${root}: ${kb(raw)} → ${kb(gzip)} gzip, ${kb(brotli)} brotli (.gz and .br beside each)`);
