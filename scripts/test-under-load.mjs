// Runs the browser suite several times in a row while CPU-bound processes run beside it, as on a busy 2-core CI
// machine, and prints each run's closing line. A suite that waits for conditions (never for fixed times) passes.
// Usage: node scripts/test-under-load.mjs [--runs=5] [--burners=2]
//   CABILDO_ENGINES=chromium (or any subset) chooses the engines, as for npm test; CABILDO_BROWSER=npm takes the npm
//   package's Chromium instead of Debian's. The summary names the commit, the engines and the Chromium that ran.
import { execFileSync, spawn } from 'node:child_process';
import { resolveBrowser, selectedEngines } from './browser.mjs';

const option = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const runs = option('runs', 5);
const burners = option('burners', 2);

// `yes > /dev/null`: one busy process per core to take.
const busy = Array.from({ length: burners }, () => spawn('yes', { stdio: ['ignore', 'ignore', 'ignore'] }));
const stopBusy = () => busy.forEach((child) => child.kill());
process.on('exit', stopBusy);
process.on('SIGINT', () => process.exit(130));

const commit = (() => {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim();
    return dirty ? `${head} + uncommitted changes` : head;
  } catch {
    return 'unknown commit';
  }
})();
const engines = selectedEngines();
const chromium = engines.includes('chromium') ? (await resolveBrowser()).source : null;
const setting = `commit ${commit}; engines ${engines.join(', ')}${chromium ? `; Chromium from ${chromium}` : ''}`;
console.log(`test-under-load: ${runs} runs beside ${burners} busy processes; ${setting}`);

const lines = [];
let failedRuns = 0;
try {
  for (let run = 1; run <= runs; run++) {
    const started = Date.now();
    const output = await new Promise((resolve) => {
      let text = '';
      const child = spawn('npx', ['wtr'], { stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
      child.stdout.on('data', (chunk) => {
        text += chunk;
        process.stdout.write(chunk);
      });
      child.on('close', (code) => resolve({ text, code }));
    });
    const closing = output.text.trim().split('\n').filter((l) => l.startsWith('wtr: ')).at(-1) ?? '(no closing line)';
    if (output.code !== 0) failedRuns++;
    lines.push(`run ${run}/${runs} (${burners} busy processes, ${((Date.now() - started) / 1000).toFixed(0)} s, exit ${output.code}): ${closing}`);
    // The failed tests by name (the runner marks them ❌), so that a flaky one can be found.
    const failed = [...new Set(output.text.split('\n').filter((l) => l.includes('❌')).map((l) => l.trim()))];
    for (const name of failed) lines.push(`  ${name}`);
  }
} finally {
  stopBusy();
}
console.log(`\n${setting}\n${lines.join('\n')}\n${runs - failedRuns} of ${runs} runs passed`);
process.exit(failedRuns ? 1 : 0);
