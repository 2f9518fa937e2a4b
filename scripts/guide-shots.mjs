// Screenshots of each widget for the editors' guide (docs/images/guide-*.png), taken from the built Storybook.
// Usage: node scripts/guide-shots.mjs [storybook-static]   (after npm run build-storybook)
import puppeteer from 'puppeteer-core';
import { resolveBrowser, CHROMIUM_ARGS } from './browser.mjs';
import { serveStatic } from './static-server.mjs';

const dir = process.argv[2] ?? 'storybook-static';
const SHOTS = [
  // [file, story id, viewport width, viewport height, selector to clip (null: the whole viewport), button to press
  //  first (inside the widget's shadow root)]
  ['guide-whatsapp', 'widgets-whatsapp-button--fuera-de-horario', 900, 560, null],
  ['guide-whatsapp-phone', 'widgets-whatsapp-button--fuera-de-horario', 360, 460, null, 'button.launcher'],
  ['guide-hours-badge', 'widgets-opening-hours--closed-for-a-holiday', 640, 200, 'cabildo-opening-hours'],
  ['guide-hours-week', 'widgets-opening-hours--week-with-holiday-and-closures', 480, 900, 'cabildo-opening-hours'],
  ['guide-finder', 'tramite-finder--typos', 640, 900, 'cabildo-tramite-finder'],
  ['guide-contact', 'widgets-contact-card--arrecife-open', 480, 1200, 'cabildo-contact-card'],
  ['guide-survey', 'widgets-satisfaction-survey--form', 480, 1500, 'cabildo-satisfaction-survey'],
];

/** Waits until every widget of the story is defined, has rendered, its text and size stay the same over three
 * animation frames (the finder's search, the catalogue, the fonts) and nothing is animating: a condition, not a fixed
 * delay. */
async function settled(page) {
  await page.waitForFunction(
    async () => {
      const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('cabildo-'));
      await Promise.all(widgets.map((el) => customElements.whenDefined(el.localName)));
      await Promise.all(widgets.map((el) => el.updateComplete));
      await document.fonts.ready;
      const snapshot = () => widgets.map((el) => `${el.shadowRoot?.textContent ?? ''}|${el.getBoundingClientRect().height}`).join('\n');
      const frame = () => new Promise((r) => requestAnimationFrame(() => r(snapshot())));
      const first = await frame();
      const still = first === (await frame()) && first === (await frame()) && first === (await frame());
      // A panel that fades in: its animation starts after the render, so it is looked for once the text is still.
      return widgets.length > 0 && still && ![document, ...widgets.map((el) => el.shadowRoot)].some((root) => root?.getAnimations().some((a) => a.playState === 'running'));
    },
    { polling: 100, timeout: 20_000 },
  );
}

const server = await serveStatic(dir);
const { executablePath } = await resolveBrowser();
const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
try {
  for (const [file, id, width, height, selector, press] of SHOTS) {
    const page = await browser.newPage();
    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`, { waitUntil: 'networkidle0' });
    await settled(page);
    if (press) {
      const button = await page.waitForSelector(`pierce/${press}`);
      await button.click();
      await settled(page);
    }
    const target = selector ? await page.$(selector) : null;
    if (selector && !target) throw new Error(`${id}: no ${selector}`);
    const path = `docs/images/${file}.png`;
    if (target) await target.screenshot({ path, captureBeyondViewport: true });
    else await page.screenshot({ path });
    console.log(`saved ${path}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
