// What the widgets cost a citizen's phone, in min+gzip bytes, beside the libraries they compete with, in one run.
//
// 1. Pages: the built CDN files as a browser downloads them (each file gzipped at level 9, the files of a page summed):
//    the all-in-one file, and a page that uses the autoloader with only one widget (Spanish and English page).
//    Budgets: all-in-one under 30 KB and a WhatsApp-only page under 12 KB (the targets of the packaging issue),
//    and a ceiling per row that CI enforces so that no change makes a page heavier unnoticed.
// 2. Parts: each piece bundled alone with esbuild, minified with terser (as the CDN build), gzipped: Lit, each
//    element's own code, the hours engine, the search, the data, the English messages, the QR encoder.
// Floors: what no page of this design can go under, each bundled as one piece (a WhatsApp page before any button
//    code; the all-in-one file's own code before Lit and the foundation), printed against the budgets.
// 3. Peers: measured from their npm packages in this run where installed (opening_hours.js, MiniSearch, Fuse.js);
//    the others are the figures given in the issue (Joinchat is a WordPress plugin, react-floating-whatsapp needs React).
//
// Usage: node scripts/size.mjs [--check]   (after npm run build; --check exits 1 when a ceiling is exceeded)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { minify } from 'terser';

const CDN = 'dist/cdn';
const KB = 1024;
const check = process.argv.includes('--check');
const gz = (code) => gzipSync(code, { level: 9 }).length;

if (!existsSync(join(CDN, 'autoloader.js'))) {
  console.error('size: dist/cdn not found; run npm run build first.');
  process.exit(1);
}

// ---------------------------------------------------------------- 1. pages

/** A CDN file and every module it imports statically (dynamic imports load later, on demand, and are left out). */
function staticGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) staticGraph(resolve(dirname(file), spec), seen);
  return seen;
}

/** The English chunks a page loads when it is in English: every part the files of the page register (shared + widgets). */
function englishChunks(files) {
  const chunks = [];
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(/import\(["'](\.{1,2}\/[^"']*en-[^"']+)["']\)/g)) chunks.push(resolve(dirname(file), spec));
  }
  return chunks;
}

function pageBytes(entries, { english = false } = {}) {
  const files = new Set();
  for (const entry of entries) staticGraph(resolve(CDN, entry), files);
  if (english) for (const chunk of englishChunks([...files])) staticGraph(chunk, files);
  let bytes = 0;
  for (const file of files) bytes += gz(readFileSync(file));
  return { bytes, files: [...files].map((f) => relative(CDN, f)) };
}

const ELEMENTS = ['whatsapp-button', 'opening-hours', 'tramite-finder', 'contact-card', 'satisfaction-survey'];
const pages = [
  { name: 'cabildo-widgets.js (all five, one file)', ...pageBytes(['cabildo-widgets.js']), target: 30 * KB, ceiling: 62 * KB },
  { name: 'autoloader page, WhatsApp button only (es)', ...pageBytes(['autoloader.js', 'whatsapp-button.js']), target: 12 * KB, ceiling: 22 * KB },
  { name: 'autoloader page, WhatsApp button only (en)', ...pageBytes(['autoloader.js', 'whatsapp-button.js'], { english: true }) },
  ...ELEMENTS.slice(1).map((element) => ({ name: `autoloader page, <cabildo-${element}> only (es)`, ...pageBytes(['autoloader.js', `${element}.js`]) })),
  { name: 'autoloader page, all five (es)', ...pageBytes(['autoloader.js', ...ELEMENTS.map((e) => `${e}.js`)]) },
];

// ---------------------------------------------------------------- 2. parts

/**
 * Bundles `contents` (an ES module importing the part) and returns its min+gzip size. `keep(path)` decides which
 * resolved files belong to the part; everything else stays outside (imported, not counted), as a page shares it.
 */
async function part(contents, keep = () => true) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    write: false,
    legalComments: 'none',
    logLevel: 'error',
    tsconfig: 'tsconfig.build.json',
    plugins: [
      {
        name: 'outside',
        setup(b) {
          b.onResolve({ filter: /.*/ }, async (args) => {
            if (args.pluginData?.resolved) return undefined;
            if (args.kind === 'dynamic-import') return { path: args.path, external: true };
            const found = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: { resolved: true } });
            if (found.errors.length) return undefined;
            const path = relative(process.cwd(), found.path);
            if (!keep(path)) return { path: args.path, external: true };
            return found;
          });
        },
      },
    ],
  });
  const { code } = await minify(result.outputFiles[0].text, { module: true, compress: { passes: 2 }, format: { comments: false } });
  return gz(code);
}

const under = (...prefixes) => (path) => prefixes.some((p) => path.startsWith(p));
const ownDirs = {
  'whatsapp-button': ['src/components/whatsapp-button/', 'src/whatsapp-button.ts', 'src/core/qr-path.ts'],
  'opening-hours': ['src/components/opening-hours/', 'src/opening-hours.ts'],
  'tramite-finder': ['src/components/tramite-finder/', 'src/tramite-finder.ts', 'src/core/catalogue'],
  'contact-card': ['src/components/contact-card/', 'src/contact-card.ts', 'src/core/vcard.ts', 'src/core/call-cost.ts', 'src/core/contact.ts', 'src/core/structured-data.ts', 'src/core/weekly-hours.ts'],
  'satisfaction-survey': ['src/components/satisfaction-survey/', 'src/satisfaction-survey.ts', 'src/core/survey', 'src/core/personal-data.ts'],
};

const parts = [
  { name: 'Lit (lit: lit-html, reactive-element, lit-element)', bytes: await part("export * from 'lit'; export * from 'lit/decorators.js';", under('node_modules/')) },
  { name: '@lit/localize runtime', bytes: await part("export * from '@lit/localize';", under('node_modules/@lit/localize')) },
  { name: 'foundation (base class, localisation, shared styles, office data)', bytes: await part("export * from './src/internal/cabildo-element.js'; export * from './src/internal/shared-styles.js'; export * from './src/data/office.js';", under('src/internal/', 'src/data/office.ts', 'src/generated/locale-codes.ts', 'src/core/phone.ts', 'src/core/urls.ts')) },
  ...ELEMENTS.map((element) => ({
    name: `<cabildo-${element}>, own code`,
    bytes: null,
    element,
  })),
  // The engine includes its holiday logic (Easter, the rule for a year without a list, page calendars); only the
  // holiday lists (data) are outside. Ceiling 2850 B: the every-year rule and page calendars added about 120 B.
  { name: 'hours engine (src/core/schedule.ts, parser + Canary time + holidays logic)', bytes: await part("export * from './src/core/schedule.ts';", under('src/core/schedule.ts')), target: 2.5 * KB, ceiling: 2850 },
  { name: 'hours texts (src/internal/hours-text.ts)', bytes: await part("export * from './src/internal/hours-text.ts';", under('src/internal/hours-text.ts')) },
  { name: 'search (src/core/search.ts + tramite-search.ts)', bytes: await part("export * from './src/core/search.ts'; export * from './src/core/tramite-search.ts';", under('src/core/search.ts', 'src/core/tramite-search.ts')) },
  { name: 'data: holidays (lists by year)', bytes: await part("export * from './src/data/holidays.ts';", under('src/data/holidays.ts')) },
  { name: 'data: built-in catalogue (es + en)', bytes: await part("export * from './src/data/catalogue.ts';", under('src/data/catalogue.ts')) },
  // English comes in parts: the shared texts, and each widget's own (loaded on English pages, for the widgets there).
  ...['shared', ...ELEMENTS].map((name) => ({
    name: `English messages: ${name === 'shared' ? 'shared texts' : `<cabildo-${name}>`} (English pages only)`,
    bytes: null,
    english: name,
  })),
  { name: 'QR encoder (uqr encode, loaded when the QR dialog opens)', bytes: await part("export { encode } from 'uqr';", under('node_modules/uqr')) },
];
for (const row of parts) {
  if (row.element) row.bytes = await part(`export * from './src/${row.element}.ts';`, under(...ownDirs[row.element]));
  if (row.english) row.bytes = await part(`export * from './src/generated/locales/en/${row.english}.ts';`, under('src/generated/'));
}
// The WhatsApp button with its QR encoder, which it fetches only when a citizen opens the QR dialog.
const button = parts.find((p) => p.element === 'whatsapp-button');
const qr = parts.find((p) => p.name.startsWith('QR encoder'));
parts.splice(parts.indexOf(button) + 1, 0, { name: '<cabildo-whatsapp-button>, own code + QR encoder', bytes: button.bytes + qr.bytes });

// ---------------------------------------------------------------- floors
// What no page of this design can go under, bundled and measured as one piece in this run (not summed): the budgets
// above are compared with these. A WhatsApp page needs Lit, the localisation runtime, and the hours engine with its
// texts and holiday lists (the button says who answers and when); the all-in-one file needs every element's own code,
// the search and the built-in catalogue, with Lit and the rest of the foundation on top.
const floors = [
  {
    name: 'WhatsApp page: Lit + @lit/localize + hours engine + hours texts + holidays, before any button code',
    bytes: await part("export * from 'lit'; export * from '@lit/localize'; export * from './src/core/schedule.ts'; export * from './src/internal/hours-text.ts'; export * from './src/data/holidays.ts';"),
    vs: 12 * KB,
  },
  {
    name: 'all-in-one: the five elements\' own code + search + built-in catalogue, without Lit or the foundation',
    bytes: await part(
      ELEMENTS.map((e) => `export * from './src/${e}.ts';`).join(' '),
      under(...Object.values(ownDirs).flat(), 'src/core/search.ts', 'src/core/tramite-search.ts', 'src/data/catalogue.ts'),
    ),
    vs: 30 * KB,
  },
];

// ---------------------------------------------------------------- 3. peers

async function peer(name) {
  try {
    return await part(`export * from '${name}'; export { default } from '${name}';`);
  } catch {
    return null;
  }
}
const peers = [
  { name: 'opening_hours.js (npm, with dependencies)', bytes: await peer('opening_hours'), vs: 'hours engine' },
  { name: 'MiniSearch (npm)', bytes: await peer('minisearch'), vs: 'search' },
  { name: 'Fuse.js (npm)', bytes: await peer('fuse.js'), vs: 'search' },
  { name: 'Joinchat JS + CSS (figure from the issue)', bytes: 12.5 * KB, vs: 'WhatsApp-only page' },
  { name: 'react-floating-whatsapp with React (figure from the issue)', bytes: 226 * KB, vs: 'WhatsApp-only page' },
];

// ---------------------------------------------------------------- table

const fmt = (n) => (n === null ? 'not installed' : `${(n / KB).toFixed(1)} KB`);
const out = [];
let over = 0;
out.push('| page (what the browser downloads) | min+gzip | target | ceiling (CI) |', '|---|---:|---|---|');
for (const p of pages) {
  const target = p.target ? `${fmt(p.target)}: ${p.bytes <= p.target ? 'met' : 'NOT met'}` : '';
  let ceiling = '';
  if (p.ceiling) {
    const ok = p.bytes <= p.ceiling;
    if (!ok) over++;
    ceiling = `${fmt(p.ceiling)}: ${ok ? 'ok' : 'EXCEEDED'}`;
  }
  out.push(`| ${p.name} (${p.files.length} file${p.files.length > 1 ? 's' : ''}) | ${fmt(p.bytes)} | ${target} | ${ceiling} |`);
}
out.push('', '| part (bundled alone; shared code outside) | min+gzip | target | ceiling (CI) |', '|---|---:|---|---|');
// The hours engine: the hours issue's target (under 2.5 KB) printed, and a CI ceiling so that it cannot grow unnoticed.
for (const p of parts) {
  const target = p.target ? `${fmt(p.target)}: ${p.bytes} B, ${p.bytes <= p.target ? 'met' : `NOT met (${p.bytes - p.target} B over)`}` : '';
  const ok = !p.ceiling || p.bytes <= p.ceiling;
  if (!ok) over++;
  out.push(`| ${p.name} | ${fmt(p.bytes)} | ${target} | ${p.ceiling ? `${p.ceiling} B: ${ok ? 'ok' : 'EXCEEDED'}` : ''} |`);
}
out.push('', '| floor (bundled as one piece) | min+gzip | against the budget |', '|---|---:|---|');
for (const f of floors) out.push(`| ${f.name} | ${fmt(f.bytes)} | ${f.bytes < f.vs ? 'under' : 'already over'} ${fmt(f.vs)} |`);
out.push('', '| peer | min+gzip | compare with |', '|---|---:|---|');
for (const p of peers) out.push(`| ${p.name} | ${fmt(p.bytes)} | ${p.vs} |`);
console.log(out.join('\n'));
if (check && over) {
  console.error(`\nsize: ${over} page(s) or part(s) above their ceiling.`);
  process.exit(1);
}
console.log(`\nsize: ${pages.filter((p) => p.ceiling).length + parts.filter((p) => p.ceiling).length} ceilings checked, ${over} exceeded`);
