// A real page on a real phone: how the widgets behave together on a page, as a citizen gets it.
//
// Pages: the demo's production build (vite build) and a CMS-like article (test/pages/article.html: text, the hours
// badge in the header, the finder, the contact card, the week table, the survey and the floating WhatsApp button, each
// with the fallback content the editor guides give) loaded through the autoloader and through the all-in-one file.
//
// Figures, per page:
// - CLS: every layout-shift entry from navigation start (PerformanceObserver, buffered), summed (an upper bound of
//   Google's session-window CLS), at 412×823 (touch) and 1280×800, loading over a slow connection (150 ms, 1.6 Mbit/s)
//   with 4× CPU slowdown so that the page paints before the widgets' code arrives, as on a phone;
// - covered controls: at 360×760 and 390×844 (touch) and 640×400 (a 1280×800 laptop at 200 % zoom), with the office
//   staffed and out of hours, the page is scrolled from top to bottom and every link, button and field of the page
//   whose centre is in view is hit-tested with elementFromPoint: a centre under the floating button counts as covered;
//   the button's area is the largest share of the viewport it takes while scrolling (1280×800 too);
// - long tasks: a trace of the demo loading at 4× CPU slowdown; every main-thread task over 50 ms, total blocking time,
//   and where the JavaScript time inside them went (self time per original source file, through the source maps);
// - Lighthouse (npm package, mobile preset, the same headless Chromium): performance, accessibility, best practices.
//
// Usage: node scripts/perf.mjs [--check] [--baseline=<git ref>] [--no-lighthouse] [--no-long-tasks]
//   (after npm run build; the demo is built here). --baseline builds that commit in a temporary folder and measures it
//   in the same run, printed side by side. --check exits 1 when a page shifts by more than 0.01, a control is covered or
//   the button takes more than 5 % of a viewport (the current tree only).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { SourceMapConsumer } from 'source-map-js';
import { resolveBrowser, CHROMIUM_ARGS } from './browser.mjs';
import { serveStatic } from './static-server.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const CHECK = flag('check');
// --only=cls,cover,fallback,long-tasks,lighthouse measures just those (for working on one figure).
const ONLY = option('only')?.split(',');
const wanted = (name) => !ONLY || ONLY.includes(name);
const LIGHTHOUSE = !flag('no-lighthouse') && wanted('lighthouse');
const LONG_TASKS = !flag('no-long-tasks') && wanted('long-tasks');
const BASELINE = option('baseline');
const ROOT = resolve('.');

if (!existsSync('dist/cdn/cabildo-widgets.js') || !existsSync('dist/cdn/autoloader.js')) {
  console.error('perf: dist/cdn not found; run npm run build first.');
  process.exit(1);
}

const run = (cmd, argv, cwd) => execFileSync(cmd, argv, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });

/** Builds the demo (with source maps, for the long-task attribution) into <dir>/build/perf-demo. */
function buildDemo(dir) {
  run(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error', '--sourcemap', '--outDir', 'build/perf-demo', '--emptyOutDir'], dir);
  return join(dir, 'build/perf-demo');
}

/** The commit `ref` in a temporary folder (sharing this tree's node_modules), with its CDN files and demo built. */
function buildBaseline(ref) {
  const dir = mkdtempSync(join(tmpdir(), 'cabildo-perf-'));
  execFileSync('bash', ['-c', `git archive ${JSON.stringify(ref)} | tar -x -C ${JSON.stringify(dir)}`]);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  run(join(ROOT, 'node_modules/.bin/rollup'), ['-c', 'rollup.config.js', '--silent'], dir);
  return { dir, cdn: join(dir, 'dist/cdn'), demo: buildDemo(dir) };
}

const builds = [];
if (BASELINE) {
  console.log(`perf: building ${BASELINE} (baseline)…`);
  builds.push({ name: `before (${BASELINE})`, ...buildBaseline(BASELINE) });
}
console.log('perf: building the demo…');
builds.push({ name: BASELINE ? 'after (this tree)' : 'this tree', current: true, cdn: resolve('dist/cdn'), demo: buildDemo(ROOT) });

const article = readFileSync('test/pages/article.html', 'utf8');

/** One server per build: the demo at /, the article pages, the build's CDN files at /cdn/. */
async function serve(build) {
  return serveStatic(build.demo, {
    mounts: { '/cdn/': build.cdn, '/pages/': 'test/pages' },
    async handle(req, res) {
      const path = new URL(req.url, 'http://x').pathname;
      if (path === '/api/survey') {
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end('{}');
        return true;
      }
      const pages = {
        '/article-cdn.html': article,
        '/article-autoloader.html': article.replace('/cdn/cabildo-widgets.js', '/cdn/autoloader.js'),
        '/article-missing.html': article.replace('/cdn/cabildo-widgets.js', '/cdn/no-such-file.js'),
        '/article-csp-blocked.html': article,
      };
      if (!(path in pages)) return false;
      const csp = path === '/article-csp-blocked.html' ? { 'content-security-policy': "script-src 'none'" } : {};
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...csp });
      res.end(pages[path]);
      return true;
    },
  });
}

const PAGES = [
  { id: 'demo', path: '/' },
  { id: 'article, autoloader', path: '/article-autoloader.html' },
  { id: 'article, all-in-one', path: '/article-cdn.html' },
];
const PHONE = (width, height) => ({ width, height, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
const DESKTOP = (width, height, zoom = 1) => ({ width, height, deviceScaleFactor: zoom, isMobile: false, hasTouch: false });
const CLS_VIEWPORTS = { '412×823': PHONE(412, 823), '1280×800': DESKTOP(1280, 800) };
const COVER_VIEWPORTS = {
  '360×760': PHONE(360, 760),
  '390×844': PHONE(390, 844),
  '640×400 (1280×800 at 200 %)': DESKTOP(640, 400, 2),
  '1280×800': DESKTOP(1280, 800),
};
// A Monday in the staffed hours and the same evening (Canary time is UTC in winter).
const STATES = { staffed: '2026-12-07T10:00:00Z', 'out of hours': '2026-12-07T20:00:00Z' };
const TAGS = ['cabildo-opening-hours', 'cabildo-tramite-finder', 'cabildo-contact-card', 'cabildo-satisfaction-survey', 'cabildo-whatsapp-button'];

const { executablePath } = await resolveBrowser();
const browser = await puppeteer.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, '--remote-debugging-port=0'] });

/** Waits until every widget on the page is defined and rendered, the network is quiet and two frames have passed. */
async function settle(page) {
  await page.waitForFunction(
    (tags) => tags.every((tag) => [...document.querySelectorAll(tag)].every((el) => customElements.get(tag) && el.shadowRoot)),
    { timeout: 60_000 }, TAGS,
  );
  await page.evaluate((tags) => Promise.all(tags.flatMap((tag) => [...document.querySelectorAll(tag)].map((el) => el.updateComplete))), TAGS);
  await page.waitForNetworkIdle({ idleTime: 500, timeout: 60_000 }).catch(() => {});
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

async function measureCls(origin, path, viewport) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluateOnNewDocument(() => {
    const describe = (node) => {
      if (!node) return '?';
      const el = node.nodeType === 1 ? node : node.parentElement;
      if (!el) return '#text';
      const host = el.getRootNode() instanceof ShadowRoot ? `${el.getRootNode().host.localName} › ` : '';
      return `${host}${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    };
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        window.__shifts.push({
          value: entry.value,
          at: Math.round(entry.startTime),
          sources: entry.sources.map((s) => `${describe(s.node)} ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}`),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(origin + path, { waitUntil: 'load', timeout: 120_000 });
  await settle(page);
  const shifts = await page.evaluate(() => window.__shifts);
  // Each widget's final height, in rem: what the reserved-space rules must give it on this page at this width.
  const heights = await page.evaluate((tags) => tags.flatMap((tag) => [...document.querySelectorAll(tag)]
    .filter((el) => getComputedStyle(el).position !== 'fixed')
    .map((el) => `${tag.slice(8)}${el.getAttribute('variant') ? `[${el.getAttribute('variant')}]` : ''} ${(el.getBoundingClientRect().height / 16).toFixed(2)}rem`)), TAGS);
  await page.close();
  return { cls: shifts.reduce((sum, s) => sum + s.value, 0), shifts, heights };
}

/** Scrolls the page and hit-tests every control's centre; runs in the page. */
function coverScan() {
  const launcher = document.querySelector('cabildo-whatsapp-button');
  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link], [tabindex]:not([tabindex="-1"])';
  const controls = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches(selector) && !launcher.contains(el) && el !== launcher) controls.push(el);
      if (el.shadowRoot && el !== launcher) visit(el.shadowRoot);
    }
  };
  visit(document);
  const deepHit = (x, y) => {
    let hit = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return hit;
  };
  const covered = new Map();
  let maxArea = 0;
  const vw = innerWidth;
  const vh = innerHeight;
  const step = Math.max(100, Math.floor(vh / 3));
  const end = document.documentElement.scrollHeight - vh;
  for (let y = 0; ; y = Math.min(end, y + step)) {
    window.scrollTo(0, y);
    // The launcher's visible parts (link or round button, QR button, privacy chip, greeting), clipped to the viewport.
    const parts = [...launcher.shadowRoot.querySelectorAll('.launcher, .qr-button, .privacy, .bubble')].filter((p) => !p.closest('dialog'));
    const area = parts.reduce((sum, part) => {
      const box = part.getBoundingClientRect();
      const w = Math.max(0, Math.min(box.right, vw) - Math.max(box.left, 0));
      const h = Math.max(0, Math.min(box.bottom, vh) - Math.max(box.top, 0));
      return sum + w * h;
    }, 0);
    maxArea = Math.max(maxArea, area / (vw * vh));
    for (const el of controls) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      if (cx < 0 || cy < 0 || cx >= vw || cy >= vh) continue;
      const hit = deepHit(cx, cy);
      let node = hit;
      while (node && node !== launcher) node = node.parentNode ?? node.host;
      if (node === launcher) {
        const host = el.getRootNode() instanceof ShadowRoot ? `${el.getRootNode().host.localName} › ` : '';
        covered.set(el, `${host}<${el.localName}> “${(el.getAttribute('aria-label') ?? el.textContent ?? el.name ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}”`);
      }
    }
    if (y >= end) break;
  }
  window.scrollTo(0, 0);
  return { covered: [...covered.values()], maxArea, launcher: `${Math.round(launcher.getBoundingClientRect().width)}×${Math.round(launcher.getBoundingClientRect().height)}` };
}

async function measureCover(origin, path, viewport, now) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  await page.goto(origin + path, { waitUntil: 'load' });
  await settle(page);
  await page.evaluate(async (instant) => {
    const button = document.querySelector('cabildo-whatsapp-button');
    button.setAttribute('now', instant);
    await button.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }, now);
  const result = await page.evaluate(coverScan);
  await page.close();
  return result;
}

/** The browser's own steps of a frame: a task made mostly of these is rendering, not script. */
const RENDERING = new Set(['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'Commit', 'Layerize', 'UpdateLayer', 'CompositeLayers', 'RasterTask']);

/** Long tasks of a page load at 4× CPU slowdown, from a trace, with JavaScript self time per original source file. */
async function measureLongTasks(origin, path, build) {
  const page = await browser.newPage();
  await page.setViewport(PHONE(412, 823));
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await cdp.send('Profiler.start');
  await page.goto(origin + path, { waitUntil: 'load' });
  await settle(page);
  const { profile } = await cdp.send('Profiler.stop');
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
  await page.close();

  const events = trace.traceEvents;
  const main = events.find((e) => e.name === 'TracingStartedInBrowser')?.args?.data?.frames?.find((f) => !f.parent);
  const rendererPid = main?.processId ?? events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.pid;
  const mainTid = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === rendererPid)?.tid;
  const tasks = events
    .filter((e) => e.pid === rendererPid && e.tid === mainTid && e.ph === 'X' && e.name === 'RunTask' && e.dur > 50_000)
    .map((e) => ({ start: e.ts, end: e.ts + e.dur, ms: e.dur / 1000 }));

  // Self time of each sample, attributed to the original source of its leaf frame (source maps of the built files).
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const maps = new Map();
  const mapFor = (url) => {
    if (!url.startsWith(origin)) return null;
    if (!maps.has(url)) {
      const file = new URL(url).pathname;
      const local = file.startsWith('/cdn/') ? join(build.cdn, file.slice(5)) : join(build.demo, file);
      maps.set(url, existsSync(`${local}.map`) ? new SourceMapConsumer(JSON.parse(readFileSync(`${local}.map`, 'utf8'))) : null);
    }
    return maps.get(url);
  };
  const where = (frame) => {
    if (!frame.url) return frame.functionName ? `(${frame.functionName})` : '(program/GC)';
    const map = mapFor(frame.url);
    if (!map) return frame.url.replace(origin, '');
    const pos = map.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
    if (!pos.source) return frame.url.replace(origin, '');
    return pos.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '');
  };
  const perSource = new Map();
  const perFunction = new Map();
  let t = profile.startTime;
  let jsInTasks = 0;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i];
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (!tasks.some((task) => t >= task.start && t < task.end)) return;
    const frame = nodes.get(id).callFrame;
    if (frame.functionName === '(idle)') return;
    const key = where(frame);
    perSource.set(key, (perSource.get(key) ?? 0) + dt);
    if (process.env.PERF_FUNCTIONS) perFunction.set(`${key} ${frame.functionName}`, (perFunction.get(`${key} ${frame.functionName}`) ?? 0) + dt);
    jsInTasks += dt;
  });
  const top = [...perSource].sort((a, b) => b[1] - a[1]).slice(0, 8);
  if (process.env.PERF_FUNCTIONS) console.log([...perFunction].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(0)} ${k}`).join('\n'));
  // What each long task was busy with: the trace events directly inside it, summed by name, and its JavaScript by source.
  const t0 = events.find((e) => e.name === 'navigationStart' && e.pid === rendererPid)?.ts ?? tasks[0]?.start ?? 0;
  const inside = events.filter((e) => e.pid === rendererPid && e.tid === mainTid && e.ph === 'X' && e.name !== 'RunTask' && e.dur);
  for (const task of tasks) {
    const children = inside.filter((e) => e.ts >= task.start && e.ts + e.dur <= task.end);
    const top = children.filter((e) => !children.some((p) => p !== e && p.ts <= e.ts && p.ts + p.dur >= e.ts + e.dur && p.dur > e.dur));
    const byName = new Map();
    for (const e of top) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
    task.what = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(', ');
    // A rendering task spends most of its time in the browser's style, layout and paint steps; the others run script.
    const rendering = [...byName].filter(([n]) => RENDERING.has(n)).reduce((sum, [, ms]) => sum + ms, 0);
    task.rendering = rendering;
    task.at = (task.start - t0) / 1000;
    const js = new Map();
    let st = profile.startTime;
    profile.samples.forEach((id, i) => {
      st += profile.timeDeltas[i];
      if (st < task.start || st >= task.end) return;
      const frame = nodes.get(id).callFrame;
      if (frame.functionName === '(idle)') return;
      const key = where(frame);
      js.set(key, (js.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
    });
    task.js = [...js].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(', ');
    // The page's own JavaScript (its files, Lit, the widgets; not the engine's '(program)' or GC time) and module
    // evaluation: a task made a third of these is the page's script; else rendering, or the browser's own (parsing, GC).
    const pageJs = [...js].filter(([n]) => !n.startsWith('(')).reduce((sum, [, ms]) => sum + ms, 0) + (byName.get('v8.evaluateModule') ?? 0);
    task.kind = task.rendering >= task.ms / 2 ? 'rendering' : pageJs >= task.ms / 3 ? 'script' : 'browser';
  }
  const script = tasks.filter((task) => task.kind === 'script');
  return {
    scriptCount: script.length,
    scriptLongest: Math.max(0, ...script.map((task) => task.ms)),
    renderingCount: tasks.filter((task) => task.kind === 'rendering').length,
    count: tasks.length,
    longest: Math.max(0, ...tasks.map((task) => task.ms)),
    tbt: tasks.reduce((sum, task) => sum + task.ms - 50, 0),
    top,
    jsInTasks,
    tasks,
  };
}

/** The article without its widgets' code: every tag must show the fallback content the editor pasted inside it. */
async function measureFallback(origin, path, javaScript) {
  const page = await browser.newPage();
  await page.setViewport(PHONE(360, 760));
  await page.setJavaScriptEnabled(javaScript);
  await page.goto(origin + path, { waitUntil: 'load' });
  const result = await page.evaluate((tags) => tags.flatMap((tag) => [...document.querySelectorAll(tag)].map((el) => {
    const box = el.getBoundingClientRect();
    const links = [...el.querySelectorAll('a[href]')].filter((a) => a.getBoundingClientRect().width > 0);
    return { tag, shown: box.height > 0 && el.innerText.trim().length > 0, links: links.length, defined: Boolean(customElements.get(tag)) };
  })), TAGS);
  await page.close();
  return result;
}

async function lighthouseScores(url) {
  const { default: lighthouse } = await import('lighthouse');
  const port = Number(new URL(browser.wsEndpoint()).port);
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
  const { categories, audits } = result.lhr;
  const failing = Object.values(categories)
    .filter((c) => c.id !== 'performance')
    .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0 && audits[r.id].score !== null && audits[r.id].score < 1).map((r) => r.id));
  return {
    performance: Math.round(categories.performance.score * 100),
    accessibility: Math.round(categories.accessibility.score * 100),
    'best-practices': Math.round(categories['best-practices'].score * 100),
    cls: audits['cumulative-layout-shift'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
    lcp: audits['largest-contentful-paint'].numericValue,
    lcpElement: audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? '?',
    fcp: audits['first-contentful-paint'].numericValue,
    speedIndex: audits['speed-index'].numericValue,
    failing,
  };
}

const results = [];
const failures = [];
for (const build of builds) {
  const server = await serve(build);
  const r = { build, cls: {}, cover: {}, longTasks: {}, lighthouse: {} };
  results.push(r);
  try {
    for (const { id, path } of wanted('cls') ? PAGES : []) {
      for (const [vpName, viewport] of Object.entries(CLS_VIEWPORTS)) {
        const m = await measureCls(server.url, path, viewport);
        r.cls[`${id} @ ${vpName}`] = m;
        if (build.current && m.cls > 0.01) failures.push(`CLS ${m.cls.toFixed(3)} on ${id} @ ${vpName}: ${m.shifts.flatMap((s) => s.sources).slice(0, 4).join('; ')}`);
      }
    }
    for (const { id, path } of wanted('cover') ? PAGES.filter((p) => p.id !== 'article, autoloader') : []) {
      for (const [vpName, viewport] of Object.entries(COVER_VIEWPORTS)) {
        for (const [state, now] of Object.entries(STATES)) {
          const m = await measureCover(server.url, path, viewport, now);
          r.cover[`${id} @ ${vpName}, ${state}`] = m;
          if (build.current && m.covered.length > 0) failures.push(`${m.covered.length} controls covered on ${id} @ ${vpName}, ${state}: ${m.covered.slice(0, 3).join('; ')}`);
          if (build.current && m.maxArea > 0.05) failures.push(`the button takes ${(m.maxArea * 100).toFixed(1)} % of ${vpName} on ${id}, ${state}`);
        }
      }
    }
    if (wanted('fallback')) r.fallback = {
      'JavaScript off': await measureFallback(server.url, '/article-cdn.html', false),
      'script URL failing (404)': await measureFallback(server.url, '/article-missing.html', true),
      "script blocked by the page's CSP": await measureFallback(server.url, '/article-csp-blocked.html', true),
    };
    for (const [mode, widgets] of Object.entries(r.fallback ?? {})) {
      const missing = widgets.filter((w) => !w.shown || w.links + (w.tag === 'cabildo-opening-hours' ? 1 : 0) === 0);
      if (build.current && missing.length) failures.push(`${mode}: no fallback content shown by ${missing.map((w) => w.tag).join(', ')}`);
    }
    if (LONG_TASKS) r.longTasks.demo = await measureLongTasks(server.url, '/', build);
    if (LIGHTHOUSE) {
      for (const { id, path } of PAGES) r.lighthouse[id] = await lighthouseScores(server.url + path);
    }
  } finally {
    await server.close();
  }
}
await browser.close();
for (const build of builds) if (build.dir) rmSync(build.dir, { recursive: true, force: true });

// Report: one table per figure, a column per build.
const names = results.map((r) => r.build.name);
const table = (title, rows) => {
  console.log(`\n${title}\n| | ${names.join(' | ')} |\n|---|${names.map(() => '---').join('|')}|`);
  for (const [label, cells] of rows) console.log(`| ${label} | ${cells.join(' | ')} |`);
};
if (wanted('cls')) table('CLS (sum of all layout shifts from navigation start; slow 4G, 4× CPU)', Object.keys(results[0].cls).map((k) => [k, results.map((r) => r.cls[k].cls.toFixed(3))]));
if (wanted('cover')) table('Controls of the page under the floating button while scrolling (count) · largest share of the viewport it takes', Object.keys(results[0].cover).map((k) => [k, results.map((r) => `${r.cover[k].covered.length} · ${(r.cover[k].maxArea * 100).toFixed(1)} % (${r.cover[k].launcher})`)]));
if (wanted('fallback')) table('Fallback content on the article without the widgets\' code, at 360×760: widgets showing it (links usable)', Object.keys(results[0].fallback).map((k) => [k, results.map((r) => {
  const widgets = r.fallback[k];
  return `${widgets.filter((w) => w.shown).length}/${widgets.length} (${widgets.reduce((n, w) => n + w.links, 0)} links)`;
})]));
if (LONG_TASKS) {
  table('Long tasks loading the demo at 4× CPU slowdown (trace)', [
    ['tasks over 50 ms', results.map((r) => String(r.longTasks.demo.count))],
    ['of which script (module evaluation, first renders, handlers)', results.map((r) => String(r.longTasks.demo.scriptCount))],
    ['of which rendering (style, layout, paint)', results.map((r) => String(r.longTasks.demo.renderingCount))],
    ['longest script task (ms)', results.map((r) => r.longTasks.demo.scriptLongest.toFixed(0))],
    ['longest (ms)', results.map((r) => r.longTasks.demo.longest.toFixed(0))],
    ['total blocking time (ms)', results.map((r) => r.longTasks.demo.tbt.toFixed(0))],
    ['JavaScript inside them (ms)', results.map((r) => r.longTasks.demo.jsInTasks.toFixed(0))],
  ]);
  for (const r of results) {
    console.log(`\nSelf time inside long tasks by source, ${r.build.name}:`);
    for (const [source, ms] of r.longTasks.demo.top) console.log(`  ${ms.toFixed(0).padStart(5)} ms  ${source}`);
    console.log(`Each long task of ${r.build.name} (ms from navigation start, duration; trace events inside; JavaScript by source):`);
    for (const task of r.longTasks.demo.tasks) console.log(`  at ${task.at.toFixed(0)} ms, ${task.ms.toFixed(0)} ms, ${task.kind}: ${task.what} | ${task.js}`);
  }
}
if (LIGHTHOUSE) {
  table('Lighthouse 12, mobile preset: performance / accessibility / best practices (CLS, TBT ms, LCP ms)', PAGES.map(({ id }) => [id, results.map((r) => {
    const l = r.lighthouse[id];
    return `${l.performance} / ${l.accessibility} / ${l['best-practices']} (${l.cls.toFixed(3)}, ${l.tbt.toFixed(0)}, ${l.lcp.toFixed(0)})`;
  })]));
  for (const r of results) {
    for (const { id } of PAGES) {
      const l = r.lighthouse[id];
      console.log(`  ${r.build.name}, ${id}: FCP ${l.fcp.toFixed(0)} ms, Speed Index ${l.speedIndex.toFixed(0)} ms, LCP element ${l.lcpElement.slice(0, 100)}`);
    }
    for (const { id } of PAGES) if (r.lighthouse[id].failing.length) console.log(`  ${r.build.name}, ${id}: failing audits ${r.lighthouse[id].failing.join(', ')}`);
  }
}
console.log('\nFinal widget heights on this tree (for the reserved-space rules):');
for (const [k, m] of Object.entries(results.at(-1).cls)) console.log(`  ${k}: ${m.heights.join(', ')}`);
console.log('\nLayout shifts of this tree (value, ms from navigation start, what moved):');
for (const [k, m] of Object.entries(results.at(-1).cls)) {
  for (const s of m.shifts) console.log(`  ${k}: ${s.value.toFixed(4)} at ${s.at} ms — ${s.sources.join('; ')}`);
}

if (CHECK) {
  if (failures.length) {
    console.error(`\nperf --check: ${failures.length} problem(s):\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
  console.log('\nperf --check: no layout shift above 0.01, no control covered, the button under 5 % of every viewport.');
}
