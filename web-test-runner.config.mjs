import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { resolveBrowser, CHROMIUM_ARGS } from './scripts/browser.mjs';
import { surveyTestEndpoint } from './test/support/survey-endpoint.mjs';

import { cpSync, readdirSync, rmSync } from 'node:fs';

const browser = await resolveBrowser();

// A second copy of the sources at another URL, for the test that loads the library twice.
rmSync('build/second-copy', { recursive: true, force: true });
cpSync('src', 'build/second-copy/src', { recursive: true });
cpSync('test/fixtures', 'build/second-copy/test/fixtures', { recursive: true });
console.log(`Tests run in Chromium from ${browser.source} (${browser.executablePath}).`);

/** A headless Chromium whose clock runs in `timeZone`, as a visitor's browser in that zone would. */
function chromium(timeZone) {
  return chromeLauncher({
    launchOptions: { executablePath: browser.executablePath, headless: true, args: CHROMIUM_ARGS },
    async createPage({ context }) {
      const page = await context.newPage();
      if (timeZone) await page.emulateTimezone(timeZone);
      return page;
    },
  });
}

// Time-dependent tests (`*.tz.test.ts`) run once per zone: the answers must not depend on the visitor's clock.
// Pacific/Kiritimati is UTC+14, the far edge of the calendar.
export const TIME_ZONES = ['Atlantic/Canary', 'Europe/Madrid', 'America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati'];

/** Prints one plain closing line, 'N passed, N failed, N skipped', that any CI can read. */
function closingLine() {
  const count = (suite, totals) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) totals.skipped++;
      else if (test.passed) totals.passed++;
      else totals.failed++;
    }
    for (const child of suite?.suites ?? []) count(child, totals);
    return totals;
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load has no test results but must still fail the run.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed++;
      }
      // Printed at exit, after the runner's own summary, so that it is the last line.
      process.once('exit', () =>
        process.stdout.write(`\nwtr: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`),
      );
    },
  };
}

const zoneGroup = (zone) => `tz-${zone.replace('/', '-')}`;
const zoneOf = (groupName = '') => TIME_ZONES.find((zone) => groupName === zoneGroup(zone));
const hasZoneTests = readdirSync('test', { recursive: true }).some((f) => String(f).endsWith('.tz.test.ts'));

export default {
  rootDir: '.',
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'auto', tsconfig: './tsconfig.json' })],
  // A scriptable survey endpoint (/test-survey/...) for the survey's delivery tests.
  middleware: [surveyTestEndpoint()],
  // The everyday suite runs as a visitor from mainland Spain would see it: one hour ahead of the office.
  browsers: [chromium('Europe/Madrid')],
  groups: [
    { name: 'everyday', files: ['test/**/*.test.ts', '!test/**/*.tz.test.ts'] },
    ...(hasZoneTests ? TIME_ZONES : []).map((zone) => ({
      name: zoneGroup(zone),
      files: 'test/**/*.tz.test.ts',
      browsers: [chromium(zone)],
    })),
  ],
  // One page at a time: a background tab gets no animation frames in headless Chromium, which stalls fixtures.
  concurrency: 1,
  reporters: [defaultReporter(), closingLine()],
  // A ceiling for a test that hangs, not a wait: on two busy cores one axe run over a widget can take several seconds,
  // and a test that waits for a condition ends as soon as it holds.
  testFramework: { config: { timeout: 30_000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // A zone group names its zone on <html data-test-zone>: its tests check the browser really runs there.
  testRunnerHtml: (testFramework, _config, group) => `<!doctype html>
<html lang="es"${zoneOf(group?.name) ? ` data-test-zone="${zoneOf(group.name)}"` : ''}>
  <head><meta charset="utf-8"></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
};
