// Runs the browser suite several times in a row while CPU-bound processes run beside it, as on a busy 2-core CI
// machine, and prints each run's closing line. A suite that waits for conditions (never for fixed times) passes.
// Usage: node scripts/test-under-load.mjs [--runs=5] [--burners=2]   (CABILDO_BROWSER=npm for the npm Chromium)
import { spawn } from 'node:child_process';

const option = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const runs = option('runs', 5);
const burners = option('burners', 2);

// `yes > /dev/null`: one busy process per core to take.
const busy = Array.from({ length: burners }, () => spawn('yes', { stdio: ['ignore', 'ignore', 'ignore'] }));
const stopBusy = () => busy.forEach((child) => child.kill());
process.on('exit', stopBusy);
process.on('SIGINT', () => process.exit(130));

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
  }
} finally {
  stopBusy();
}
console.log(`\n${lines.join('\n')}`);
process.exit(failedRuns ? 1 : 0);
