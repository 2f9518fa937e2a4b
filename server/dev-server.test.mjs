// The dev server (`npm start`: Vite with vite.config.ts) never serves the collector's data folder, however the URL is
// written, and its staff routes and office page need the credential. A real Vite server on 127.0.0.1, with the
// project's config, a root holding a `.data` folder with a known answer in it. `node --test server/`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';

const project = resolve(import.meta.dirname, '..');
const root = join(project, '.tmp', `dev-leak-${process.pid}`);
const dataDir = join(root, '.data');
const SECRET = `SECRETO-${randomUUID()}`;
const TOKEN = 'dev-server-test-token-0123456789';
let server;
let port;

/** GET with the path exactly as written (no normalisation of `..` or escapes, unlike fetch). */
function raw(path, headers = {}) {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

before(async () => {
  mkdirSync(join(dataDir, 'survey-db'), { recursive: true });
  const line = JSON.stringify({ schema: 1, id: randomUUID(), surveyId: 'oac-satisfaccion', answers: { satisfaction: 5, resolved: 'yes', channel: 'web', comment: SECRET }, locale: 'es', page: '/', submittedAt: '2026-12-01T10:00:00.000Z', receivedAt: '2026-12-01T10:00:01.000Z' });
  writeFileSync(join(dataDir, 'survey-answers.jsonl'), `${line}\n`);
  writeFileSync(join(dataDir, 'survey-db', 'PG_VERSION'), SECRET);
  copyFileSync(join(project, 'oficina.html'), join(root, 'oficina.html'));
  Object.assign(process.env, { SURVEY_STORE: 'jsonl', SURVEY_DATA_DIR: dataDir, SURVEY_STAFF_TOKEN: TOKEN, SURVEY_DEMO_SEED: '0' });
  const { createServer } = await import('vite');
  server = await createServer({ configFile: join(project, 'vite.config.ts'), root, logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  port = server.httpServer.address().port;
});

after(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

const abs = dataDir.replace(/\\/g, '/');
/** Every way we know of asking Vite for a file in the data folder. */
const LEAKS = [
  '/.data/survey-answers.jsonl',
  '/.data/survey-answers.jsonl?raw',
  '/.data/survey-answers.jsonl?import',
  '/.data/survey-answers.jsonl?url',
  '/.data/survey-answers.jsonl?inline',
  '/.data/survey-answers.jsonl?import&raw',
  '/.data/survey-db/PG_VERSION?raw',
  `/@fs${abs}/survey-answers.jsonl`,
  `/@fs${abs}/survey-answers.jsonl?raw`,
  `/@fs${abs}/survey-answers.jsonl?import&raw`,
  `/@fs/${abs}/survey-answers.jsonl`,
  '/api/survey/../../.data/survey-answers.jsonl',
  '/api/survey/../.data/survey-answers.jsonl',
  '/api/survey/%2e%2e/%2e%2e/.data/survey-answers.jsonl',
  '/%2edata/survey-answers.jsonl',
  '/%252edata/survey-answers.jsonl',
  '/.data%2fsurvey-answers.jsonl',
  '/.DATA/survey-answers.jsonl',
  '/x/..%2f.data/survey-answers.jsonl',
  '/.data\\survey-answers.jsonl',
  '/./.data/survey-answers.jsonl',
  '//.data/survey-answers.jsonl',
  '/.data/',
  '/.data',
  '/@fs/.data/survey-answers.jsonl',
  '/@id/.data/survey-answers.jsonl',
  '/.data/survey-answers.jsonl?v=1&raw',
];

test('the data folder is never served, however the URL is written', async () => {
  for (const path of LEAKS) {
    const response = await raw(path);
    assert.notEqual(response.status, 200, `${path} answered 200`);
    assert.ok(!response.body.includes(SECRET), `${path} leaked the answers`);
  }
});

test('the same URLs with the staff credential do not leak either', async () => {
  for (const path of LEAKS) {
    const response = await raw(path, { Authorization: `Bearer ${TOKEN}` });
    assert.ok(!response.body.includes(SECRET), `${path} leaked the answers`);
  }
});

test('the export and the summary need the credential on the dev server too', async () => {
  for (const path of ['/api/survey/export.csv', '/api/survey/summary']) {
    const anonymous = await raw(path);
    assert.equal(anonymous.status, 401, path);
    assert.ok(!anonymous.body.includes(SECRET));
    const staff = await raw(path, { Authorization: `Bearer ${TOKEN}` });
    assert.equal(staff.status, 200, path);
  }
  const csv = await raw('/api/survey/export.csv', { Authorization: `Bearer ${TOKEN}` });
  assert.ok(csv.body.includes(SECRET), 'staff read the answers through the export');
});

test('the office page asks for the staff sign-in, and opens with it', async () => {
  for (const path of ['/oficina.html', '/oficina']) {
    const anonymous = await raw(path);
    assert.equal(anonymous.status, 401, path);
    assert.match(anonymous.headers['www-authenticate'], /^Basic realm=/);
  }
  const staff = await raw('/oficina.html', { Authorization: `Basic ${Buffer.from(`oficina:${TOKEN}`).toString('base64')}` });
  assert.equal(staff.status, 200);
  assert.match(staff.body, /<cabildo-survey-results/);
});

test('the collector still takes answers from the page', async () => {
  const response = await fetch(`http://127.0.0.1:${port}/api/survey`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${port}` },
    body: JSON.stringify({ schema: 1, id: randomUUID(), surveyId: 'oac-satisfaccion', answers: { satisfaction: 4, resolved: 'yes', channel: 'web' }, locale: 'es', page: '/', submittedAt: new Date().toISOString() }),
  });
  assert.equal(response.status, 201);
});
