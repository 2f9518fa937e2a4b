// The story matrix's page checks in the other engines citizens use: Firefox (Gecko) and WebKit (the engine of Safari).
// One story per component (the first of each, its default), in Spanish and English, at 1280 px and 320 px: the story
// renders, the widget draws its shadow content, axe (WCAG 2.0/2.1/2.2 A and AA) finds nothing, every ARIA id reference
// resolves, every target is at least 24×24 px, nothing scrolls sideways at 320 px.
// Not here, and why: forced colours, dark scheme and reduced motion are switched live through Chromium's DevTools
// protocol, which neither WebDriver BiDi nor classic WebDriver offers; the Chromium matrix (check-stories.mjs) covers
// them for every story. IBM Equal Access runs there too.
// Usage: node scripts/check-stories-engines.mjs [storybook-static] [--filter=substring]   (CABILDO_ENGINES=firefox,webkit)
import { readFileSync, existsSync } from 'node:fs';
import { selectedEngines } from './browser.mjs';
import { openEngine, framePage } from './engine-page.mjs';
import { serveStatic } from './static-server.mjs';
import { findBrokenIdReferences, findSmallTargets, hasHorizontalScroll } from './page-checks.mjs';

const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'storybook-static';
const filter = process.argv.find((a) => a.startsWith('--filter='))?.slice(9) ?? '';
if (!existsSync(`${dir}/index.json`)) {
  console.error(`check-stories-engines: ${dir}/index.json not found; run npm run build-storybook first.`);
  process.exit(1);
}
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axeSource = readFileSync(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const LOCALES = ['es', 'en'];
const WIDTHS = [1280, 320];
const engines = selectedEngines(process.env.CABILDO_ENGINES ?? 'firefox,webkit').filter((e) => e !== 'chromium');

// The first story of each component: its default state.
const firstOfEach = new Map();
for (const entry of Object.values(JSON.parse(readFileSync(`${dir}/index.json`, 'utf8')).entries)) {
  if (entry.type === 'story' && entry.id.includes(filter) && !firstOfEach.has(entry.title)) firstOfEach.set(entry.title, entry);
}
const stories = [...firstOfEach.values()];

const server = await serveStatic(dir, {
  async handle(req, res) {
    const url = new URL(req.url, 'http://x');
    if (url.pathname !== '/__frame.html') return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(framePage(url.searchParams.get('src'), url.searchParams.get('w'), url.searchParams.get('h')));
    return true;
  },
});
const frameUrl = (src, width, height) => `${server.url}/__frame.html?${new URLSearchParams({ src, w: width, h: height })}`;

/** True once Storybook has rendered the story and every custom element in it has finished updating. */
function storySettled() {
  const root = document.querySelector('#storybook-root');
  if (document.body.classList.contains('sb-show-errordisplay')) return 'error';
  if (!root || !root.firstElementChild) return false;
  const elements = [];
  const visit = (node) => node.querySelectorAll('*').forEach((el) => {
    if (el.localName.includes('-')) elements.push(el);
    if (el.shadowRoot) visit(el.shadowRoot);
  });
  visit(root);
  if (!elements.length || elements.some((el) => !customElements.get(el.localName) || !el.shadowRoot?.childElementCount)) return false;
  if (elements.some((el) => el.isUpdatePending)) return false;
  return 'ok';
}

async function checkAt(page, story, locale, width) {
  const problems = [];
  const url = `${server.url}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=locale:${locale}`;
  await page.goto(url, { width, height: 800 });
  const state = await page.waitFor(storySettled, { what: 'the story to render' });
  if (state === 'error') {
    problems.push(`story failed: ${await page.evaluate(() => document.querySelector('#error-message')?.textContent ?? '')}`);
    return problems;
  }
  // Fonts and the second frame settle before measuring.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
  const innerWidth = await page.evaluate(() => window.innerWidth);
  if (innerWidth !== width) problems.push(`viewport is ${innerWidth} px, expected ${width}`);
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (!lang.startsWith(locale)) problems.push(`page language is "${lang}", expected ${locale}`);
  await page.addScript(axeSource);
  const violations = await page.evaluate(async (tags) => {
    // Storybook's accessibility panel may be running its own axe pass on the story: wait for it to end.
    let result;
    for (let attempt = 0; !result; attempt++) {
      try {
        result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
      } catch (error) {
        if (!/already running/.test(error.message) || attempt > 200) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  }, AXE_TAGS);
  problems.push(...violations.map((v) => `axe: ${v}`));
  problems.push(...(await page.evaluate(findBrokenIdReferences)).map((r) => `broken id reference: ${r}`));
  problems.push(...(await page.evaluate(findSmallTargets)).map((t) => `target under 24×24 px: ${t}`));
  if (width === 320 && (await page.evaluate(hasHorizontalScroll))) problems.push('scrolls sideways at 320 px');
  return problems;
}

const started = Date.now();
const failures = [];
let checks = 0;
const versions = [];
// The engines run side by side (one tab each), as the two CI cores allow.
await Promise.all(engines.map(async (engine) => {
  const browser = await openEngine(engine, { frameUrl });
  versions.push(`${engine}: ${browser.version}`);
  try {
    for (const story of stories) {
      for (const locale of LOCALES) {
        const problems = [];
        for (const width of WIDTHS) {
          const page = await browser.newPage();
          try {
            problems.push(...(await checkAt(page, story, locale, width)).map((p) => `[${width}] ${p}`));
          } catch (error) {
            problems.push(`[${width}] check failed: ${error.message.split('\n')[0]}`);
          } finally {
            await page.close().catch(() => {});
          }
          checks++;
        }
        if (problems.length) failures.push({ where: `${engine} ${story.id} [${locale}]`, problems: [...new Set(problems)] });
      }
    }
  } finally {
    await browser.close();
  }
}));
await server.close();

for (const { where, problems } of failures) {
  console.log(`✗ ${where}`);
  for (const p of problems) console.log(`    ${p}`);
}
console.log(versions.join('\n'));
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`check-stories-engines: ${stories.length} stories (one per component) × ${LOCALES.length} locales × ${WIDTHS.length} widths × ${engines.length} engines = ${checks} page checks with axe, in ${seconds} s`);
const pages = stories.length * LOCALES.length * engines.length;
console.log(`stories in ${engines.join(', ')}: ${pages - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
