// Two things a visitor notices before any widget is used, measured in headless Chromium on a throttled connection:
//
// 1. The right language from the first frame: an English page (<html lang="en">) with the five widgets, loaded
//    through the autoloader, the all-in-one file and the npm build. The text of every widget's shadow root is recorded
//    in every animation frame from navigation start (requestAnimationFrame sampling), until the page settles. A frame
//    that shows a Spanish message (any Spanish text of xliff/en.xlf, 10 characters or more, that no English
//    translation contains) is a failure. Frames with no text yet are fine: the widgets wait for English to render.
// 2. Round trips before the WhatsApp button is interactive (its link is in the page and the element upgraded), on a
//    Spanish WhatsApp-only page, through the autoloader and through the all-in-one: each request's round trip is one
//    more than the latest round trip that had finished when it was sent (the HTML is 1).
//
// Throttling (Chrome DevTools' "Slow 4G"-like): 150 ms latency, 1.6 Mbps down, 750 kbps up, CPU 4× slower.
// Usage: node scripts/first-frame.mjs [--check] [--cdn DIR]   (after npm run build; --check exits 1 when a frame
// shows Spanish on an English page; --cdn DIR measures another build of the CDN files, e.g. an older one, and
// leaves the npm build out)
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { resolveBrowser, CHROMIUM_ARGS } from './browser.mjs';
import { serveStatic } from './static-server.mjs';

const check = process.argv.includes('--check');
const cdnAt = process.argv.indexOf('--cdn');
const CDN = cdnAt > 0 ? process.argv[cdnAt + 1] : 'dist/cdn';
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU = 4;

// ---------------------------------------------------------------- Spanish texts to look for

const unxml = (s) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const xliff = readFileSync('xliff/en.xlf', 'utf8');
const units = [...xliff.matchAll(/<source>([\s\S]*?)<\/source>\s*<target>([\s\S]*?)<\/target>/g)];
const englishText = units.map(([, , target]) => unxml(target.replace(/<x [^>]*\/>/g, ' '))).join('\n');
const spanish = [
  ...new Set(
    units.flatMap(([, source]) =>
      unxml(source)
        .split(/<x [^>]*\/>|<[^>]+>/)
        .map((s) => s.trim())
        .filter((s) => s.length >= 10 && !englishText.includes(s)),
    ),
  ),
];

// ---------------------------------------------------------------- pages

const WIDGETS = `
      <cabildo-opening-hours></cabildo-opening-hours>
      <cabildo-tramite-finder></cabildo-tramite-finder>
      <cabildo-contact-card></cabildo-contact-card>
      <cabildo-satisfaction-survey endpoint="/api/survey"></cabildo-satisfaction-survey>
      <cabildo-whatsapp-button></cabildo-whatsapp-button>`;
const IMPORT_MAP = `<script type="importmap">{"imports":{"lit":"/node_modules/lit/index.js","lit/":"/node_modules/lit/","@lit/reactive-element":"/node_modules/@lit/reactive-element/reactive-element.js","@lit/reactive-element/":"/node_modules/@lit/reactive-element/","lit-html":"/node_modules/lit-html/lit-html.js","lit-html/":"/node_modules/lit-html/","lit-element/lit-element.js":"/node_modules/lit-element/lit-element.js","@lit/localize":"/node_modules/@lit/localize/lit-localize.js","@lit/localize/":"/node_modules/@lit/localize/","uqr":"/node_modules/uqr/dist/index.mjs"}}</script>`;
const html = (lang, head, body) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Page</title>${head}</head><body><main><p>Page text.</p>${body}</main></body></html>`;
const PAGES = {
  '/en-autoloader.html': html('en', '<script type="module" src="/cdn/autoloader.js"></script>', WIDGETS),
  '/en-all-in-one.html': html('en', '<script type="module" src="/cdn/cabildo-widgets.js"></script>', WIDGETS),
  '/en-npm.html': html('en', `${IMPORT_MAP}<script type="module" src="/dist/index.js"></script>`, WIDGETS),
  '/es-whatsapp-autoloader.html': html('es', '<script type="module" src="/cdn/autoloader.js"></script>', '<cabildo-whatsapp-button></cabildo-whatsapp-button>'),
  '/es-whatsapp-all-in-one.html': html('es', '<script type="module" src="/cdn/cabildo-widgets.js"></script>', '<cabildo-whatsapp-button></cabildo-whatsapp-button>'),
};

const server = await serveStatic('.', {
  mounts: { '/cdn/': CDN, '/dist/': 'dist', '/node_modules/': 'node_modules' },
  async handle(req, res) {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/api/survey') {
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end('{}');
      return true;
    }
    if (!PAGES[path]) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PAGES[path]);
    return true;
  },
});

// Runs in the page before any of its scripts: the text of every cabildo-* shadow root, in every frame.
const RECORDER = () => {
  const frames = [];
  window.__frames = frames;
  const textOf = (node) => {
    let text = '';
    for (const child of node.childNodes) {
      if (child.nodeType === 3) text += child.data;
      else if (child.nodeType === 1 && child.localName !== 'style' && child.localName !== 'script') {
        text += textOf(child);
        if (child.shadowRoot) text += textOf(child.shadowRoot);
      }
    }
    return text;
  };
  const sample = () => {
    const widgets = {};
    for (const el of document.querySelectorAll('*')) {
      if (el.localName.startsWith('cabildo-') && el.shadowRoot) widgets[el.localName] = textOf(el.shadowRoot).replace(/\s+/g, ' ').trim();
    }
    frames.push({ t: performance.now(), widgets });
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
};

const { executablePath } = await resolveBrowser();
const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
let failed = 0;

async function open(path) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, sent: e.timestamp }));
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.done = e.timestamp;
  });
  await page.evaluateOnNewDocument(RECORDER);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  return { page, cdp, requests, errors };
}

/** Round trip of each request: 1 + the highest round trip among the requests finished before it was sent. */
function roundTrips(requests, until) {
  const list = [...requests.values()].filter((r) => r.sent <= until).sort((a, b) => a.sent - b.sent);
  for (const r of list) r.trip = 1 + Math.max(0, ...list.filter((q) => q !== r && q.done !== undefined && q.done <= r.sent).map((q) => q.trip ?? 0));
  return list;
}

// ---------------------------------------------------------------- 1. English from the first frame

console.log('| English page, five widgets | frames recorded | frames with Spanish | first frame with text (ms) | all five rendered (ms) |');
console.log('|---|---:|---:|---:|---:|');
// With --cdn (another build of the CDN files), the npm build of this tree is left out.
const englishPages = [['autoloader', '/en-autoloader.html'], ['all-in-one', '/en-all-in-one.html'], ...(cdnAt > 0 ? [] : [['npm build', '/en-npm.html']])];
for (const [label, path] of englishPages) {
  const { page, errors } = await open(path);
  // Settled: every widget has text, unchanged for the last 30 frames.
  await page.waitForFunction(
    () => {
      const frames = window.__frames;
      const last = JSON.stringify(frames.at(-1)?.widgets ?? {});
      const widgets = frames.at(-1)?.widgets ?? {};
      return (
        Object.keys(widgets).length === 5 && Object.values(widgets).every((t) => t.length > 0) &&
        frames.length > 30 && frames.slice(-30).every((f) => JSON.stringify(f.widgets) === last)
      );
    },
    { timeout: 60_000, polling: 100 },
  );
  const frames = await page.evaluate(() => window.__frames);
  const bad = frames.filter((f) => Object.values(f.widgets).some((text) => spanish.some((s) => text.includes(s))));
  const firstText = frames.find((f) => Object.values(f.widgets).some((t) => t.length > 0));
  const allFive = frames.find((f) => Object.keys(f.widgets).length === 5 && Object.values(f.widgets).every((t) => t.length > 0));
  console.log(`| ${label} | ${frames.length} | ${bad.length} | ${firstText?.t.toFixed(0) ?? '—'} | ${allFive?.t.toFixed(0) ?? '—'} |`);
  if (bad.length) {
    failed++;
    const [tag, text] = Object.entries(bad[0].widgets).find(([, t]) => spanish.some((s) => t.includes(s)));
    console.error(`  ${label}: at ${bad[0].t.toFixed(0)} ms <${tag}> showed Spanish: "${spanish.find((s) => text.includes(s))}"`);
  }
  if (errors.length) {
    failed++;
    console.error(`  ${label}: page errors: ${errors.join('; ')}`);
  }
  await page.close();
}

// ---------------------------------------------------------------- 2. round trips before the WhatsApp button works

console.log('\n| Spanish WhatsApp-only page | requests | round trips before interactive | interactive at (ms after navigation) |');
console.log('|---|---:|---:|---:|');
for (const [label, path] of [['autoloader', '/es-whatsapp-autoloader.html'], ['all-in-one', '/es-whatsapp-all-in-one.html']]) {
  const { page, requests } = await open(path);
  await page.waitForFunction(
    () => customElements.get('cabildo-whatsapp-button') && document.querySelector('cabildo-whatsapp-button')?.shadowRoot?.querySelector('a[href^="https://wa.me/"]'),
    { timeout: 60_000, polling: 'raf' },
  );
  const at = await page.evaluate(() => performance.now());
  const navStart = Math.min(...[...requests.values()].map((r) => r.sent));
  const list = roundTrips(requests, navStart + at / 1000);
  const trips = Math.max(...list.map((r) => r.trip));
  console.log(`| ${label} | ${list.length} | ${trips} | ${at.toFixed(0)} |`);
  for (const r of list) console.log(`|   ${new URL(r.url).pathname} | | ${r.trip} | ${((r.sent - navStart) * 1000).toFixed(0)} → ${r.done ? ((r.done - navStart) * 1000).toFixed(0) : '…'} |`);
  await page.close();
}

await browser.close();
server.close();
if (check && failed) {
  console.error(`\nfirst-frame: ${failed} problem(s).`);
  process.exit(1);
}
console.log(`\nfirst-frame: ${spanish.length} Spanish texts looked for in every frame; ${failed} problem(s)`);
