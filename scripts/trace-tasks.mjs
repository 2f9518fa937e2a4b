// What a Chromium trace's long main-thread tasks were made of: for each task over a threshold on the renderer of the
// page (the one that requested `match`), the trace events inside it and the functions the CPU profiler sampled there.
// Used by `npm run bench -- --trace`; also by hand on a saved trace:
//   node scripts/trace-tasks.mjs build/bench/load-1x.json [thresholdMs] [urlPart]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Outermost tasks over `over` ms on the main thread of the renderer whose events mention `match` (with `fromMatch`,
 * only those that end after its first mention: for a catalogue, from its request on).
 */
export function longTasks(trace, { over = 50, match = 'catalogue.json', fromMatch = false } = {}) {
  const events = trace.traceEvents ?? trace;
  const counts = new Map();
  let since = Infinity;
  for (const e of events) {
    const url = e.args?.data?.url ?? e.args?.data?.frames?.[0]?.url;
    if (typeof url === 'string' && url.includes(match)) {
      counts.set(e.pid, (counts.get(e.pid) ?? 0) + 1);
      if (e.ts < since) since = e.ts;
    }
  }
  const pid = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args.name === 'CrRendererMain');
  if (!main) return { tasks: [], report: `  no renderer requested ${match}` };
  const onMain = events.filter((e) => e.pid === pid && e.tid === main.tid && e.ph === 'X');
  const runs = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Outermost only (ThreadControllerImpl::RunTask nests inside RunTask).
  const tasks = [];
  let until = -1;
  for (const run of runs) {
    if (run.ts < until) continue;
    until = run.ts + run.dur;
    if (run.dur > over * 1000 && (!fromMatch || run.ts + run.dur >= since)) tasks.push(run);
  }
  // CPU samples of this renderer's main thread (ProfileChunk events: nodes, samples, µs deltas from Profile's start).
  const frames = new Map();
  const samples = [];
  const clock = new Map();
  for (const e of events) {
    if (e.pid !== pid) continue;
    if (e.name === 'Profile') clock.set(e.id, e.args.data.startTime);
    if (e.name !== 'ProfileChunk') continue;
    const { cpuProfile = {}, timeDeltas = [] } = e.args.data;
    for (const node of cpuProfile.nodes ?? []) frames.set(`${e.id}:${node.id}`, node.callFrame);
    let t = clock.get(e.id) ?? 0;
    (cpuProfile.samples ?? []).forEach((id, i) => {
      t += timeDeltas[i] ?? 0;
      samples.push([t, `${e.id}:${id}`]);
    });
    clock.set(e.id, t);
  }
  samples.sort((a, b) => a[0] - b[0]);
  const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, ms]) => `      ${ms.toFixed(1).padStart(7)} ms  ${k}`);
  const where = (d) => (d.functionName || d.url ? ` ${d.functionName || '(anonymous)'} ${String(d.url ?? '').split('/').pop()}:${d.lineNumber ?? ''}` : '');
  const origin = tasks[0]?.ts ?? 0;
  const lines = [];
  for (const task of tasks) {
    const end = task.ts + task.dur;
    const byName = new Map();
    for (const e of onMain) {
      if (e === task || e.ts < task.ts || e.ts + e.dur > end || e.name.includes('RunTask')) continue;
      const key = `${e.name}${where(e.args?.data ?? {})}`;
      byName.set(key, (byName.get(key) ?? 0) + e.dur / 1000);
    }
    const self = new Map();
    for (let i = 0; i < samples.length - 1; i++) {
      const [t, id] = samples[i];
      if (t < task.ts || t >= end) continue;
      const frame = frames.get(id);
      const key = frame ? `${frame.functionName || '(anonymous)'} ${String(frame.url ?? '').split('/').pop()}:${frame.lineNumber + 1}` : '?';
      self.set(key, (self.get(key) ?? 0) + Math.min(samples[i + 1][0], end) / 1000 - t / 1000);
    }
    // Thread time: what the task really ran. Far below its length, the thread was waiting (the OS gave the core to
    // another process, or CPU throttling paused it): not work of the page.
    const cpu = task.tdur === undefined ? '' : `, ${(task.tdur / 1000).toFixed(1)} ms of it running`;
    lines.push(`  task of ${(task.dur / 1000).toFixed(1)} ms${cpu}, ${((task.ts - origin) / 1000).toFixed(0)} ms after the first:`,
      '    trace events inside (nested ones also counted in their parents):', ...top(byName, 12),
      '    sampled functions (self time):', ...top(self, 10));
  }
  return { tasks: tasks.map((t) => ({ ms: t.dur / 1000, cpu: (t.tdur ?? t.dur) / 1000 })), report: lines.join('\n') || `  no task over ${over} ms` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, over = '50', match = 'catalogue.json'] = process.argv.slice(2);
  console.log(longTasks(JSON.parse(readFileSync(file, 'utf8')), { over: Number(over), match }).report);
}
