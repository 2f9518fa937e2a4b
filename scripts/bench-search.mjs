// `npm run bench`: our search against MiniSearch and Fuse.js on the same data, in one run.
//  1. Size of each search engine, minified and gzipped.
//  2. A 5,000-entry synthetic catalogue: median and p95 time per query, and recall on faulty queries (typos, swaps,
//     missing accents, words cut short as you type), for the three engines.
//  3. The built-in catalogue: the public relevance queries (test/core/relevance-queries.ts): precision@1, recall@3,
//     results listed, for the finder and the three engines (`--relevance` stops here).
//  4. Scale, in headless Chromium: 5,000 real-like entries through `src`: long tasks while loading and indexing (at 1×
//     and at 4× CPU slowdown), JS heap once indexed; keystroke → next frame painted beside a bare <input>, on the
//     built-in catalogue and on 5,000 (`--scale` skips part 2; `--profile` adds where the keystrokes' time goes;
//     `--loads=N` measures only loading and indexing, N times at each speed; `--keys=N` only the keystrokes, N runs of
//     each catalogue; `--trace` explains every task over 50 ms).
// Deterministic (seeded) data; only the timings vary from run to run.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import MiniSearch from 'minisearch';
import Fuse from 'fuse.js';
import puppeteer from 'puppeteer-core';
import { resolveBrowser, CHROMIUM_ARGS } from './browser.mjs';
import { longTasks } from './trace-tasks.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}build/bench`;
mkdirSync(out, { recursive: true });
const N = 5000;
const QUERIES = 400;

// ---------------------------------------------------------------- sizes
async function gzSize(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}
const sizes = {
  ours: await gzSize("export { SearchIndex } from './src/core/search.ts';"),
  minisearch: await gzSize("export { default } from 'minisearch';"),
  fuse: await gzSize("export { default } from 'fuse.js';"),
};

// ---------------------------------------------------------------- our code, bundled for Node
await build({
  stdin: {
    contents: `export { SearchIndex, fold } from './src/core/search.ts';
      export { TramiteSearch, tramiteFields, TRAMITE_SYNONYMS, loadSearchEngine } from './src/core/tramite-search.ts';
      export { BUILT_IN_CATALOGUE } from './src/data/catalogue.ts';
      export { RELEVANCE_QUERIES } from './test/core/relevance-queries.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true, format: 'esm', platform: 'node', outfile: `${out}/core.mjs`, logLevel: 'silent',
});
const core = await import(pathToFileURL(`${out}/core.mjs`).href);

// ---------------------------------------------------------------- synthetic catalogue
let seed = 20240415;
function random() {
  // mulberry32: a small seeded generator, so every run uses the same data.
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const SYLLABLES = ['ca', 're', 'mi', 'lo', 'tra', 'pe', 'sa', 'du', 'ni', 'fo', 'ga', 'ble', 'ción', 'rí', 'es', 'ta',
  'vo', 'ju', 'pi', 'cho', 'ñe', 'gü', 'mo', 'ter', 'cal', 'den', 'só', 'li', 'bu', 'quí', 'za', 'ver', 'ran', 'tó'];
const vocabulary = new Set();
while (vocabulary.size < 4000) {
  let word = '';
  const syllables = 2 + Math.floor(random() * 3);
  for (let i = 0; i < syllables; i++) word += pick(SYLLABLES);
  if (word.length >= 4) vocabulary.add(word);
}
const words = [...vocabulary];
const common = words.slice(0, 300);
const sentence = (n, pool) => Array.from({ length: n }, () => pick(pool)).join(' ');
const entries = Array.from({ length: N }, (_, i) => {
  const title = sentence(3 + Math.floor(random() * 2), words);
  return {
    id: `t-${i}`,
    title: { es: title, en: title },
    summary: { es: `${sentence(8, common)} ${sentence(2, words)}`, en: sentence(6, common) },
    keywords: { es: [sentence(2, words), sentence(2, words)], en: [sentence(2, words)] },
    category: 'sintetico', audience: { es: 'Todos.', en: 'Everyone.' }, channels: ['web'],
    bring: { es: [], en: [] }, steps: { es: ['Paso.'], en: ['Step.'] },
    start: { url: 'https://example.org/', label: { es: 'Empezar', en: 'Start' } }, appointment: 'none', verified: true,
  };
});

// Faults citizens make: a wrong letter, one missing or extra, two swapped, no accents, a word cut short.
const stripAccents = (w) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
function fault(word) {
  const w = stripAccents(word);
  const at = 1 + Math.floor(random() * (w.length - 2));
  switch (Math.floor(random() * 5)) {
    case 0: return w.slice(0, at) + pick('aeiourstnl') + w.slice(at + 1); // substitution
    case 1: return w.slice(0, at) + w.slice(at + 1); // deletion
    case 2: return w.slice(0, at) + pick('aeiourstnl') + w.slice(at); // insertion
    case 3: return w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2); // transposition
    default: return w; // accents only
  }
}
const faulty = Array.from({ length: QUERIES }, () => {
  const target = Math.floor(random() * N);
  const titleWords = entries[target].title.es.split(' ');
  const a = titleWords[0];
  const b = titleWords[1 + Math.floor(random() * (titleWords.length - 1))];
  const last = random() < 0.3 ? b.slice(0, Math.max(4, Math.ceil(b.length * 0.7))) : fault(b); // still typing
  return { query: `${fault(a)} ${last}`, target };
});

// ---------------------------------------------------------------- engines
const fieldsOf = (t) => ({ id: t.id, title: t.title.es, keywords: t.keywords.es.concat(t.keywords.en).join(' '), summary: `${t.summary.es} ${t.summary.en}` });
const algoliaTypos = (term) => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0);
function engines(list, synonyms = [], limit = 10) {
  const docs = list.map(fieldsOf);
  const ours = new core.SearchIndex(
    list.map((t) => [[t.title.es, 10], [t.title.en, 10], ...t.keywords.es.concat(t.keywords.en).map((k) => [k, 8]), [t.summary.es, 3], [t.summary.en, 3]]),
    { synonyms },
  );
  const mini = new MiniSearch({
    fields: ['title', 'keywords', 'summary'],
    processTerm: (term) => core.fold(term),
    searchOptions: { boost: { title: 3, keywords: 2 }, prefix: true, fuzzy: algoliaTypos, combineWith: 'OR' },
  });
  mini.addAll(docs);
  const fuse = new Fuse(docs, {
    keys: [{ name: 'title', weight: 3 }, { name: 'keywords', weight: 2 }, { name: 'summary', weight: 1 }],
    ignoreLocation: true, ignoreDiacritics: true, threshold: 0.4,
  });
  const index = new Map(list.map((t, i) => [t.id, i]));
  return {
    ours: (q) => ours.search(q).slice(0, limit).map((h) => h.index),
    minisearch: (q) => mini.search(q).slice(0, limit).map((r) => index.get(r.id)),
    fuse: (q) => fuse.search(q, { limit }).map((r) => r.refIndex),
  };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
const fmt = (ms) => `${ms.toFixed(ms < 1 ? 3 : 2)} ms`;

function measure(run, queries) {
  const times = [];
  let top1 = 0;
  let top3 = 0;
  let top10 = 0;
  for (const { query, target } of queries) {
    const t0 = performance.now();
    const found = run(query);
    times.push(performance.now() - t0);
    const at = found.indexOf(target);
    if (at === 0) top1++;
    if (at >= 0 && at < 3) top3++;
    if (at >= 0) top10++;
  }
  times.sort((a, b) => a - b);
  const pct = (n) => `${((100 * n) / queries.length).toFixed(1)}%`;
  return { median: percentile(times, 50), p95: percentile(times, 95), top1: pct(top1), top3: pct(top3), top10: pct(top10) };
}

console.log(`\nSearch engines, minified + gzipped: ours ${(sizes.ours / 1024).toFixed(1)} KB, MiniSearch ${(sizes.minisearch / 1024).toFixed(1)} KB, Fuse.js ${(sizes.fuse / 1024).toFixed(1)} KB`);

const relevanceOnly = process.argv.includes('--relevance');
// `--scale`: skip the synthetic engine timings (slow on a busy machine), keep relevance and scale.
if (!relevanceOnly && !process.argv.includes('--scale')) syntheticBench();
function syntheticBench() {
const t0 = performance.now();
const synthetic = engines(entries);
console.log(`\nSynthetic catalogue: ${N} entries, ${words.length} distinct words; indexes built in ${fmt(performance.now() - t0)}`);
// Every prefix of each query, as the keystrokes of someone typing it.
const keystrokes = faulty.slice(0, 100).flatMap(({ query, target }) =>
  Array.from({ length: query.length }, (_, i) => ({ query: query.slice(0, i + 1), target })));
const rows = [];
for (const [name, run] of Object.entries(synthetic)) {
  for (let i = 0; i < 20; i++) run(faulty[i].query); // warm-up
  const f = measure(run, faulty);
  const k = measure(run, keystrokes);
  rows.push({ engine: name, 'faulty median': fmt(f.median), 'faulty p95': fmt(f.p95), 'keystroke median': fmt(k.median), 'keystroke p95': fmt(k.p95), 'recall@1': f.top1, 'recall@3': f.top3, 'recall@10': f.top10 });
}
console.log(`${faulty.length} faulty two-word queries (typo, missing/extra letter, swap, no accents, or the last word cut short), and their ${keystrokes.length} keystroke prefixes:`);
console.table(rows);
}

// ---------------------------------------------------------------- the real catalogue
// The relevance queries of the test suite (test/core/relevance-queries.ts): the expected entry must come first.
// precision@1: share of queries whose first result is the expected one; recall@3: share with it in the first three;
// results listed: everything the engine returns (the finder lists all of it, related ones included); "> 3 for one
// answer": queries with a single right answer (not marked broad) that list more than three entries.
function relevance(list, run) {
  const ids = list.map((t) => t.id);
  let p1 = 0;
  let r3 = 0;
  let listed = 0;
  let flooded = 0;
  const misses = [];
  for (const [query, expected, kind] of core.RELEVANCE_QUERIES) {
    const found = run(query).map((i) => ids[i]);
    const at = found.indexOf(expected);
    if (at === 0) p1++;
    else misses.push(`${query} → ${found[0] ?? '(nothing)'}`);
    if (at >= 0 && at < 3) r3++;
    listed += found.length;
    if (kind !== 'broad' && found.length > 3) {
      flooded++;
      misses.push(`${query}: ${found.length} listed`);
    }
  }
  const n = core.RELEVANCE_QUERIES.length;
  return {
    row: { 'precision@1': (p1 / n).toFixed(3), 'recall@3': (r3 / n).toFixed(3), 'mean results listed': (listed / n).toFixed(1), '> 3 for one answer': flooded },
    misses,
  };
}
const builtIn = core.BUILT_IN_CATALOGUE.tramites;
const real = engines(builtIn, [], Infinity);
// The finder's search engine comes on demand (as in a page): load it before measuring.
await core.loadSearchEngine?.();
const finder = new core.TramiteSearch(core.BUILT_IN_CATALOGUE);
const realIds = builtIn.map((t) => t.id);
// (`find` on a release without `listed`, to measure "before".)
const ourRelevance = relevance(builtIn, (q) => (finder.listed ?? finder.find).call(finder, q).map((t) => realIds.indexOf(t.id)));
const realRows = [{ engine: 'ours (the finder as shown)', ...ourRelevance.row }];
for (const [name, run] of Object.entries(real)) realRows.push({ engine: `${name} (title, keywords, summary)`, ...relevance(builtIn, run).row });
console.log(`\nBuilt-in catalogue (${builtIn.length} entries): ${core.RELEVANCE_QUERIES.length} relevance queries (test/core/relevance-queries.ts)`);
console.table(realRows);
if (ourRelevance.misses.length) console.log(`ours, first result not the expected one, or more than 3 listed for one answer:\n  ${ourRelevance.misses.join('\n  ')}`);
if (relevanceOnly) process.exit(0);

// ---------------------------------------------------------------- 5,000 real-like entries in Chromium
// The built-in entries (about 2 KB each, as real ones) repeated to 5,000, each with a few words of its own so the
// vocabulary grows as a real catalogue's does. Loaded through `src` as an editor would, from a local origin.
function realLike(n) {
  const base = core.BUILT_IN_CATALOGUE.tramites;
  return {
    version: 1,
    categories: core.BUILT_IN_CATALOGUE.categories,
    tramites: Array.from({ length: n }, (_, i) => {
      const t = structuredClone(base[i % base.length]);
      t.id = `${t.id}-${i}`;
      t.title.es = `${t.title.es} ${pick(words)} ${pick(words)}`;
      t.title.en = `${t.title.en} ${pick(words)}`;
      t.keywords.es = [...t.keywords.es, `${pick(words)} ${pick(words)}`];
      t.summary.es = `${t.summary.es} ${sentence(3, words)}`;
      return t;
    }),
  };
}
const big = JSON.stringify(realLike(N));
// `--trace`: a Chromium trace of each 5,000-entry load (build/bench/load-<n>x.json, for DevTools' Performance panel),
// and, for every main-thread task over 50 ms in it, what ran inside: trace events and sampled functions.
const TRACE = process.argv.includes('--trace');
// `--loads=N`: only the loading and indexing, N times at 1× and at 4× CPU (see below).
const LOADS = Number(process.argv.find((a) => a.startsWith('--loads='))?.split('=')[1] ?? 0);
// `--keys=N`: only the keystrokes (built-in and 5,000 entries), N runs of each, each run's ratio printed (p95s on a
// shared machine move with its load: one run says little). With `--trace` (main-thread thread time a keystroke, per
// trace event) or `--profile` (per function), the finder is typed into first and the bare field after, not taking
// turns: read those runs for where the time goes, the plain ones for the ratio.
const KEYS = Number(process.argv.find((a) => a.startsWith('--keys='))?.split('=')[1] ?? 0);
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute',
  'disabled-by-default-v8.cpu_profiler', 'disabled-by-default-v8.gc', 'blink.user_timing', 'loading', 'toplevel'];


const page = await build({
  stdin: { contents: "import './src/tramite-finder.ts';", resolveDir: root, loader: 'ts' },
  // package.json lists only dist/ files as having side effects; the sources register the element too.
  bundle: true, minify: !process.argv.includes('--profile') && !TRACE, format: 'esm', write: false, logLevel: 'silent', ignoreAnnotations: true, splitting: false,
});
writeFileSync(`${out}/finder.js`, page.outputFiles[0].text);
// A real HTTP server on the loopback, so the catalogue arrives as from any server: in network-sized chunks (request
// interception would hand the page all 10 MB at once). `localhost`: the finder loads catalogues from https addresses or
// from the local machine only.
const pages = {
  '/finder.js': ['text/javascript', page.outputFiles[0].text],
  '/catalogue.json': ['application/json', big],
  '/bare.html': ['text/html', '<!doctype html><html lang="es"><body><script type="module" src="/finder.js"></script></body></html>'],
  '/builtin.html': ['text/html', '<!doctype html><html lang="es"><body><cabildo-tramite-finder></cabildo-tramite-finder><script type="module" src="/finder.js"></script></body></html>'],
  '/big.html': ['text/html', `<!doctype html><html lang="es"><body><script>
    window.__long = [];
    window.__errors = [];
    document.addEventListener('cabildo-error', (e) => window.__errors.push(e.detail.message));
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  </script><cabildo-tramite-finder src="/catalogue.json" timeout="120000"></cabildo-tramite-finder><script type="module" src="/finder.js"></script></body></html>`],
};
const server = createServer((request, response) => {
  const found = pages[new URL(request.url, 'http://localhost').pathname];
  response.writeHead(found ? 200 : 404, { 'Content-Type': found ? found[0] : 'text/plain' });
  response.end(found ? found[1] : '');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const ORIGIN = `http://localhost:${server.address().port}`;
const { executablePath } = await resolveBrowser();
// No protocol timeout: on a busy machine one page call may wait minutes; the waits below have their own limits.
const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, protocolTimeout: 0 });
async function open(path, trace = false) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 412, height: 823 });
  // Without `--trace`, only tasks and requests (no CPU sampling): a lighter trace, for the tasks' running time.
  if (trace) await tab.tracing.start({ categories: TRACE ? TRACE_CATEGORIES : ['devtools.timeline', 'toplevel', 'loading'] });
  await tab.goto(`${ORIGIN}${path}`);
  await tab.waitForFunction(() => customElements.get('cabildo-tramite-finder'));
  return tab;
}
async function heapMB(tab) {
  const cdp = await tab.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1e6;
}
/** Types the faulty queries into the finder and into a bare field beside it; keydown → next frame painted. */
async function keystrokes(tab, queries, only = null) {
  await tab.evaluate(() => {
    const el = document.querySelector('cabildo-tramite-finder');
    window.__latencies = { paint: [], control: [] };
    const watch = (input, update, list) => {
      let pressed = 0;
      input.addEventListener('keydown', (e) => (pressed = e.timeStamp), true);
      input.addEventListener('input', async () => {
        const start = pressed;
        pressed = 0;
        if (!start) return; // the field cleared by script between queries
        await update();
        // The first task after the next frame runs once that frame has painted.
        requestAnimationFrame(() => setTimeout(() => list.push(performance.now() - start)));
      });
    };
    watch(el.shadowRoot.querySelector('#q'), () => el.updateComplete, window.__latencies.paint);
    // Control: a bare field with no work at all, measured the same way: what waiting for the next frame costs alone.
    document.querySelector('#control')?.remove();
    const control = document.createElement('input');
    control.id = 'control';
    document.body.append(control);
    watch(control, async () => {}, window.__latencies.control);
  });
  const input = await tab.evaluateHandle(() => document.querySelector('cabildo-tramite-finder').shadowRoot.querySelector('#q'));
  const control = await tab.$('#control');
  for (const query of queries) {
    for (const target of only === 'finder' ? [input] : only === 'bare' ? [control] : [input, control]) {
      await target.focus();
      await tab.keyboard.type(query, { delay: 40 });
      await tab.evaluate((el) => { el.value = ''; el.dispatchEvent(new Event('input')); }, target);
      await new Promise((r) => setTimeout(r, 60));
    }
  }
  const { paint, control: bare } = await tab.evaluate(() => window.__latencies);
  for (const list of [paint, bare]) list.sort((a, b) => a - b);
  return { paint, bare };
}
try {
  const blank = await open('/bare.html');
  const baseHeap = await heapMB(blank);
  await blank.close();

  /** Opens the 5,000-entry page, waits until it is loaded and, after a first focus, indexed; `cpu`: slowdown factor. */
  async function loadBig(cpu = 1) {
    const t0 = performance.now();
    const tab = await open('/big.html', true);
    if (cpu > 1) await (await tab.createCDPSession()).send('Emulation.setCPUThrottlingRate', { rate: cpu });
    // Loaded, or failed (then say why instead of waiting for ever).
    await tab.waitForFunction((n) => {
      const el = document.querySelector('cabildo-tramite-finder');
      return el.results.length === n || el.shadowRoot.querySelector('[role="alert"]');
    }, { timeout: 600_000, polling: 250 }, N);
    const failed = await tab.evaluate(() => document.querySelector('cabildo-tramite-finder').shadowRoot.querySelector('[role="alert"]') && window.__errors.join(' '));
    if (failed) throw new Error(`the ${N}-entry catalogue did not load: ${failed}`);
    const loadedAt = performance.now() - t0;
    // First use: focus builds the index (in slices); wait until it is complete.
    await tab.evaluate(() => document.querySelector('cabildo-tramite-finder').shadowRoot.querySelector('#q').focus());
    await tab.waitForFunction(() => document.querySelector('cabildo-tramite-finder').finder.indexed, { timeout: 600_000, polling: 100 });
    const indexedAt = performance.now() - t0;
    // Tasks that began before the catalogue was requested are the page's start (the script, the first render), not
    // loading or indexing: reported apart.
    const { long, start } = await tab.evaluate(() => {
      const request = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/catalogue.json'));
      const at = request ? request.startTime : 0;
      const sorted = (list) => list.map(([, d]) => d).sort((a, b) => b - a);
      return { long: sorted(window.__long.filter(([t]) => t >= at)), start: sorted(window.__long.filter(([t]) => t < at)) };
    });
    // From the trace: how long each of those tasks really ran (thread time). On a shared machine a task's length also
    // counts the time the OS gave its core to other processes (and, at 4×, the pauses that emulate a slower CPU).
    let running = [];
    {
      const trace = JSON.parse(Buffer.from(await tab.tracing.stop()).toString());
      const found = longTasks(trace, { over: 50, fromMatch: true });
      running = found.tasks.map((t) => t.cpu).sort((a, b) => b - a);
      if (TRACE) {
        writeFileSync(`${out}/load-${cpu}x.json`, JSON.stringify(trace));
        console.log(`\nTrace of the ${N}-entry load at ${cpu}× CPU (build/bench/load-${cpu}x.json), main-thread tasks over 50 ms from the request on:\n${found.report}`);
      }
    }
    return { tab, loadedAt, indexedAt, long, start, running };
  }
  const longText = (long) => `${long.filter((d) => d > 50).length} (longest ${fmt(long[0] ?? 0)}; all: ${long.map((d) => d.toFixed(0)).join(', ') || 'none'})`;
  // `--loads=N`: only the loading and indexing, N times at 1× and at 4× CPU: the longest task of each run, its
  // median and maximum (the machine is shared: one run says little).
  const runningText = (running) => `${running.filter((d) => d > 50).length} of them ran over 50 ms (${running.map((d) => d.toFixed(0)).join(', ') || 'none'})`;
  if (LOADS) {
    for (const cpu of [1, 4]) {
      const longest = [];
      const longestRunning = [];
      for (let run = 0; run < LOADS; run++) {
        const result = await loadBig(cpu);
        await result.tab.close();
        longest.push(result.long[0] ?? 0);
        longestRunning.push(result.running[0] ?? 0);
        console.log(`${cpu}× run ${run + 1}: tasks over 50 ms from the request on ${longText(result.long)}; ${runningText(result.running)}; before the request ${longText(result.start)}; loaded ${(result.loadedAt / 1000).toFixed(1)} s, indexed ${(result.indexedAt / 1000).toFixed(1)} s; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
      }
      for (const list of [longest, longestRunning]) list.sort((a, b) => a - b);
      console.log(`${cpu}× over ${LOADS} runs: longest task per run median ${fmt(percentile(longest, 50))}, max ${fmt(longest.at(-1))}; longest running time in a task median ${fmt(percentile(longestRunning, 50))}, max ${fmt(longestRunning.at(-1))}`);
    }
    process.exit(0);
  }
  const row = (name, { paint, bare }) => ({
    catalogue: name,
    keystrokes: paint.length,
    'finder p50': fmt(percentile(paint, 50)),
    'finder p95': fmt(percentile(paint, 95)),
    'bare <input> p50': fmt(percentile(bare, 50)),
    'bare <input> p95': fmt(percentile(bare, 95)),
    'p95 ratio (target ≤ 1.25)': (percentile(paint, 95) / percentile(bare, 95)).toFixed(2),
  });
  const builtinName = `built-in (${core.BUILT_IN_CATALOGUE.tramites.length} entries)`;
  const builtinQueries = core.RELEVANCE_QUERIES.slice(0, 25).map(([q]) => q);
  const bigQueries = faulty.slice(0, 25).map((f) => f.query);
  /** With `--trace`: what the renderer's main thread did while typing, per trace event, in ms a keystroke. */
  async function typed(tab, name, queries) {
    if (process.argv.includes('--profile')) return profiled(tab, name, queries);
    if (!TRACE) return keystrokes(tab, queries);
    await tab.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8'] });
    const times = await keystrokes(tab, queries, 'finder');
    const events = JSON.parse(Buffer.from(await tab.tracing.stop()).toString()).traceEvents;
    const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain');
    const count = (m) => events.filter((e) => e.pid === m.pid && e.tid === m.tid).length;
    const main = mains.sort((a, b) => count(b) - count(a))[0];
    const byName = new Map();
    for (const e of events) {
      if (e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !e.dur) continue;
      byName.set(e.name, (byName.get(e.name) ?? 0) + (e.tdur ?? e.dur) / 1000);
    }
    const n = times.paint.length;
    console.log(`${name}: the renderer's main thread while typing into the finder, thread ms a keystroke over ${n} (nested events also in their parents):`);
    for (const [key, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`  ${(ms / n).toFixed(2).padStart(7)}  ${key}`);
    // The bare field's keystrokes after, untraced.
    return { paint: times.paint, bare: (await keystrokes(tab, queries, 'bare')).bare };
  }
  /** With `--profile`: where the finder's keystrokes' time goes (self time per function, sampled by Chromium). */
  async function profiled(tab, name, queries) {
    const profiler = await tab.createCDPSession();
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.setSamplingInterval', { interval: 100 });
    await profiler.send('Profiler.start');
    const { paint } = await keystrokes(tab, queries, 'finder');
    const { profile } = await profiler.send('Profiler.stop');
    const self = new Map();
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, i) => {
      const { functionName, url, lineNumber } = byId.get(id).callFrame;
      const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    console.log(`\n${name}: the finder's ${paint.length} keystrokes, self time per function (ms a keystroke):`);
    for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${(ms / paint.length).toFixed(3).padStart(7)}  ${key}`);
    return { paint, bare: (await keystrokes(tab, queries, 'bare')).bare };
  }
  if (KEYS) {
    const rows = [];
    for (let run = 1; run <= KEYS; run++) {
      const loaded = await loadBig();
      rows.push({ run, ...row(`${N} real-like entries`, await typed(loaded.tab, `${N} entries`, bigQueries)) });
      await loaded.tab.close();
      const builtinTab = await open('/builtin.html');
      rows.push({ run, ...row(builtinName, await typed(builtinTab, builtinName, builtinQueries)) });
      await builtinTab.close();
      console.log(`run ${run} done; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    }
    console.log('\nKeystroke → next frame painted, finder beside a bare <input> in the same page and run:');
    console.table(rows);
    process.exit(0);
  }
  const { tab, loadedAt, indexedAt, long, start, running } = await loadBig();
  const heap = await heapMB(tab);
  // `--profile`: where the keystrokes' time goes on 5,000 entries (self time per function, sampled by Chromium).
  const bigTimes = process.argv.includes('--profile') ? await profiled(tab, `${N} entries`, bigQueries) : await keystrokes(tab, bigQueries);
  await tab.close();
  // The same at 4× CPU slowdown (a mid-range phone): only the long tasks are of interest here.
  const slow = await loadBig(4);
  await slow.tab.close();

  const builtinTab = await open('/builtin.html');
  const builtinTimes = await keystrokes(builtinTab, builtinQueries);
  await builtinTab.close();

  console.log(`\nScale: ${N} real-like entries (${(big.length / 1e6).toFixed(1)} MB of JSON) through src, Chromium headless, 412 px:`);
  console.table([
    { measure: 'loaded and validated (wall clock, busy machine)', value: `${(loadedAt / 1000).toFixed(1)} s` },
    { measure: 'indexed after first focus (wall clock)', value: `${(indexedAt / 1000).toFixed(1)} s` },
    { measure: 'main-thread tasks over 50 ms while loading and indexing (target: none)', value: `${longText(long)}; ${runningText(running)}` },
    { measure: '… before the catalogue was requested (the script and first render)', value: longText(start) },
    { measure: 'the same at 4× CPU slowdown, from the request on (loaded / indexed)', value: `${longText(slow.long)}; ${runningText(slow.running)}; ${(slow.loadedAt / 1000).toFixed(1)} s / ${(slow.indexedAt / 1000).toFixed(1)} s` },
    { measure: 'JS heap once indexed (after GC; target ≤ 20 MB)', value: `${heap.toFixed(1)} MB (a page with the script and no finder: ${baseHeap.toFixed(1)} MB)` },
  ]);
  console.log('\nKeystroke → next frame painted, finder beside a bare <input> in the same page and run:');
  console.table([row(builtinName, builtinTimes), row(`${N} real-like entries`, bigTimes)]);
} finally {
  await browser.close();
  server.close();
}
