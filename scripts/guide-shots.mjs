// Screenshots of each widget for the editors' guide (docs/images/guide-*.png), taken from the built Storybook.
// Usage: node scripts/guide-shots.mjs [storybook-static]   (after npm run build-storybook)
import puppeteer from 'puppeteer-core';
import { resolveBrowser, CHROMIUM_ARGS } from './browser.mjs';
import { serveStatic } from './static-server.mjs';

const dir = process.argv[2] ?? 'storybook-static';
const SHOTS = [
  // [file, story id, viewport width, viewport height, selector to clip (null: the whole viewport)]
  ['guide-whatsapp', 'widgets-whatsapp-button--con-saludo', 420, 385, null],
  ['guide-hours-badge', 'widgets-opening-hours--closed-for-a-holiday', 640, 200, 'cabildo-opening-hours'],
  ['guide-hours-week', 'widgets-opening-hours--week-with-holiday-and-closures', 480, 900, 'cabildo-opening-hours'],
  ['guide-finder', 'tramite-finder--typos', 640, 900, 'cabildo-tramite-finder'],
  ['guide-contact', 'widgets-contact-card--arrecife-open', 480, 1200, 'cabildo-contact-card'],
  ['guide-survey', 'widgets-satisfaction-survey--form', 480, 1500, 'cabildo-satisfaction-survey'],
];

const server = await serveStatic(dir);
const { executablePath } = await resolveBrowser();
const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
try {
  for (const [file, id, width, height, selector] of SHOTS) {
    const page = await browser.newPage();
    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`, { waitUntil: 'networkidle0' });
    await new Promise((r) => setTimeout(r, 500));
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
