// What the widgets cost a citizen's phone, in min+gzip bytes (level 9; brotli beside), against the budgets of the
// bytes issue and beside the libraries they compete with, bundled and minified the same way in the same run.
//
// 1. Pages: the built CDN files a browser downloads for a page (each file compressed alone, the files summed):
//    - the all-in-one file itself; a Spanish page with the five widgets through it (plus the built-in catalogue it
//      fetches for the finder), and the same page in English (plus the English parts);
//    - a page with the autoloader and one widget: the autoloader and the files it requests for that tag (the module
//      graph the build wrote into it), plus the English parts on an English page.
//    Budgets (min+gzip) are checked with --check (CI): they fail the run when exceeded.
// 2. Parts: each piece bundled alone with esbuild, minified with terser (as the CDN build), compressed: Lit, each
//    element's own code, the hours engine (budget), the search, the data, the English messages, the QR encoder.
// Floors: what no page of this design can go under, each bundled as one piece, printed against the budgets.
// 3. Peers, bundled and minified the same way in this run: lit alone, lit + @lit/localize, one Shoelace button, one
//    Material Web button (devDependencies), opening_hours.js, MiniSearch, Fuse.js; and Joinchat's measured figure
//    (12.5 KB JS + CSS; a WordPress plugin, not an npm package).
//
// Usage: node scripts/size.mjs [--check]   (after npm run build; --check exits 1 when a budget is exceeded)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { minify } from 'terser';

const CDN = 'dist/cdn';
const KB = 1024;
const check = process.argv.includes('--check');
const gz = (code) => gzipSync(code, { level: 9 }).length;
const br = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

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

/** The files `file` imports on demand whose names match `pattern` (e.g. its English parts, the catalogue). */
function dynamicImports(file, pattern) {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/import\(["'](\.{1,2}\/[^"']+)["']\)/g)].map(([, spec]) => resolve(dirname(file), spec)).filter((f) => pattern.test(f));
}

function page(paths) {
  const files = new Set();
  for (const path of paths) staticGraph(resolve(CDN, path), files);
  let bytes = 0;
  let brotli = 0;
  for (const file of files) {
    const code = readFileSync(file);
    bytes += gz(code);
    brotli += br(code);
  }
  return { bytes, brotli, files: [...files].map((f) => relative(CDN, f)) };
}

// The autoloader requests, for each tag, the files the build listed in it (its module graph; English parts apart).
const loader = readFileSync(join(CDN, 'autoloader.js'), 'utf8');
const graph = JSON.parse(loader.match(/JSON\.parse\('(\{[^']*\})'\)/)?.[1] ?? 'null');
if (!graph) {
  console.error('size: no module graph in dist/cdn/autoloader.js; run npm run build.');
  process.exit(1);
}
const autoloaderPage = (tags, english = false) => page(['autoloader.js', ...tags.flatMap((tag) => [...graph[tag][0], ...(english ? graph[tag][1] : [])])]);

const allInOne = resolve(CDN, 'cabildo-widgets.js');
const allInOneFiles = [...staticGraph(allInOne)];
const onDemand = (pattern) => allInOneFiles.flatMap((f) => dynamicImports(f, pattern)).map((f) => relative(CDN, f));
// The built-in catalogue's list and search (fetched when a finder without src appears: before it is complete); each
// language's steps and documents come when a procedure is opened (first interaction: listed apart below).
const catalogue = onDemand(/[\\/]all-catalogue-index-[^/]*\.js$/);
const englishParts = onDemand(/[\\/]all-en-[^/]*\.js$/);

// What a page fetches only on a first interaction (or when the browser is idle), after its widgets are complete
// (painted and ready for that interaction): not in the page figures above, printed apart.
const onInteraction = [
  { name: 'finder: search engine (first focus, query, q set, or idle)', files: onDemand(/[\\/]all-search-[^/]*\.js$/) },
  { name: 'finder: steps and documents, Spanish (a procedure opened, hovered or focused)', files: onDemand(/[\\/]all-catalogue-details-es-[^/]*\.js$/) },
  { name: 'finder: steps and documents, English (same, English page)', files: onDemand(/[\\/]all-catalogue-details-en-[^/]*\.js$/) },
  { name: 'finder: catalogue loader and validation (only a finder with src)', files: onDemand(/[\\/]all-catalogue-loader-[^/]*\.js$/) },
  { name: 'WhatsApp button: QR encoder (a desktop user asks for the QR code)', files: onDemand(/[\\/]all-qr-[^/]*\.js$/) },
].map((row) => {
  // Each file alone: what it imports from the all-in-one is already there.
  const codes = row.files.map((f) => readFileSync(resolve(CDN, f)));
  return { ...row, bytes: codes.reduce((n, c) => n + gz(c), 0), brotli: codes.reduce((n, c) => n + br(c), 0) };
});

const ELEMENTS = ['whatsapp-button', 'opening-hours', 'tramite-finder', 'contact-card', 'satisfaction-survey'];
const TAGS = ELEMENTS.map((e) => `cabildo-${e}`);
const pages = [
  { name: 'cabildo-widgets.js itself (no English, QR encoder or catalogue inside)', ...page(['cabildo-widgets.js']), budget: 38 * KB, ceiling: 47_400 },
  { name: 'all five through cabildo-widgets.js, Spanish page (with the built-in catalogue\'s list and search)', ...page(['cabildo-widgets.js', ...catalogue]), budget: 46 * KB, ceiling: 56_200 },
  { name: 'all five through cabildo-widgets.js, English page (with catalogue and English)', ...page(['cabildo-widgets.js', ...catalogue, ...englishParts]), budget: 52 * KB, ceiling: 61_100 },
  { name: 'autoloader page, WhatsApp button only (es)', ...autoloaderPage(['cabildo-whatsapp-button']), budget: 16 * KB, ceiling: 26_750 },
  { name: 'autoloader page, WhatsApp button only (en)', ...autoloaderPage(['cabildo-whatsapp-button'], true), budget: 17.5 * KB, ceiling: 28_250 },
  ...TAGS.slice(1).map((tag) => ({ name: `autoloader page, <${tag}> only (es)`, ...autoloaderPage([tag]) })),
  { name: 'autoloader page, all five (es)', ...autoloaderPage(TAGS) },
  { name: 'autoloader page, all five (en)', ...autoloaderPage(TAGS, true) },
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
  // The CDN build's terser settings (rollup.config.js).
  const { code } = await minify(result.outputFiles[0].text, { ecma: 2021, module: true, compress: { passes: 3, pure_getters: true }, format: { comments: false } });
  return { bytes: gz(code), brotli: br(code) };
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
  { name: 'Lit (lit: lit-html, reactive-element, lit-element)', ...(await part("export * from 'lit'; export * from 'lit/decorators.js';", under('node_modules/'))) },
  { name: '@lit/localize runtime', ...(await part("export * from '@lit/localize';", under('node_modules/@lit/localize'))) },
  { name: 'foundation (base class, localisation, shared styles, office data)', ...(await part("export * from './src/internal/cabildo-element.js'; export * from './src/internal/shared-styles.js'; export * from './src/data/office.js';", under('src/internal/', 'src/data/office.ts', 'src/generated/locale-codes.ts', 'src/core/phone.ts', 'src/core/urls.ts'))) },
  ...ELEMENTS.map((element) => ({
    name: `<cabildo-${element}>, own code`,
    bytes: null,
    element,
  })),
  // The engine: the hours parser, Canary time, the open/closed answer and its holiday logic (Easter, the rule for a
  // year without a list, a page's lists); the holiday lists (data) are outside. What the answer does not need lives
  // beside it and is printed apart: `closures` and page-calendar parsing (core/calendar.ts), the week for display
  // (core/week.ts). Ceiling = the 2.5 KB budget (measured 2472 B when the week and the calendar parsing moved out).
  { name: 'hours engine (src/core/schedule.ts, parser + Canary time + holidays logic)', ...(await part("export * from './src/core/schedule.ts';", under('src/core/schedule.ts'))), budget: 2.5 * KB, ceiling: 2560 },
  { name: 'hours week for display (src/core/week.ts)', ...(await part("export * from './src/core/week.ts';", under('src/core/week.ts'))) },
  { name: 'closures + page calendar parsing (src/core/calendar.ts + internal/page-calendar.ts)', ...(await part("export * from './src/core/calendar.ts'; export * from './src/internal/page-calendar.ts';", under('src/core/calendar.ts', 'src/internal/page-calendar.ts'))) },
  { name: 'hours texts (src/internal/hours-text.ts + status-text.ts)', ...(await part("export * from './src/internal/hours-text.ts'; export * from './src/internal/status-text.ts';", under('src/internal/hours-text.ts', 'src/internal/status-text.ts'))) },
  { name: 'search (src/core/search.ts + tramite-search.ts)', ...(await part("export * from './src/core/search.ts'; export * from './src/core/tramite-search.ts';", under('src/core/search.ts', 'src/core/tramite-search.ts'))) },
  { name: 'data: holidays (lists by year)', ...(await part("export * from './src/data/holidays.ts';", under('src/data/holidays.ts'))) },
  { name: 'data: built-in catalogue (es + en)', ...(await part("export * from './src/data/catalogue.ts';", under('src/data/catalogue.ts'))) },
  // English comes in parts: the shared texts, and each widget's own (loaded on English pages, for the widgets there).
  ...['shared', ...ELEMENTS].map((name) => ({
    name: `English messages: ${name === 'shared' ? 'shared texts' : `<cabildo-${name}>`} (English pages only)`,
    bytes: null,
    english: name,
  })),
  { name: 'QR encoder (uqr encode, loaded when the QR dialog opens)', ...(await part("export { encode } from 'uqr';", under('node_modules/uqr'))) },
];
for (const row of parts) {
  if (row.element) Object.assign(row, await part(`export * from './src/${row.element}.ts';`, under(...ownDirs[row.element])));
  if (row.english) Object.assign(row, await part(`export * from './src/generated/locales/en/${row.english}.ts';`, under('src/generated/')));
}
// The WhatsApp button with its QR encoder, which it fetches only when a citizen opens the QR dialog.
const button = parts.find((p) => p.element === 'whatsapp-button');
const qr = parts.find((p) => p.name.startsWith('QR encoder'));
parts.splice(parts.indexOf(button) + 1, 0, { name: '<cabildo-whatsapp-button>, own code + QR encoder', bytes: button.bytes + qr.bytes, brotli: button.brotli + qr.brotli });

// ---------------------------------------------------------------- floors
// What no page of this design can go under, bundled and measured as one piece in this run (not summed): the budgets
// above are compared with these. A WhatsApp page needs Lit, the localisation runtime, and the hours engine with its
// texts and holiday lists (the button says who answers and when); the all-in-one file needs every element's own code
// and the search, with Lit and the rest of the foundation on top (the catalogue, English and QR encoder are siblings).
const floors = [
  {
    name: 'WhatsApp page: Lit + @lit/localize + hours engine + hours texts + holidays, before any button code',
    ...(await part("export * from 'lit'; export * from '@lit/localize'; export * from './src/core/schedule.ts'; export * from './src/internal/hours-text.ts'; export * from './src/data/holidays.ts';")),
    vs: 16 * KB,
  },
  {
    name: 'all-in-one: the five elements\' own code + search, without Lit or the foundation',
    ...(await part(
      ELEMENTS.map((e) => `export * from './src/${e}.ts';`).join(' '),
      under(...Object.values(ownDirs).flat(), 'src/core/search.ts', 'src/core/tramite-search.ts'),
    )),
    vs: 38 * KB,
  },
];

// ---------------------------------------------------------------- 3. peers

/** A peer bundled with everything it imports (Lit included), minified and compressed as our files are. */
async function peer(contents) {
  try {
    return await part(contents);
  } catch {
    return { bytes: null, brotli: null };
  }
}
const peers = [
  { name: 'lit alone (npm; LitElement, html, css)', ...(await peer("export * from 'lit';")), vs: 'foundation of every page' },
  { name: 'lit + @lit/localize (npm)', ...(await peer("export * from 'lit'; export * from '@lit/localize';")), vs: 'foundation of every page' },
  { name: 'one Shoelace button (<sl-button>, npm, Lit inside)', ...(await peer("import '@shoelace-style/shoelace/dist/components/button/button.js';")), vs: 'WhatsApp-only page' },
  { name: 'one Material Web button (<md-filled-button>, npm, Lit inside)', ...(await peer("import '@material/web/button/filled-button.js';")), vs: 'WhatsApp-only page' },
  { name: 'Joinchat JS + CSS (measured figure from the issue; a WordPress plugin)', bytes: 12.5 * KB, brotli: null, vs: 'WhatsApp-only page' },
  { name: 'opening_hours.js (npm, with dependencies)', ...(await peer("export * from 'opening_hours'; export { default } from 'opening_hours';")), vs: 'hours engine' },
  { name: 'MiniSearch (npm)', ...(await peer("export * from 'minisearch'; export { default } from 'minisearch';")), vs: 'search' },
  { name: 'Fuse.js (npm)', ...(await peer("export * from 'fuse.js'; export { default } from 'fuse.js';")), vs: 'search' },
];

// ---------------------------------------------------------------- table

const fmt = (n) => (n === null || n === undefined ? '—' : `${(n / KB).toFixed(1)} KB`);
// The budget is the bytes issue's; the ceiling is what CI enforces until the budget is met (this build's figure plus
// a few hundred bytes for work in progress), so that no change makes a page heavier unnoticed.
const verdict = (row) => {
  if (!row.budget) return ['no budget', ''];
  const met = row.bytes <= row.budget;
  const limit = met ? row.budget : row.ceiling;
  const ok = row.bytes <= limit;
  if (!ok) over++;
  return [
    `${fmt(row.budget)}: ${met ? `met, ${row.budget - row.bytes} B to spare` : `NOT met, ${row.bytes - row.budget} B over`}`,
    met ? 'the budget' : `${fmt(row.ceiling)}: ${ok ? `ok, ${row.ceiling - row.bytes} B to spare` : `EXCEEDED by ${row.bytes - row.ceiling} B`}`,
  ];
};
const out = [];
let over = 0;
out.push('| page (what the browser downloads) | min+gzip | brotli | budget | checked in CI |', '|---|---:|---:|---|---|');
for (const p of pages) {
  out.push(`| ${p.name} (${p.files.length} file${p.files.length > 1 ? 's' : ''}) | ${fmt(p.bytes)} (${p.bytes} B) | ${fmt(p.brotli)} | ${verdict(p).join(' | ')} |`);
}
out.push('', '| on demand, after the widgets are complete (all-in-one) | min+gzip | brotli | files |', '|---|---:|---:|---|');
for (const p of onInteraction) out.push(`| ${p.name} | ${fmt(p.bytes)} (${p.bytes} B) | ${fmt(p.brotli)} | ${p.files.join(', ') || '—'} |`);
out.push('', '| part (bundled alone; shared code outside) | min+gzip | brotli | budget | checked in CI |', '|---|---:|---:|---|---|');
for (const p of parts) out.push(`| ${p.name} | ${fmt(p.bytes)} | ${fmt(p.brotli)} | ${p.budget ? verdict(p).join(' | ') : ' |'} |`);
out.push('', '| floor (bundled as one piece) | min+gzip | brotli | against the budget |', '|---|---:|---:|---|');
for (const f of floors) out.push(`| ${f.name} | ${fmt(f.bytes)} | ${fmt(f.brotli)} | ${f.bytes < f.vs ? 'under' : 'already over'} ${fmt(f.vs)} |`);
out.push('', '| peer (bundled and minified the same way) | min+gzip | brotli | compare with |', '|---|---:|---:|---|');
for (const p of peers) out.push(`| ${p.name} | ${fmt(p.bytes)} | ${fmt(p.brotli)} | ${p.vs} |`);
console.log(out.join('\n'));
const budgets = [...pages, ...parts].filter((r) => r.budget).length;
const missed = [...pages, ...parts].filter((r) => r.budget && r.bytes > r.budget).length;
if (check && over) {
  console.error(`\nsize: ${over} of ${budgets} rows above what CI allows.`);
  process.exit(1);
}
console.log(`\nsize: ${budgets} budgets, ${budgets - missed} met; ${missed} not met yet, held under their CI ceiling; ${over} exceeded`);
