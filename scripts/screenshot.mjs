// Takes a screenshot of a page in headless Chromium, to look at what a citizen sees.
// Usage: node scripts/screenshot.mjs <url> <out.png> [width=1280] [--full] [--zone=Europe/Madrid] [--dark] [--forced-colors]
//        [--auth=user:password] (HTTP Basic sign-in, e.g. the demo's office page)
//        [--from=<tag>] [--height=N] (a strip of the page from that element's top, N px tall: smaller files for docs/)
import puppeteer from 'puppeteer-core';
import { resolveBrowser, CHROMIUM_ARGS } from './browser.mjs';

const [url, out, widthArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flags = new Set(process.argv.slice(2).filter((a) => a.startsWith('--')));
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [width] [--full] [--zone=Area/City] [--dark] [--forced-colors]');
  process.exit(2);
}
const zone = [...flags].find((f) => f.startsWith('--zone='))?.slice(7);
const { executablePath } = await resolveBrowser();
const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  page.on('console', (m) => ['error', 'warn'].includes(m.type()) && console.log(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  if (zone) await page.emulateTimezone(zone);
  const auth = [...flags].find((f) => f.startsWith('--auth='))?.slice(7);
  if (auth) await page.authenticate({ username: auth.split(':')[0], password: auth.slice(auth.indexOf(':') + 1) });
  const features = [];
  if (flags.has('--dark')) features.push({ name: 'prefers-color-scheme', value: 'dark' });
  if (flags.has('--forced-colors')) features.push({ name: 'forced-colors', value: 'active' });
  if (features.length) await page.emulateMediaFeatures(features);
  await page.setViewport({ width: Number(widthArg ?? 1280), height: 900 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, 300));
  const from = [...flags].find((f) => f.startsWith('--from='))?.slice(7);
  const height = Number([...flags].find((f) => f.startsWith('--height='))?.slice(9) ?? 0);
  if (from) {
    const top = await page.evaluate((tag) => {
      const el = document.querySelector(tag);
      return el ? Math.max(0, el.getBoundingClientRect().top + scrollY - 16) : null;
    }, from);
    if (top === null) throw new Error(`no ${from} on the page`);
    const total = await page.evaluate(() => document.documentElement.scrollHeight);
    const width = Number(widthArg ?? 1280);
    // Scrolled there first, as a citizen would: fixed elements (the floating button) then sit where they would be seen.
    await page.evaluate((y) => new Promise((r) => { scrollTo(0, y); requestAnimationFrame(() => requestAnimationFrame(r)); }), top);
    await page.screenshot({ path: out, clip: { x: 0, y: top, width, height: Math.min(height || total, total - top) }, captureBeyondViewport: true });
  } else {
    await page.screenshot({ path: out, fullPage: flags.has('--full') });
  }
  console.log(`saved ${out}`);
} finally {
  await browser.close();
}
