// Finds the browsers for tests and scripted checks: the three engines citizens' browsers are built on.
// - Chromium: CHROME_PATH, then Debian's /usr/bin/chromium, then the npm package @sparticuz/chromium (no apt step
//   needed). CABILDO_BROWSER=npm forces the npm package, to prove a fresh machine without a browser works.
// - Firefox (Gecko): FIREFOX_PATH, then Debian's /usr/bin/firefox-esr or /usr/bin/firefox. Driven by puppeteer-core
//   over WebDriver BiDi, which Firefox speaks natively: no geckodriver.
// - WebKit (the engine of Safari): WebKitGTK's WebKitWebDriver (WEBKIT_WEBDRIVER_PATH or Debian's
//   /usr/bin/WebKitWebDriver, package webkit2gtk-driver) driving WebKitGTK's MiniBrowser (MINIBROWSER_PATH or the one
//   in libwebkit2gtk). MiniBrowser needs a display: without DISPLAY, an Xvfb (package xvfb) is started for it.
// CABILDO_ENGINES=chromium,firefox,webkit (any subset, comma-separated) chooses the engines the test suite runs in.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // Test pages run side by side in background tabs; without these, their animation frames and timers are throttled.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/** Firefox preferences for a quiet, closed-network test browser (puppeteer adds its own automation defaults). */
export const FIREFOX_PREFS = {
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'extensions.update.enabled': false,
  // Like Chromium's flags above: background pages are not throttled.
  'dom.min_background_timeout_value': 0,
  'dom.timeout.enable_budget_timer_throttling': false,
  // Trusted Types, on by default from Firefox 145; ESR 140.12 has them behind this preference.
  'dom.security.trusted_types.enabled': true,
};

/** The engines chosen by CABILDO_ENGINES (all three by default); an unknown name is an error, not silently ignored. */
export function selectedEngines(value = process.env.CABILDO_ENGINES) {
  if (!value) return [...ENGINES];
  const chosen = value.split(',').map((e) => e.trim().toLowerCase()).filter(Boolean);
  const unknown = chosen.filter((e) => !ENGINES.includes(e));
  if (unknown.length || !chosen.length) {
    throw new Error(`CABILDO_ENGINES="${value}": choose among ${ENGINES.join(', ')} (comma-separated).`);
  }
  return ENGINES.filter((e) => chosen.includes(e));
}

const missing = (engine, variable, install) =>
  new Error(`${engine} not found: set ${variable} to its executable, or install it with \`apt-get install -y ${install}\`.`);

export async function resolveBrowser() {
  const forced = process.env.CABILDO_BROWSER;
  if (forced !== 'npm') {
    if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) {
      return { executablePath: process.env.CHROME_PATH, source: 'CHROME_PATH' };
    }
    if (existsSync('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium', source: '/usr/bin/chromium' };
  }
  const { default: chromium } = await import('@sparticuz/chromium');
  return { executablePath: await chromium.executablePath(), source: '@sparticuz/chromium' };
}

export function resolveFirefox() {
  const candidates = [
    ['FIREFOX_PATH', process.env.FIREFOX_PATH],
    ['/usr/bin/firefox-esr', '/usr/bin/firefox-esr'],
    ['/usr/bin/firefox', '/usr/bin/firefox'],
  ];
  for (const [source, executablePath] of candidates) {
    if (executablePath && existsSync(executablePath)) return { executablePath, source };
  }
  throw missing('Firefox', 'FIREFOX_PATH', 'firefox-esr');
}

export function resolveWebKit() {
  const driver = [process.env.WEBKIT_WEBDRIVER_PATH, '/usr/bin/WebKitWebDriver'].find((p) => p && existsSync(p));
  if (!driver) throw missing('WebKitWebDriver', 'WEBKIT_WEBDRIVER_PATH', 'webkit2gtk-driver xvfb');
  let miniBrowser = process.env.MINIBROWSER_PATH;
  if (!miniBrowser || !existsSync(miniBrowser)) {
    // Debian puts it under the multiarch folder: /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser and the like.
    miniBrowser = undefined;
    for (const arch of readdirSync('/usr/lib')) {
      for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
        const candidate = `/usr/lib/${arch}/${api}/MiniBrowser`;
        if (!miniBrowser && existsSync(candidate)) miniBrowser = candidate;
      }
    }
  }
  if (!miniBrowser) throw missing('WebKitGTK MiniBrowser', 'MINIBROWSER_PATH', 'webkit2gtk-driver');
  return { driver, miniBrowser, source: process.env.WEBKIT_WEBDRIVER_PATH ? 'WEBKIT_WEBDRIVER_PATH' : driver };
}

/** The version a browser binary reports, or '' (it is for the log only). */
export function browserVersion(executablePath) {
  try {
    return execFileSync(executablePath, ['--version'], { encoding: 'utf8', timeout: 20000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

const started = new Set();
process.once('exit', () => {
  for (const child of started) child.kill();
});

function startProcess(command, args, options) {
  const child = spawn(command, args, options);
  started.add(child);
  child.once('exit', () => started.delete(child));
  return child;
}

let display;
/** The X display for MiniBrowser: $DISPLAY, or one Xvfb started for this process (and stopped when it exits). */
export function ensureDisplay() {
  if (process.env.DISPLAY) return Promise.resolve(process.env.DISPLAY);
  display ??= new Promise((resolve, reject) => {
    if (!existsSync('/usr/bin/Xvfb')) return reject(missing('Xvfb', 'DISPLAY', 'xvfb'));
    // -displayfd: Xvfb picks a free display number and writes it on fd 3 once it accepts clients.
    // -noreset: an X server resets when its last client leaves. Each group of test files starts and ends its own
    // MiniBrowser, and one that connected while the server was resetting got "cannot open display" (once in CI, where
    // the WebDriver session then waited two minutes for a browser that was gone and that group's files all failed).
    const xvfb = startProcess('/usr/bin/Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp', '-noreset'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before giving a display`)));
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (!out.includes('\n')) return;
      resolve(`:${out.trim()}`);
      xvfb.stdio[3].destroy();
    });
    xvfb.unref();
  });
  return display;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a WebKitWebDriver on a free loopback port, with a display for the MiniBrowser it launches. Resolves once the
 * driver answers /status; `stop()` ends it (it is also ended when this process exits).
 */
export async function startWebKitDriver(driver) {
  const env = { ...process.env, DISPLAY: await ensureDisplay() };
  const port = await freePort();
  const child = startProcess(driver, [`--port=${port}`, '--host=local'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  child.unref();
  const deadline = Date.now() + 30000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${child.exitCode}`);
    const ready = await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer on port ${port} within 30 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill();
      }),
  };
}

/**
 * Firefox ESR 140 does not implement WebDriver BiDi's emulation.setScreenOrientationOverride, which puppeteer-core's
 * page.setViewport sends beside the viewport itself: every Firefox page failed to open with "unknown command". On that
 * error the viewport alone is set. Returns the page.
 */
export function withFirefoxViewport(page) {
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport);
    } catch (error) {
      if (!/unknown command|unsupported operation/.test(String(error?.message))) throw error;
      await page.mainFrame().browsingContext.setViewport({
        viewport: viewport?.width && viewport?.height ? { width: viewport.width, height: viewport.height } : null,
        devicePixelRatio: viewport?.deviceScaleFactor ?? null,
      });
    }
  };
  return page;
}
