// The editors' guides as an editor reads them: each Markdown guide rendered to a page (as a code host or the npm page
// shows it) and its first screen photographed, Spanish and English.
// Usage: node scripts/guide-page.mjs [width=1280] [height=900]   → docs/screenshots/guia-editores-*.png, editor-guide-*.png
import { readFile } from 'node:fs/promises';
import { marked } from 'marked';
import puppeteer from 'puppeteer-core';
import { resolveBrowser, CHROMIUM_ARGS } from './browser.mjs';
import { serveStatic } from './static-server.mjs';

const width = Number(process.argv[2] ?? 1280);
const height = Number(process.argv[3] ?? 900);
const GUIDES = [['guia-editores', 'es'], ['editor-guide', 'en']];
const STYLE = `body{font:16px/1.5 system-ui,sans-serif;color:#1f2328;max-width:980px;margin:0 auto;padding:32px 24px}
h1,h2{border-bottom:1px solid #d1d9e0;padding-bottom:.3em}code{background:#eff1f3;padding:.1em .3em;border-radius:4px;font-size:85%}
pre{background:#f6f8fa;padding:16px;border-radius:6px;overflow:auto}pre code{background:none;padding:0}a{color:#0969da}
table{border-collapse:collapse}td,th{border:1px solid #d1d9e0;padding:4px 10px}img{max-width:100%}`;

const pages = {};
for (const [name, lang] of GUIDES) {
  const markdown = await readFile(`docs/${name}.md`, 'utf8');
  pages[`/docs/${name}.html`] = `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>${name}</title><style>${STYLE}</style><body>${marked.parse(markdown)}</body></html>`;
}
const server = await serveStatic('.', {
  async handle(req, res) {
    const page = pages[new URL(req.url, 'http://x').pathname];
    if (!page) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
    return true;
  },
});
const { executablePath } = await resolveBrowser();
const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
try {
  for (const [name] of GUIDES) {
    const page = await browser.newPage();
    await page.setViewport({ width, height });
    await page.goto(`${server.url}/docs/${name}.html`, { waitUntil: 'networkidle0' });
    const out = `docs/screenshots/${name}-${width}.png`;
    await page.screenshot({ path: out });
    console.log(`${out}: first screen of docs/${name}.md at ${width}×${height}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
