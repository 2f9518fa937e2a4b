import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import {
  resolveBrowser, resolveFirefox, resolveWebKit, selectedEngines, browserVersion, startWebKitDriver, CHROMIUM_ARGS,
  FIREFOX_PREFS, withFirefoxViewport,
} from './scripts/browser.mjs';
import { surveyTestEndpoint } from './test/support/survey-endpoint.mjs';

import { cpSync, readdirSync, rmSync } from 'node:fs';

// The suite runs in the three engines citizens' browsers are built on: Chromium (Chrome, Edge, Samsung Internet),
// Gecko (Firefox) and WebKit (Safari, and every browser on an iPhone). CABILDO_ENGINES=firefox (or any
// comma-separated subset) runs fewer; `npm run test:chromium`, `test:firefox` and `test:webkit` do that for one.
const engines = selectedEngines();
const chromium = engines.includes('chromium') ? await resolveBrowser() : undefined;
const firefox = engines.includes('firefox') ? resolveFirefox() : undefined;
const webkit = engines.includes('webkit') ? resolveWebKit() : undefined;

// A second copy of the sources at another URL, for the test that loads the library twice.
rmSync('build/second-copy', { recursive: true, force: true });
cpSync('src', 'build/second-copy/src', { recursive: true });
cpSync('test/fixtures', 'build/second-copy/test/fixtures', { recursive: true });
for (const [name, found, version] of [
  ['Chromium', chromium, chromium && browserVersion(chromium.executablePath)],
  ['Firefox', firefox, firefox && browserVersion(firefox.executablePath)],
  ['WebKit', webkit, webkit && `WebKitGTK MiniBrowser ${webkit.miniBrowser}, driven by ${webkit.driver}`],
]) {
  if (found) console.log(`Tests run in ${name} from ${found.source}${version ? ` (${version})` : ''}.`);
}

/** A page whose clock runs in `timeZone`, as a visitor's browser in that zone would. */
const pageIn = (timeZone) => async ({ context }) => {
  const page = await context.newPage();
  if (timeZone) await page.emulateTimezone(timeZone);
  return page;
};

/** A headless Chromium whose clock runs in `timeZone`. */
const chromiumIn = (timeZone) =>
  chromeLauncher({
    launchOptions: { executablePath: chromium.executablePath, headless: true, args: CHROMIUM_ARGS },
    createPage: pageIn(timeZone),
  });

/**
 * A headless Firefox, driven by puppeteer-core over WebDriver BiDi, whose clock runs in `timeZone`: set by the TZ
 * variable of its process, as the visitor's system would. (Firefox ESR 140 does not implement BiDi's
 * emulation.setTimezoneOverride, which page.emulateTimezone sends: every page failed to open with it.)
 */
const firefoxIn = (timeZone) =>
  chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: firefox.executablePath,
      headless: true,
      extraPrefsFirefox: FIREFOX_PREFS,
      env: { ...process.env, TZ: timeZone },
    },
    createPage: async (args) => withFirefoxViewport(await pageIn(undefined)(args)),
  });

/**
 * WebKitGTK's MiniBrowser through its own WebKitWebDriver (classic WebDriver, via webdriverio), on an Xvfb display.
 * Each launcher starts its driver when its first test file runs and stops it at the end. MiniBrowser takes the
 * visitor's zone as an option.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor(timeZone) {
    super({
      hostname: '127.0.0.1',
      port: 0,
      logLevel: 'error',
      // On two busy cores a navigation can take longer than webdriverio's default two minutes; wait longer and retry
      // instead of stopping the whole run ('This operation was aborted when running "url"').
      connectionRetryTimeout: 300_000,
      connectionRetryCount: 3,
      capabilities: {
        browserName: 'MiniBrowser',
        // Classic WebDriver: WebKitWebDriver's BiDi is not complete enough for webdriverio's default.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: webkit.miniBrowser,
          args: ['--automation', ...(timeZone ? [`--time-zone=${timeZone}`] : [])],
        },
      },
    });
  }

  async createDriverManager() {
    this.webkitDriver ??= await startWebKitDriver(webkit.driver);
    this.options.port = this.webkitDriver.port;
    const manager = await super.createDriverManager();
    this.name = `WebKit ${this.driver.capabilities.browserVersion ?? ''}`.trim();
    return manager;
  }

  async stop() {
    await super.stop();
    await this.webkitDriver?.stop();
  }
}

const launchers = { chromium: chromiumIn, firefox: firefoxIn, webkit: (zone) => new WebKitLauncher(zone) };
const engineOf = new WeakMap();
const browsersIn = (zone, names = engines) =>
  names.map((engine) => {
    const launcher = launchers[engine](zone);
    engineOf.set(launcher, engine);
    return launcher;
  });

// Time-dependent tests (`*.tz.test.ts`) run once per zone: the answers must not depend on the visitor's clock.
// Pacific/Kiritimati is UTC+14, the far edge of the calendar.
export const TIME_ZONES = ['Atlantic/Canary', 'Europe/Madrid', 'America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati'];

/**
 * Prints one plain line per engine, then the closing line 'N passed, N failed, N skipped' over all engines, that any
 * CI can read.
 */
function closingLine() {
  /** Each failed test, named, with its error's first line: printed last, where a CI log cut to its tail still has it. */
  const failedTests = [];
  const count = (suite, totals, where, path = []) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) totals.skipped++;
      else if (test.passed) totals.passed++;
      else {
        totals.failed++;
        const error = String(test.error?.message ?? '').split('\n')[0].slice(0, 300);
        failedTests.push(`${where}: ${[...path, test.name].join(' > ')}${error ? ` — ${error}` : ''}`);
      }
    }
    for (const child of suite?.suites ?? []) count(child, totals, where, [...path, child.name]);
    return totals;
  };
  return {
    onTestRunFinished({ sessions }) {
      const zero = () => ({ passed: 0, failed: 0, skipped: 0 });
      const totals = zero();
      const perEngine = Object.fromEntries(engines.map((engine) => [engine, zero()]));
      for (const session of sessions) {
        const own = zero();
        const where = `${engineOf.get(session.browser) ?? session.browser?.name} ${session.group?.name ?? ''} ${session.testFile.replace(process.cwd() + '/', '')}`.replace(/  +/g, ' ');
        count(session.testResults, own, where);
        // A file that failed to load has no test results but must still fail the run.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) {
          own.failed++;
          failedTests.push(`${where}: ${String(session.errors?.[0]?.message ?? 'the file did not run').split('\n')[0]}`);
        }
        for (const sum of [totals, perEngine[engineOf.get(session.browser)]]) {
          for (const key of Object.keys(own)) if (sum) sum[key] += own[key];
        }
      }
      const line = (t) => `${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`;
      // Printed at exit, after the runner's own summary, so that the total is the last line.
      process.once('exit', () =>
        process.stdout.write(
          `\n${failedTests.map((f) => `failed: ${f}\n`).join('')}${engines.map((engine) => `wtr ${engine}: ${line(perEngine[engine])}\n`).join('')}wtr: ${line(totals)}\n`,
        ),
      );
    },
  };
}

const zoneGroup = (zone) => `tz-${zone.replace('/', '-')}`;
const hasZoneTests = readdirSync('test', { recursive: true }).some((f) => String(f).endsWith('.tz.test.ts'));
const EVERYDAY_ZONE = 'Europe/Madrid';

// `wtr --files test/a.test.ts --files test/b.tz.test.ts` runs just those files: the runner's own default group runs
// them in the everyday browsers (Madrid time), and a named time-zone file also runs in its other zones. Without
// --files, the whole suite runs in its groups.
const cliFiles = [];
for (const [i, arg] of process.argv.entries()) {
  if (arg.startsWith('--files=')) cliFiles.push(arg.slice(8));
  if (arg !== '--files') continue;
  for (const value of process.argv.slice(i + 1)) {
    if (value.startsWith('-')) break;
    cliFiles.push(value);
  }
}
const zoneFiles = cliFiles.length ? cliFiles.filter((f) => f.includes('.tz.')) : ['test/**/*.tz.test.ts'];
const groups = [
  ...(cliFiles.length ? [] : [{ name: 'everyday', files: ['test/**/*.test.ts', '!test/**/*.tz.test.ts'] }]),
  ...(hasZoneTests && zoneFiles.length ? TIME_ZONES : [])
    .filter((zone) => !cliFiles.length || zone !== EVERYDAY_ZONE)
    .map((zone) => ({ name: zoneGroup(zone), files: zoneFiles, browsers: browsersIn(zone) })),
];
/** The zone a group's browsers run in; the runner's default group (files named on the command line) runs in Madrid. */
const zoneOf = (groupName) => (!groupName || groupName === 'default' ? EVERYDAY_ZONE : TIME_ZONES.find((zone) => groupName === zoneGroup(zone)));

export default {
  rootDir: '.',
  // Firefox and WebKit take far longer than Chromium to start on two busy cores (20 s seen): the runner's 30 s default
  // would fail a run for a slow start alone. This bounds a start that hangs; it is not a wait.
  browserStartTimeout: 120_000,
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'auto', tsconfig: './tsconfig.json' })],
  // A scriptable survey endpoint (/test-survey/...) for the survey's delivery tests.
  middleware: [surveyTestEndpoint()],
  // The everyday suite runs as a visitor from mainland Spain would see it: one hour ahead of the office.
  browsers: browsersIn(EVERYDAY_ZONE),
  groups,
  // One page at a time: a background tab gets no animation frames in headless Chromium, which stalls fixtures.
  concurrency: 1,
  reporters: [defaultReporter(), closingLine()],
  // A ceiling for a test that hangs, not a wait: on two busy cores one axe run over a widget can take several seconds,
  // and a test that waits for a condition ends as soon as it holds.
  testFramework: { config: { timeout: 30_000 } },
  // The same for a whole file (default 2 minutes): a file of axe checks can take longer on two busy cores.
  testsFinishTimeout: 600_000,
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // A zone group names its zone on <html data-test-zone>: its tests check the browser really runs there.
  testRunnerHtml: (testFramework, _config, group) => `<!doctype html>
<html lang="es"${zoneOf(group?.name) ? ` data-test-zone="${zoneOf(group?.name)}"` : ''}>
  <head><meta charset="utf-8"></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
};
