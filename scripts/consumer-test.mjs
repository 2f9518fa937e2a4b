// What a consumer gets: packs the package, installs the tarball into a fresh temporary project, then
// (a) type-checks a TypeScript file that uses the element classes, tag map and event map,
// (b) loads a plain HTML page that uses the CDN file, and (c) one that uses the autoloader, in headless Chromium,
// checking that every widget renders. Usage: node scripts/consumer-test.mjs (after npm run build)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { resolveBrowser, CHROMIUM_ARGS } from './browser.mjs';
import { serveStatic } from './static-server.mjs';

const TAGS = ['cabildo-whatsapp-button', 'cabildo-opening-hours', 'cabildo-tramite-finder', 'cabildo-contact-card', 'cabildo-satisfaction-survey'];
const root = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'cabildo-consumer-'));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
let failed = 0;
const result = (ok, label) => { if (!ok) failed++; console.log(`${ok ? '✓' : '✗'} ${label}`); };

try {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root))[0];
  const files = packed.files.map((f) => f.path);
  console.log(`packed ${packed.filename}: ${files.length} files, ${(packed.size / 1024).toFixed(1)} KB`);
  result(!files.some((f) => /^(test|stories|scripts|\.storybook|demo|src)\//.test(f)), 'the tarball holds no tests, stories, scripts or sources');
  for (const needed of ['dist/index.js', 'dist/index.d.ts', 'dist/cdn/cabildo-widgets.js', 'dist/cdn/autoloader.js', 'dist/data/catalogue.schema.json', 'custom-elements.json', 'README.md']) {
    result(files.includes(needed), `the tarball has ${needed}`);
  }

  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--silent', join(work, packed.filename)], work);

  // (a) TypeScript: classes without registering, the tag name map and the typed events.
  writeFileSync(join(work, 'consumer.ts'), `
import '@cabildo-lanzarote/widgets';
import { setLocale, getLocale } from '@cabildo-lanzarote/widgets';
import '@cabildo-lanzarote/widgets/whatsapp-button.js';
import { ContactCard } from '@cabildo-lanzarote/widgets/contact-card.js';
import { SatisfactionSurvey } from '@cabildo-lanzarote/widgets/satisfaction-survey.js';
import schema from '@cabildo-lanzarote/widgets/catalogue.schema.json' with { type: 'json' };
import { OpeningHours as OpeningHoursClass } from '@cabildo-lanzarote/widgets/classes/opening-hours.js';
// A class imported without registering can be defined under another tag name by the integrator.
customElements.define('my-hours', class extends OpeningHoursClass {});
const card: ContactCard = document.createElement('cabildo-contact-card');
const survey: SatisfactionSurvey = document.createElement('cabildo-satisfaction-survey');
survey.endpoint = '/api/survey';
console.log(card.vcard, (schema as { $schema?: string }).$schema);
const button = document.createElement('cabildo-whatsapp-button');
const href: string = button.href;
const hours = document.createElement('cabildo-opening-hours');
const open: boolean = hours.status?.open ?? false; // null while the hours cannot be read
const finder = document.createElement('cabildo-tramite-finder');
finder.q = 'clave';
document.addEventListener('cabildo-error', (e) => { const code: string = e.detail.code; console.log(code); });
document.addEventListener('cabildo-whatsapp-open', (e) => { const staffed: boolean = e.detail.staffed; console.log(staffed); });
document.addEventListener('cabildo-tramite-finder-search', (e) => { const n: number = e.detail.count; console.log(n); });
void setLocale('en');
const locale: 'es' | 'en' = getLocale();
console.log(href, open, locale);
`);
  writeFileSync(join(work, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { target: 'ES2021', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM'], strict: true, noEmit: true, skipLibCheck: false, resolveJsonModule: true, types: [] },
    files: ['consumer.ts'],
  }));
  try {
    run(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], work);
    result(true, 'a TypeScript consumer type-checks against the element and event types');
  } catch (error) {
    result(false, `a TypeScript consumer type-checks: ${error.stdout}`);
  }

  // (d) React: the wrappers of the separate entry, type-checked as TSX and bundled (esbuild) for a page below.
  const devVersion = (name) => JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies[name];
  run('npm', ['install', '--no-audit', '--no-fund', '--silent', ...['react', 'react-dom', '@lit/react', '@types/react', '@types/react-dom'].filter(devVersion).map((n) => `${n}@${devVersion(n)}`)], work);
  writeFileSync(join(work, 'app.tsx'), `
import { createRoot } from 'react-dom/client';
import { WhatsappButton, OpeningHours } from '@cabildo-lanzarote/widgets/react.js';
function App() {
  return (
    <>
      <OpeningHours now="2026-12-02T10:00:00Z" onCabildoError={(e) => console.error(e.detail.code)} />
      <WhatsappButton variant="inline" phone="628 53 84 49" onOpen={(e) => console.log(e.detail.staffed)} />
    </>
  );
}
createRoot(document.getElementById('root')!).render(<App />);
`);
  writeFileSync(join(work, 'tsconfig.react.json'), JSON.stringify({
    compilerOptions: { target: 'ES2021', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM'], jsx: 'react-jsx', strict: true, noEmit: true, skipLibCheck: true },
    files: ['app.tsx'],
  }));
  try {
    run(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.react.json'], work);
    result(true, 'a React consumer (TSX) type-checks against the wrappers, props and event callbacks');
  } catch (error) {
    result(false, `a React consumer type-checks: ${error.stdout}`);
  }
  run(join(root, 'node_modules/.bin/esbuild'), ['app.tsx', '--bundle', '--format=esm', '--jsx=automatic', '--define:process.env.NODE_ENV="production"', '--outfile=app.js', '--log-level=error'], work);
  writeFileSync(join(work, 'react.html'), `<!doctype html><html lang="es"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>react</title>
<script type="module" src="/app.js"></script></head><body><div id="root"></div></body></html>`);

  // (b) and (c): plain HTML pages using the installed CDN files.
  const page = (script) => `<!doctype html><html lang="es"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>consumer</title>
<script type="module" src="${script}"></script></head><body>
${TAGS.map((t) => `<${t}></${t}>`).join('\n')}
<div id="later"></div></body></html>`;
  writeFileSync(join(work, 'cdn.html'), page('/node_modules/@cabildo-lanzarote/widgets/dist/cdn/cabildo-widgets.js'));
  writeFileSync(join(work, 'autoloader.html'), page('/node_modules/@cabildo-lanzarote/widgets/dist/cdn/autoloader.js'));
  const server = await serveStatic(work);
  const { executablePath } = await resolveBrowser();
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  for (const name of ['cdn.html', 'autoloader.html']) {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await tab.goto(`${server.url}/${name}`, { waitUntil: 'networkidle0' });
    const rendered = await tab.evaluate(async (tags) => {
      await Promise.all(tags.map((t) => customElements.whenDefined(t)));
      // A tag added after load is upgraded too (the autoloader watches the page).
      const late = document.createElement('cabildo-contact-card');
      document.querySelector('#later').append(late);
      await new Promise((r) => setTimeout(r, 200));
      return [...tags.map((t) => document.querySelector(t)), late].map((el) => (el.shadowRoot?.childElementCount ?? 0) > 0);
    }, TAGS);
    result(rendered.every(Boolean) && errors.length === 0,
      `${name}: ${rendered.filter(Boolean).length}/${rendered.length} widgets rendered (one added after load)${errors.length ? `; errors: ${errors.join('; ')}` : ''}`);
    await tab.close();
  }
  {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await tab.goto(`${server.url}/react.html`, { waitUntil: 'networkidle0' });
    const seen = await tab.evaluate(async () => {
      await customElements.whenDefined('cabildo-opening-hours');
      const hours = document.querySelector('cabildo-opening-hours');
      const button = document.querySelector('cabildo-whatsapp-button');
      await hours.updateComplete;
      await button.updateComplete;
      // React passed the props through: the frozen instant (Wednesday 10:00, open) and the inline variant.
      return { status: hours.shadowRoot.textContent.replace(/\s+/g, ' ').trim(), inline: button.variant, href: button.href };
    });
    const ok = seen.status.startsWith('Abierto') && seen.inline === 'inline' && seen.href.startsWith('https://wa.me/34628538449') && !errors.length;
    result(ok, `react.html: the wrappers render with their props (${seen.status.slice(0, 40)}…, variant ${seen.inline})${errors.length ? `; errors: ${errors.join('; ')}` : ''}`);
    await tab.close();
  }
  await browser.close();
  await server.close();
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`consumer: ${failed === 0 ? 'all' : 'not all'} checks passed`);
process.exit(failed ? 1 : 0);
