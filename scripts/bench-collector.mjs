// npm run bench:collector — the survey collector under load on loopback, one store after another in the same run:
// PGlite (the default), PostgreSQL (when BENCH_DATABASE_URL or TEST_DATABASE_URL is set) and the reference JSON-lines
// file. Each: server/survey-server.mjs in its own process, autocannon with 200 clients for 30 s posting new answers
// (rate limit off). Then the fault run: load on the PGlite store, `kill -9` in the middle, restart, the answers that got
// no 2xx sent again (as the browsers would) and the ones that did sent again too; every answer that got a 2xx must be
// stored exactly once. Options: --duration 30 --connections 200 --stores pglite,postgres,jsonl --fault-seconds 8
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Agent, request } from 'node:http';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '200' },
    stores: { type: 'string', default: 'pglite,postgres,jsonl' },
    'fault-seconds': { type: 'string', default: '8' },
  },
});
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const PG_URL = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || '';
const TOKEN = randomUUID();
const work = mkdtempSync(join(tmpdir(), 'bench-collector-'));

const payload = (id) => JSON.stringify({
  schema: 1, id, surveyId: 'bench', answers: { satisfaction: 4, resolved: 'yes', channel: 'web', comment: 'Muy amables, gracias' },
  locale: 'es', page: '/atencion-ciudadana', submittedAt: new Date().toISOString(),
});

/** Starts the collector; resolves with { port, child } once it listens. */
function startServer(store, dataDir) {
  const env = { ...process.env, SURVEY_DATA_DIR: dataDir, SURVEY_RATE_LIMIT: '0', SURVEY_STAFF_TOKEN: TOKEN, SURVEY_STORE: store === 'jsonl' ? 'jsonl' : 'pglite', DATABASE_URL: store === 'postgres' ? PG_URL : '' };
  const child = spawn(process.execPath, ['server/survey-server.mjs', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${store}: no "listening" line in 300 s`)), 300_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ port: Number(match[1]), child });
      }
    });
    child.on('exit', (code) => reject(new Error(`${store}: server exited (${code}) before listening`)));
  });
}
const stop = (child) => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', resolve), child.kill('SIGTERM'))));

async function storedIds(port) {
  const response = await fetch(`http://127.0.0.1:${port}/api/survey/export.csv?survey=bench`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  const text = await response.text();
  return text.split('\r\n').slice(1).filter(Boolean).map((line) => line.slice(1, 37));
}

async function load(store) {
  const dataDir = join(work, store);
  const { port, child } = await startServer(store, dataDir);
  try {
    const result = await autocannon({
      url: `http://127.0.0.1:${port}/api/survey`,
      connections: CONNECTIONS,
      duration: DURATION,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [{ setupRequest: (req) => ({ ...req, body: payload(randomUUID()) }) }],
    });
    const stored = (await storedIds(port)).length;
    return {
      store,
      'answers/s': Math.round(result.requests.average),
      'p50 ms': result.latency.p50,
      'p99 ms': result.latency.p99,
      '2xx': result['2xx'],
      'non-2xx': result.non2xx,
      errors: result.errors + result.timeouts,
      stored,
    };
  } finally {
    await stop(child);
  }
}

/** POSTs one answer; resolves with the status, or null when the connection failed. */
function post(port, id, agent) {
  return new Promise((resolve) => {
    const body = payload(id);
    const req = request({ host: '127.0.0.1', port, path: '/api/survey', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', () => resolve(null));
    req.setTimeout(30_000, () => req.destroy());
    req.end(body);
  });
}

async function faultRun() {
  const dataDir = join(work, 'fault');
  const first = await startServer('pglite', dataDir);
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const acked = new Set();
  const unacked = new Set();
  let running = true;
  const worker = async () => {
    while (running) {
      const id = randomUUID();
      const status = await post(first.port, id, agent);
      if (status !== null && status >= 200 && status < 300) acked.add(id);
      else unacked.add(id);
    }
  };
  const workers = Array.from({ length: CONNECTIONS }, worker);
  await new Promise((resolve) => setTimeout(resolve, Number(values['fault-seconds']) * 1000));
  first.child.kill('SIGKILL');
  await new Promise((resolve) => first.child.once('exit', resolve));
  running = false;
  await Promise.all(workers);
  agent.destroy();
  const ackedBeforeKill = acked.size;
  const second = await startServer('pglite', dataDir);
  try {
    // The browsers resend what got no 2xx; the acked ones are sent again too, to see the duplicates refused.
    const resend = [...unacked, ...acked];
    const statuses = { 201: 0, 200: 0, other: 0 };
    const retryAgent = new Agent({ keepAlive: true, maxSockets: 50 });
    for (let i = 0; i < resend.length; i += 50) {
      const batch = await Promise.all(resend.slice(i, i + 50).map((id) => post(second.port, id, retryAgent)));
      for (const status of batch) statuses[status === 201 || status === 200 ? status : 'other']++;
    }
    retryAgent.destroy();
    const ids = await storedIds(second.port);
    const counts = new Map();
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    const ackedMissing = [...acked].filter((id) => !counts.has(id)).length;
    const doubled = [...counts.values()].filter((n) => n > 1).length;
    return { ackedBeforeKill, unackedBeforeKill: unacked.size, resent: resend.length, statuses, stored: ids.length, expected: acked.size + unacked.size, ackedMissing, doubled };
  } finally {
    await stop(second.child);
  }
}

const stores = values.stores.split(',').filter((s) => s !== 'postgres' || PG_URL);
if (values.stores.includes('postgres') && !PG_URL) console.log('PostgreSQL skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to include it.');
console.log(`bench:collector — ${CONNECTIONS} clients for ${DURATION} s per store, loopback, ${process.versions.node}, rate limit off`);
const rows = [];
try {
  for (const store of stores) {
    rows.push(await load(store));
    console.log(`  ${store} done`);
  }
  console.table(rows);
  const fault = await faultRun();
  console.log(`fault run (PGlite): kill -9 after ${values['fault-seconds']} s of load with ${CONNECTIONS} clients`);
  console.log(`  before the kill: ${fault.ackedBeforeKill} answers got a 2xx, ${fault.unackedBeforeKill} got none (in flight or refused)`);
  console.log(`  after restart: ${fault.resent} sent again → ${fault.statuses[201]} new (201), ${fault.statuses[200]} already stored (200), ${fault.statuses.other} other`);
  console.log(`  stored: ${fault.stored} of ${fault.expected} distinct answers; 2xx answers missing: ${fault.ackedMissing}; stored twice: ${fault.doubled}`);
  if (fault.ackedMissing || fault.doubled || fault.stored !== fault.expected) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
