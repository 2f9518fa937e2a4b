// Prints the min+gzip size of parts of the library beside the libraries they replace, measured in the same run.
// Add a row: push { name, entry, external?, budget? (target in bytes), note? } to ENTRIES (entry: a file or package bundled with its imports).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';

export const ENTRIES = [
  {
    name: 'hours engine (src/core/schedule.ts + holiday data)',
    entry: 'src/core/schedule.ts',
    budget: 2560,
  },
  {
    name: 'opening_hours.js (npm opening_hours, with its dependencies)',
    entry: 'opening_hours',
    note: 'the OSM evaluator the engine replaces',
  },
  {
    name: '<cabildo-opening-hours> (element + engine + texts; lit and @lit/localize external)',
    entry: 'src/opening-hours.ts',
    external: ['lit', 'lit/*', '@lit/localize'],
  },
];

async function measure({ entry, external = [] }) {
  // A file entry keeps all its exports; a package entry is imported whole, as a page would load it.
  const stdin = entry.startsWith('src/')
    ? { contents: `export * from './${entry}';`, resolveDir: process.cwd(), loader: 'ts' }
    : { contents: `export * from '${entry}'; export { default } from '${entry}';`, resolveDir: process.cwd() };
  const result = await build({
    stdin,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    write: false,
    legalComments: 'none',
    external,
    logLevel: 'error',
  });
  // esbuild bundles, terser minifies (a few % smaller than esbuild alone), the same for every row.
  const { code } = await minify(result.outputFiles[0].text, { module: true, compress: { passes: 2 } });
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const rows = [];
for (const entry of ENTRIES) {
  const { min, gzip } = await measure(entry);
  const over = entry.budget !== undefined && gzip > entry.budget;
  rows.push([entry.name, min, gzip, entry.budget ? `target ${entry.budget} B: ${over ? 'over' : 'met'}` : entry.note ?? '']);
}
const kb = (n) => `${n} B (${(n / 1024).toFixed(1)} KB)`;
const widths = [Math.max(...rows.map((r) => r[0].length)), 22, 22];
console.log(['', 'min', 'min+gzip', 'target / note'].map((h, i) => h.padEnd(widths[i] ?? 0)).join('  '));
for (const [name, min, gzip, note] of rows) {
  console.log([name.padEnd(widths[0]), kb(min).padEnd(widths[1]), kb(gzip).padEnd(widths[2]), note].join('  '));
}
