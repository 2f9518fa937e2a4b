// The CDN file on a CMS-like page under the strict Content-Security-Policy of the Cabildo's web:
// - zero `securitypolicyviolation` events, zero console errors, every widget rendered with its styles applied;
// - privacy before any interaction: no request leaves the page's origin, no cookie, no storage write;
// - the same with the autoloader, which imports each element's module on demand;
// - the same with the `window.litNonce` fallback for browsers without constructable stylesheets;
// - the CDN file and the npm build loaded on one page keep working (double loading);
// - the office's results widget (<cabildo-survey-results>, loaded by the autoloader only) draws its figures and its
//   trend chart within the policy (no style attribute: the chart's width is set through the CSSOM);
// - the contact card's `structured-data` JSON-LD block: written through the `cabildo-json-ld` Trusted Types policy
//   where the CSP lists it; where it does not, the block is left out, the card reports it and everything else works.
// In Chromium, Firefox and WebKit. What the page sees (CSP violations, `cabildo-error`, uncaught errors, console
// errors, storage writes, resources fetched) is recorded by a same-origin probe script the server puts first in the
// page's head, so the same checks hold in every engine, including WebKit's classic WebDriver, which cannot listen to
// the console or the network; in Chromium and Firefox puppeteer's own console and network events are checked too.
// Usage: node scripts/check-csp.mjs   (after npm run build; CABILDO_ENGINES chooses the engines)
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { selectedEngines } from './browser.mjs';
import { openEngine } from './engine-page.mjs';
import { serveStatic } from './static-server.mjs';

const TAGS = ['cabildo-opening-hours', 'cabildo-tramite-finder', 'cabildo-contact-card', 'cabildo-satisfaction-survey', 'cabildo-whatsapp-button'];
const NONCE = 'cabildo-test-nonce-2f7c';
const policy = (extraStyle = '', extraScript = '', trustedTypes = 'trusted-types lit-html') => [
  "default-src 'none'", `script-src 'self'${extraScript}`, `style-src 'self'${extraStyle}`, "connect-src 'self'",
  "img-src 'self' data:", "base-uri 'none'", "form-action 'none'", "require-trusted-types-for 'script'",
  trustedTypes,
].join('; ');

if (!existsSync('dist/cdn/cabildo-widgets.js')) {
  console.error('check-csp: dist/cdn/cabildo-widgets.js not found; run npm run build first.');
  process.exit(1);
}

// Runs before any other script of the page (a classic script, first in the head, allowed by script-src 'self').
// `?degrade`: Lit falls back to <style> elements (which need the nonce) when constructable stylesheets are missing.
function probe() {
  const degrade = document.currentScript.src.includes('degrade');
  window.__violations = [];
  window.__errors = [];
  window.__uncaught = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
  document.addEventListener('cabildo-error', (e) => window.__errors.push(e.detail.code));
  window.addEventListener('error', (e) => window.__uncaught.push(`uncaught: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => window.__uncaught.push(`unhandled rejection: ${e.reason?.message ?? e.reason}`));
  const consoleError = console.error;
  console.error = (...args) => {
    window.__uncaught.push(`console error: ${args.map(String).join(' ')}`);
    consoleError.apply(console, args);
  };
  window.__storageWrites = 0;
  for (const method of ['setItem', 'removeItem', 'clear']) {
    const original = Storage.prototype[method];
    Storage.prototype[method] = function (...args) {
      window.__storageWrites++;
      return original.apply(this, args);
    };
  }
  if (degrade) delete CSSStyleSheet.prototype.replace;
}

const page = await readFile('test/pages/cms.html', 'utf8');
// The collector's staff summary, as the results widget reads it (the stories' fixture: the demo's made-up answers).
const summary = await readFile('stories/fixtures/survey-summary.json', 'utf8');
let surveyPosts = 0;
let httpErrors = [];
const server = await serveStatic('.', {
  mounts: { '/cdn/': 'dist/cdn', '/pages/': 'test/pages', '/dist/': 'dist', '/node_modules/': 'node_modules' },
  async handle(req, res) {
    const path = new URL(req.url, 'http://x').pathname;
    res.once('finish', () => res.statusCode >= 400 && httpErrors.push(`HTTP ${res.statusCode}: ${req.url}`));
    if (path === '/__probe.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(`(${probe})();`);
      return true;
    }
    if (path === '/api/survey/summary') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(summary);
      return true;
    }
    if (path === '/api/survey') {
      surveyPosts++;
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end('{}');
      return true;
    }
    const variants = {
      '/cms.html': { html: page, csp: policy() },
      '/cms-nonce.html': {
        html: page.replace('<!--NONCE-->', `<script nonce="${NONCE}">window.litNonce = '${NONCE}';</script>`),
        csp: policy(` 'nonce-${NONCE}'`, ` 'nonce-${NONCE}'`),
      },
      '/cms-autoloader.html': {
        html: page.replace('/cdn/cabildo-widgets.js', '/cdn/autoloader.js')
          .replace('</main>', '<cabildo-survey-results endpoint="/api/survey/summary"></cabildo-survey-results></main>'),
        csp: policy(),
      },
      '/cms-structured.html': {
        html: page.replace('<cabildo-contact-card>', '<cabildo-contact-card structured-data>'),
        csp: policy('', '', 'trusted-types lit-html cabildo-json-ld'),
      },
      '/cms-structured-refused.html': {
        html: page.replace('<cabildo-contact-card>', '<cabildo-contact-card structured-data>'),
        csp: policy(),
      },
      '/cms-double.html': {
        html: page.replace('<!--NONCE-->', `<script type="importmap" nonce="${NONCE}">{"imports":{"lit":"/node_modules/lit/index.js","lit/":"/node_modules/lit/","@lit/reactive-element":"/node_modules/@lit/reactive-element/reactive-element.js","@lit/reactive-element/":"/node_modules/@lit/reactive-element/","lit-html":"/node_modules/lit-html/lit-html.js","lit-html/":"/node_modules/lit-html/","lit-element/lit-element.js":"/node_modules/lit-element/lit-element.js","@lit/localize":"/node_modules/@lit/localize/lit-localize.js","@lit/localize/":"/node_modules/@lit/localize/"}}</script>`)
          .replace('</body>', '<script type="module" src="/dist/index.js"></script></body>'),
        // Two copies of Lit each create the 'lit-html' Trusted Types policy: the CSP must allow duplicates then.
        csp: policy('', ` 'nonce-${NONCE}'`, "trusted-types lit-html 'allow-duplicates'"),
      },
    };
    const variant = variants[path];
    if (!variant) return false;
    const degrade = new URL(req.url, 'http://x').searchParams.has('degrade') ? '?degrade' : '';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': variant.csp });
    res.end(variant.html.replace('<head>', `<head>\n    <script src="/__probe.js${degrade}"></script>`));
    return true;
  },
});

const engines = selectedEngines();
let browser;
let engine;
let failed = 0;
let visits = 0;

/** True when `selector` matches inside `tag`'s open shadow root (evaluated in the page). */
const found = (tag, selector) => document.querySelector(tag)?.shadowRoot?.querySelector(selector) != null;

/**
 * Uses each widget as a citizen would, on a page already loaded: opens the WhatsApp QR dialog (which loads the QR
 * encoder and draws the code), searches the finder and opens a procedure, copies the phone from the card, fills in and
 * sends the survey (a POST to the same-origin endpoint). Returns what did not happen.
 */
async function useWidgets(tab) {
  const problems = [];
  const click = (tag, selector) => tab.evaluate((t, s) => {
    const el = document.querySelector(t)?.shadowRoot?.querySelector(s);
    if (!el) return 'missing';
    el.click();
    return 'clicked';
  }, tag, selector);
  const waitFor = (tag, selector, what) => tab.waitFor(found, { args: [tag, selector], timeout: 5000 }).catch(() => problems.push(what));
  const posts = surveyPosts;
  // Where the page leaves no room for the text pill, the button is round and the QR button sits in the panel it opens.
  if ((await click('cabildo-whatsapp-button', '.qr-button')) === 'missing') {
    await click('cabildo-whatsapp-button', 'button.launcher.round');
    await tab.waitFor(found, { args: ['cabildo-whatsapp-button', '.qr-button'], timeout: 5000 }).catch(() => {});
    if ((await click('cabildo-whatsapp-button', '.qr-button')) === 'missing') problems.push('no QR button to open');
  }
  await waitFor('cabildo-whatsapp-button', 'dialog svg path', 'the QR code was not drawn');
  await tab.press('Escape');
  if (tab.tab) {
    // Puppeteer types key by key, as a person would.
    const field = await tab.tab.evaluateHandle(() => document.querySelector('cabildo-tramite-finder').shadowRoot.querySelector('input'));
    await field.asElement()?.type('familia nombrosa');
  } else {
    // Classic WebDriver cannot reach into a shadow root to type: the text arrives as one input event.
    await tab.evaluate(() => {
      const input = document.querySelector('cabildo-tramite-finder').shadowRoot.querySelector('input');
      input.focus();
      input.value = 'familia nombrosa';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: 'familia nombrosa' }));
    });
  }
  await waitFor('cabildo-tramite-finder', '.result-link', 'the finder found nothing');
  if ((await click('cabildo-tramite-finder', '.result-link')) === 'missing') problems.push('no result to open');
  if ((await click('cabildo-contact-card', 'button.copy')) === 'missing') problems.push('no copy button');
  await tab.evaluate(() => {
    const root = document.querySelector('cabildo-satisfaction-survey').shadowRoot;
    for (const name of ['satisfaction', 'resolved', 'channel']) root.querySelector(`input[name="${name}"]`).click();
  });
  // The survey ignores answers sent within 3 s of showing (a spam trap): wait as a person would.
  await new Promise((r) => setTimeout(r, 3100));
  if ((await click('cabildo-satisfaction-survey', 'button[type="submit"]')) === 'missing') problems.push('no send button');
  const sent = Date.now();
  while (surveyPosts === posts && Date.now() - sent < 5000) await new Promise((r) => setTimeout(r, 50));
  // A second answer would arrive right behind the first: give it the time a double send would take.
  await new Promise((r) => setTimeout(r, 500));
  if (surveyPosts !== posts + 1) problems.push(`survey sent ${surveyPosts - posts} answers, expected 1`);
  return problems;
}

/** Every widget defined, drawn and up to date. */
function widgetsReady(tags) {
  return tags.every((tag) => {
    const el = document.querySelector(tag);
    return customElements.get(tag) && el?.shadowRoot?.childElementCount > 0 && !el.isUpdatePending;
  });
}

/** What the probe saw, and what the widgets look like (evaluated in the page). */
async function pageReport(tags) {
  return {
    violations: window.__violations,
    errors: window.__errors,
    uncaught: window.__uncaught,
    resources: performance.getEntriesByType('resource').map((r) => r.name),
    jsonLd: document.head.querySelectorAll('script[type="application/ld+json"]').length,
    storageWrites: window.__storageWrites,
    cookie: document.cookie,
    databases: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
    caches: await caches.keys().catch(() => []),
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    widgets: tags.map((tag) => {
      const el = document.querySelector(tag);
      const root = el?.shadowRoot;
      const styled = root ? root.adoptedStyleSheets.length > 0 || root.querySelector('style') !== null : false;
      // A style rule of ours really applies: the focus-ring token is defined on the host by the shared styles.
      const applied = el ? getComputedStyle(el).getPropertyValue('--_focus').trim() !== '' : false;
      return { tag, defined: !!customElements.get(tag), rendered: !!root && root.childElementCount > 0, styled, applied };
    }),
  };
}

/**
 * Loads a variant, checks it, then uses the widgets on it. `jsonLd`: the number of JSON-LD blocks expected in the head.
 * `refused`: the CSP is expected to refuse the JSON-LD policy: two Trusted Types violations (the policy, then the
 * plain-text fallback) and one `structured-data-blocked` error.
 */
async function visit(path, { withoutConstructableStyles = false, jsonLd = 0, refused = false } = {}) {
  const tab = await browser.newPage();
  const problems = [];
  const requests = [];
  httpErrors = [];
  // Where the JSON-LD policy is expected to be refused, the browser's own report of it is expected too.
  // Chromium words it as a console error; Firefox as a page error naming the directive.
  const expected = (text) =>
    refused && (text.includes(`TrustedTypePolicy named 'cabildo-json-ld'`) || text.includes(`requires 'TrustedScript' assignment`) ||
      /blocked creating a Trusted Types policy .*trusted-types lit-html/.test(text) ||
      /blocked assigning to an injection sink .*require-trusted-types-for/.test(text));
  if (tab.tab) {
    tab.tab.on('console', (m) => m.type() === 'error' && !expected(m.text()) && problems.push(`console error: ${m.text()}`));
    tab.tab.on('pageerror', (e) => !expected(e.message) && problems.push(`uncaught: ${e.message}`));
    tab.tab.on('request', (r) => requests.push(r.url()));
  }
  await tab.goto(`${server.url}${path}${withoutConstructableStyles ? '?degrade' : ''}`);
  await tab.waitFor(widgetsReady, { args: [TAGS], what: 'the widgets to render' }).catch((e) => problems.push(e.message));
  // Lazy parts (the catalogue chunk, the card's JSON-LD) arrive right after: let them.
  await new Promise((r) => setTimeout(r, 300));
  if (path === '/cms-autoloader.html') {
    // The office's results widget: figures and chart drawn, and the chart's readable width applied (through the CSSOM).
    const drawn = await tab.waitFor(found, { args: ['cabildo-survey-results', '.trend svg'], what: 'cabildo-survey-results to draw its figures and chart' })
      .then(() => true, (e) => problems.push(e.message) && false);
    const minWidth = drawn && await tab.evaluate(() => getComputedStyle(document.querySelector('cabildo-survey-results').shadowRoot.querySelector('.trend svg')).minWidth);
    if (drawn && (minWidth === '0px' || minWidth === 'auto')) problems.push(`cabildo-survey-results: the chart's min-width was not applied (${minWidth})`);
  }
  const report = await tab.evaluate(pageReport, TAGS);
  const origin = new URL(server.url).origin;
  const offOrigin = (url) => !url.startsWith(origin) && !url.startsWith('data:');
  for (const url of [...requests, ...report.resources]) if (offOrigin(url)) problems.push(`request left the origin: ${url}`);
  const loadRequests = Math.max(requests.length, report.resources.length + 1);
  requests.length = 0;
  problems.push(...report.uncaught.filter((u) => !expected(u)));
  // Refused: the policy (trusted-types) and then the plain-text fallback (require-trusted-types-for), nothing else.
  const isExpected = (v) => v.startsWith('trusted-types') || v.startsWith('require-trusted-types-for');
  const violations = refused ? report.violations.filter((v) => !isExpected(v)) : report.violations;
  problems.push(...violations.map((v) => `CSP violation: ${v}`));
  if (refused && report.violations.length - violations.length !== 2) problems.push(`expected 2 Trusted Types violations, got ${report.violations.length - violations.length}`);
  const errors = report.errors.join(',');
  if (errors !== (refused ? 'structured-data-blocked' : '')) problems.push(`cabildo-error events: [${errors}]`);
  if (report.jsonLd !== jsonLd) problems.push(`${report.jsonLd} JSON-LD blocks in the head, expected ${jsonLd}`);
  if (report.storageWrites || report.localStorage || report.sessionStorage) problems.push(`storage written before any interaction (${report.storageWrites} writes)`);
  if (report.cookie || (tab.tab && (await tab.tab.cookies()).length)) problems.push(`cookie set: ${report.cookie}`);
  if (report.databases.length || report.caches.length) problems.push(`IndexedDB or Cache API used: ${[...report.databases, ...report.caches]}`);
  // Then as a citizen would use them: every interaction that loads code or sends data must stay within the policy.
  problems.push(...(await useWidgets(tab)));
  const after = await tab.evaluate(() => ({ violations: window.__violations, uncaught: window.__uncaught, resources: performance.getEntriesByType('resource').map((r) => r.name) }));
  for (const url of [...requests, ...after.resources]) if (offOrigin(url)) problems.push(`request left the origin after interaction: ${url}`);
  const late = (refused ? after.violations.filter((v) => !isExpected(v)) : after.violations).slice(violations.length);
  problems.push(...late.map((v) => `CSP violation during interaction: ${v}`));
  problems.push(...after.uncaught.slice(report.uncaught.length).filter((u) => !expected(u)));
  problems.push(...httpErrors);
  for (const w of report.widgets) {
    if (!w.defined || !w.rendered) problems.push(`${w.tag} did not render`);
    else if (!w.styled || !w.applied) problems.push(`${w.tag} has no styles applied`);
  }
  const inUse = after.resources.length - report.resources.length;
  await tab.close();
  visits++;
  const label = `${engine} ${path}${withoutConstructableStyles ? ' (no constructable stylesheets)' : ''}`;
  if (problems.length) {
    failed++;
    console.log(`✗ ${label}`);
    for (const p of [...new Set(problems)]) console.log(`    ${p}`);
  } else {
    const extra = (refused ? ', JSON-LD refused by the CSP and reported' : jsonLd ? `, ${jsonLd} JSON-LD block` : '')
      + (path === '/cms-autoloader.html' ? ', cabildo-survey-results drew its figures and chart' : '');
    console.log(`✓ ${label}: ${TAGS.length} widgets rendered and styled, ${refused ? 'only the expected' : '0'} CSP violations, ${loadRequests} requests on load, ${inUse} more in use, all same-origin, no cookie, no storage write${extra}, then used (QR dialog, search, copy, survey sent) with no violation`);
  }
}

for (engine of engines) {
  browser = await openEngine(engine);
  console.log(`${engine}: ${browser.version}`);
  await visit('/cms.html');
  await visit('/cms-nonce.html', { withoutConstructableStyles: true });
  await visit('/cms-autoloader.html');
  await visit('/cms-double.html');
  await visit('/cms-structured.html', { jsonLd: 1 });
  await visit('/cms-structured-refused.html', { refused: true });
  await browser.close();
}
await server.close();
console.log(`csp: ${visits - failed} passed, ${failed} failed (${engines.join(', ')})`);
process.exit(failed ? 1 : 0);
