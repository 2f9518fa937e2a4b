// Renders the real <cabildo-opening-hours> badge (the library's sources, bundled with esbuild) in headless Chromium at
// 10:00 Canary time on the holiday instants of issue 14, and prints a Markdown table of what the badge shows.
// Usage: node scripts/holiday-table.mjs [--zone=Atlantic/Canary] [--lang=es|en] [--hours="Mo-Fr 09:00-14:00; PH off"]
//        [--calendar=file.json]   (a page calendar block's JSON, put on the page as <script id="cabildo-calendar">)
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { resolveBrowser, CHROMIUM_ARGS } from './browser.mjs';

const flag = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const zone = flag('zone', 'Atlantic/Canary');
const lang = flag('lang', 'es');
const hours = flag('hours', null);
const calendarFile = flag('calendar', null);

// 10:00 office (Canary) time on each day: `now` without an offset is read on the office's clock.
const DAYS = [
  ['2027-01-01', 'Año Nuevo'],
  ['2027-01-06', 'Epifanía'],
  ['2027-03-25', 'Jueves Santo'],
  ['2027-03-26', 'Viernes Santo'],
  ['2027-05-01', 'Fiesta del Trabajo (sábado)'],
  ['2027-05-31', 'Día de Canarias (30 May is a Sunday)'],
  ['2027-08-16', 'Asunción (15 Aug is a Sunday)'],
  ['2027-09-15', 'Nuestra Señora de los Volcanes'],
  ['2027-10-12', 'Fiesta Nacional'],
  ['2027-11-01', 'Todos los Santos'],
  ['2027-12-06', 'Constitución'],
  ['2027-12-08', 'Inmaculada'],
  ['2027-12-25', 'Navidad (sábado)'],
  ['2027-01-12', 'a normal Tuesday'],
  ['2030-01-01', 'Año Nuevo'],
  ['2030-05-01', 'Fiesta del Trabajo'],
  ['2030-12-25', 'Navidad'],
];

const bundle = await build({
  entryPoints: ['src/opening-hours.ts'],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  minify: true,
  legalComments: 'none',
  logLevel: 'error',
  tsconfig: 'tsconfig.build.json',
});
const code = bundle.outputFiles[0].text;

const { executablePath } = await resolveBrowser();
const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error(`[pageerror] ${e.message}`));
  await page.emulateTimezone(zone);
  const calendar = calendarFile ? readFileSync(calendarFile, 'utf8') : null;
  await page.setContent(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body></body></html>`);
  if (calendar !== null) {
    await page.evaluate((json) => {
      const block = Object.assign(document.createElement('script'), { type: 'application/json', id: 'cabildo-calendar', textContent: json });
      document.body.append(block);
    }, calendar);
  }
  await page.addScriptTag({ content: code, type: 'module' });
  await page.waitForFunction(() => customElements.get('cabildo-opening-hours'));
  const rows = await page.evaluate(
    async (days, hoursText) => {
      const out = [];
      for (const [day] of days) {
        const el = document.createElement('cabildo-opening-hours');
        if (hoursText) el.setAttribute('hours', hoursText);
        el.setAttribute('now', `${day}T10:00`);
        document.body.append(el);
        await el.updateComplete;
        // What a sighted visitor reads: the badge's rendered text (or the fallback), white space folded.
        const shown = el.shadowRoot.querySelector('[part=badge], [part=fallback]');
        out.push(shown.innerText.replace(/\u2060/g, '').replace(/\s+/g, ' ').trim());
        el.remove();
      }
      return out;
    },
    DAYS,
    hours,
  );
  const weekday = (iso) =>
    new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));
  console.log(`Badge at 10:00 Canary time, visitor zone ${zone}, page language ${lang}${hours ? `, hours="${hours}"` : ', default hours'}${calendar !== null ? `, page calendar ${calendarFile}` : ''}:\n`);
  console.log('| instant (Canary time) | day | badge shows |');
  console.log('|---|---|---|');
  DAYS.forEach(([day, what], i) => console.log(`| ${day} ${weekday(day)} 10:00 | ${what} | ${rows[i]} |`));
} finally {
  await browser.close();
}
