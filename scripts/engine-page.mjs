// One way for page-level scripts to drive a tab in any of the three engines: Chromium and Firefox through
// puppeteer-core (CDP, WebDriver BiDi), WebKit through WebKitWebDriver (classic WebDriver, via webdriverio).
// A page offers only what all three can do: open a URL at a width, evaluate a self-contained function, add a script,
// press a key. Events a classic WebDriver cannot listen to (console, requests) are the caller's job: a same-origin probe
// script in the page, or the server's own log.
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import {
  resolveBrowser, resolveFirefox, resolveWebKit, startWebKitDriver, withFirefoxViewport, CHROMIUM_ARGS, FIREFOX_PREFS,
} from './browser.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` (evaluated in the page) until it returns a truthy value; rejects with `what` after `timeout` ms. */
async function waitIn(page, fn, { timeout = 15000, what = 'a condition', args = [] } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(fn, ...args).catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(50);
  }
}

async function openPuppeteer(engine) {
  const browser = engine === 'firefox'
    ? await puppeteer.launch({ browser: 'firefox', executablePath: resolveFirefox().executablePath, headless: true, extraPrefsFirefox: FIREFOX_PREFS })
    : await puppeteer.launch({ executablePath: (await resolveBrowser()).executablePath, headless: true, args: CHROMIUM_ARGS });
  return {
    engine,
    version: await browser.version(),
    async newPage() {
      const tab = await browser.newPage();
      if (engine === 'firefox') withFirefoxViewport(tab);
      const page = {
        tab,
        async goto(url, { width = 1280, height = 800 } = {}) {
          await tab.setViewport({ width, height });
          await tab.goto(url, { waitUntil: 'load', timeout: 30000 });
        },
        async setWidth(width, height = 800) {
          await tab.setViewport({ width, height });
        },
        evaluate: (fn, ...args) => tab.evaluate(fn, ...args),
        addScript: (source) => tab.addScriptTag({ content: source }),
        press: (key) => tab.keyboard.press(key),
        waitFor: (fn, options) => waitIn(page, fn, options),
        close: () => tab.close(),
      };
      return page;
    },
    close: () => browser.close(),
  };
}

/**
 * WebKitGTK's MiniBrowser has a minimum window width (about 450 px with its toolbar): narrower widths are given by
 * loading the page inside a same-origin frame of that width (`frameUrl(url, width, height)`, served by the caller) and
 * switching the WebDriver context into it.
 */
async function openWebKit(frameUrl) {
  const webkit = resolveWebKit();
  const driver = await startWebKitDriver(webkit.driver);
  const browser = await remote({
    hostname: '127.0.0.1',
    port: driver.port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: webkit.miniBrowser, args: ['--automation'] },
    },
  });
  let open = false;
  return {
    engine: 'webkit',
    version: `WebKitGTK ${browser.capabilities.browserVersion ?? ''}`.trim(),
    async newPage() {
      // One session, one tab: pages are used one after the other.
      if (open) throw new Error('webkit: one page at a time');
      open = true;
      const page = {
        async goto(url, { width = 1280, height = 800 } = {}) {
          await browser.switchToParentFrame().catch(() => {});
          await browser.setWindowSize(Math.max(width, 800), height + 100);
          const inner = await browser.execute(() => window.innerWidth);
          if (inner === width) {
            await browser.url(url);
            return;
          }
          if (!frameUrl) throw new Error(`webkit: the window cannot be ${width} px wide and no frame page was given`);
          await browser.url(frameUrl(url, width, height));
          await waitIn(page, () => document.querySelector('iframe')?.contentDocument?.readyState === 'complete', { what: 'the sized frame' });
          await browser.switchFrame(await browser.$('iframe'));
        },
        async setWidth() {
          throw new Error('webkit: open the page again at the new width');
        },
        evaluate: (fn, ...args) => browser.execute(fn, ...args),
        addScript: (source) =>
          browser.execute((text) => {
            const script = document.createElement('script');
            script.textContent = text;
            document.head.append(script);
          }, source),
        press: (key) => browser.keys([key]),
        waitFor: (fn, options) => waitIn(page, fn, options),
        async close() {
          open = false;
          await browser.switchToParentFrame().catch(() => {});
          await browser.url('about:blank');
        },
      };
      return page;
    },
    async close() {
      await browser.deleteSession().catch(() => {});
      await driver.stop();
    },
  };
}

/** Opens `engine` ('chromium' | 'firefox' | 'webkit'). `frameUrl` serves WebKit's narrow widths (see openWebKit). */
export function openEngine(engine, { frameUrl } = {}) {
  return engine === 'webkit' ? openWebKit(frameUrl) : openPuppeteer(engine);
}

/** A page holding one same-origin frame of the given size, for engines whose window cannot be that narrow. */
export function framePage(src, width, height) {
  const attr = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<!doctype html><meta charset="utf-8"><title>frame</title><body style="margin:0"><iframe src="${attr(src)}" width="${Number(width)}" height="${Number(height)}" style="border:0;display:block"></iframe>`;
}
