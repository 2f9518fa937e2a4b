// Storybook as a developer uses it: in the manager (not a bare story frame), open the "Hora" toolbar, pick an instant
// and see the opening-hours badge say so; pick another and see it change; reload the address that now carries the
// toolbar's value and see the same state (the address is where a date-like value once came back as a Date and
// reached the widget as `now="Wed Dec 02 2026 …"`, invalid-now). Also: one copy of Lit in the story frame, and a docs
// page per component with its manifest tables (public members only: no private, protected or static member) and a
// snippet to copy.
// Usage: node scripts/check-storybook-toolbar.mjs [storybook-static] [--screenshot=file.png] [--docs-screenshot=file.png]
// Also run at the end of scripts/check-stories.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { resolveBrowser, CHROMIUM_ARGS } from './browser.mjs';
import { serveStatic } from './static-server.mjs';

const STORY = 'widgets-opening-hours--badge';
const PICKS = [
  ['Miércoles 13:45 (cierra pronto)', 'Cierra pronto · a las 14:00'],
  ['Miércoles 15:00 (cerrado)', 'Cerrado · abre mañana a las 9:00'],
];
const COMPONENTS = ['widgets-opening-hours', 'widgets-whatsapp-button', 'tramite-finder', 'widgets-contact-card', 'widgets-satisfaction-survey'];

/**
 * Names an integrator must not see in a docs page: members that are private, protected or static in every element of
 * the manifest (a name public in one element, such as `status`, may be shown).
 */
function hiddenMemberNames() {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  const members = elements.flatMap((d) => d.members ?? []);
  const isPublic = (m) => !m.static && (!m.privacy || m.privacy === 'public');
  // A private field may share its name with a public part, slot or event (the survey's `thanks` part): those stay.
  const others = elements.flatMap((d) => ['attributes', 'events', 'slots', 'cssParts', 'cssProperties'].flatMap((k) => d[k] ?? []));
  const publicNames = new Set([...members.filter(isPublic), ...others].map((m) => m.name));
  return new Set(members.filter((m) => !isPublic(m) && !publicNames.has(m.name)).map((m) => m.name));
}

/** The badge's text and its `now` attribute, inside the preview frame. */
async function badge(page) {
  const frame = await (await page.waitForSelector('#storybook-preview-iframe')).contentFrame();
  return frame.evaluate(async () => {
    const el = document.querySelector('cabildo-opening-hours');
    await el?.updateComplete;
    return {
      text: (el?.shadowRoot?.querySelector('[part="badge"]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      now: el?.getAttribute('now') ?? null,
      litCopies: window.litHtmlVersions?.length ?? 0,
    };
  });
}

async function waitForBadge(page, expected, timeout = 20000) {
  const until = Date.now() + timeout;
  let last;
  while (Date.now() < until) {
    last = await badge(page).catch(() => null);
    if (last?.text.includes(expected)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the badge never said "${expected}" (last: ${JSON.stringify(last)})`);
}

/** Opens the "Hora" toolbar menu and picks an item by its visible title. */
async function pick(page, title) {
  const button = await page.waitForFunction(
    () => [...document.querySelectorAll('button')].find((b) => /Congela la hora/.test(`${b.title} ${b.getAttribute('aria-label') ?? ''}`)),
    { timeout: 20000 },
  );
  await button.asElement().click();
  const item = await page.waitForFunction(
    (wanted) =>
      [...document.querySelectorAll('[role="option"], [role="menuitem"], a, button, li')].find(
        (node) => node.textContent?.trim() === wanted && node.getClientRects().length,
      ),
    { timeout: 10000 },
    title,
  );
  await item.asElement().click();
}

export async function checkToolbar(serverUrl, browser, { screenshot, docsScreenshot } = {}) {
  const problems = [];
  const page = await browser.newPage();
  const warnings = [];
  page.on('console', (m) => /Multiple versions of Lit/.test(m.text()) && warnings.push(m.text()));
  try {
    await page.setViewport({ width: 1280, height: 720 });
    await page.goto(`${serverUrl}/index.html?path=/story/${STORY}`, { waitUntil: 'networkidle0', timeout: 60000 });
    for (const [title, expected] of PICKS) {
      await pick(page, title);
      const seen = await waitForBadge(page, expected);
      if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(\.\d+)?Z$/.test(seen.now ?? '')) problems.push(`"${title}": now="${seen.now}" is not an ISO instant`);
      if (seen.litCopies !== 1) problems.push(`${seen.litCopies} copies of lit-html in the story frame`);
    }
    if (screenshot) await page.screenshot({ path: screenshot });
    // The address now carries the toolbar's value: reloading it must give the same state.
    await page.reload({ waitUntil: 'networkidle0', timeout: 60000 });
    await waitForBadge(page, PICKS.at(-1)[1]);
  } catch (error) {
    problems.push(`toolbar: ${error.message}`);
  }
  if (warnings.length) problems.push(`console: ${warnings[0]}`);

  // One docs page per component: the manifest's tables (public members only) and a snippet to copy for every story.
  const hidden = existsSync('custom-elements.json') ? hiddenMemberNames() : new Set();
  for (const component of COMPONENTS) {
    try {
      await page.goto(`${serverUrl}/iframe.html?id=${component}--docs&viewMode=docs`, { waitUntil: 'networkidle0', timeout: 60000 });
      const docs = await page.waitForFunction(
        () => {
          const root = document.querySelector('#storybook-docs');
          const text = root?.textContent ?? '';
          return /attributes/i.test(text) && root.querySelectorAll('.docs-story').length > 1 && { text, stories: root.querySelectorAll('.docs-story').length };
        },
        { timeout: 30000 },
      );
      const { text, stories } = await docs.jsonValue();
      for (const section of ['attributes', 'properties', 'events']) {
        if (!new RegExp(section, 'i').test(text)) problems.push(`${component} docs: no "${section}" section`);
      }
      const names = await page.$$eval('#storybook-docs table tbody tr td:first-child', (cells) =>
        cells.map((c) => (c.querySelector('span')?.textContent ?? c.textContent ?? '').trim()));
      const leaked = names.filter((n) => hidden.has(n));
      if (leaked.length) problems.push(`${component} docs: private members listed (${leaked.join(', ')})`);
      if (!names.length) problems.push(`${component} docs: no rows in the manifest tables`);
      const buttons = await page.$$eval('#storybook-docs button', (all) => all.filter((b) => /show code/i.test(b.textContent ?? '')).length);
      if (buttons < stories - 1) problems.push(`${component} docs: ${stories} stories but ${buttons} "Show code" buttons`);
      if (docsScreenshot && component === COMPONENTS[0]) {
        await page.setViewport({ width: 1280, height: 1600 });
        await page.screenshot({ path: docsScreenshot });
        await page.setViewport({ width: 1280, height: 720 });
      }
    } catch (error) {
      problems.push(`${component} docs: ${error.message}`);
    }
  }
  await page.close();
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'storybook-static';
  const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  if (!existsSync(`${dir}/index.json`)) {
    console.error(`check-storybook-toolbar: ${dir}/index.json not found; run npm run build-storybook first.`);
    process.exit(1);
  }
  const server = await serveStatic(dir);
  const { executablePath } = await resolveBrowser();
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const problems = await checkToolbar(server.url, browser, { screenshot: option('screenshot'), docsScreenshot: option('docs-screenshot') });
  await browser.close();
  await server.close();
  for (const p of problems) console.log(`✗ ${p}`);
  console.log(`check-storybook-toolbar: ${problems.length ? `${problems.length} problem(s)` : 'the "Hora" toolbar changes the badge; one Lit; docs pages complete'}`);
  process.exit(problems.length ? 1 : 0);
}
