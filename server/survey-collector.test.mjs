// The reference collector's own tests: `node --test server/` (part of `npm test`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, appendFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSurveyCollector, csvField, toCsv } from './survey-collector.mjs';

const answer = (overrides = {}) => ({
  schema: 1,
  id: '3f2b6c1e-8a4d-4b7e-9c21-5d6e7f8a9b0c',
  surveyId: 'oac-satisfaccion',
  answers: { satisfaction: 5, resolved: 'yes', channel: 'whatsapp', comment: 'Muy amables' },
  locale: 'es',
  page: '/atencion-ciudadana',
  submittedAt: '2026-12-02T10:00:00.000Z',
  ...overrides,
});

/** A collector on a real HTTP server (ephemeral port on 127.0.0.1), mounted at /api/survey like the dev server. */
const TOKEN = 'test-staff-token-0123456789';
async function start(file) {
  const collector = createSurveyCollector({ file, mount: '/api/survey', staffToken: TOKEN });
  const server = createServer((req, res) => collector(req, res));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}/api/survey`;
  return {
    post: (body, type = 'application/json') =>
      fetch(base, { method: 'POST', headers: { 'Content-Type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) }),
    csv: () => fetch(`${base}/export.csv`, { headers: { Authorization: `Bearer ${TOKEN}` } }),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function tempFile(t) {
  const dir = mkdtempSync(join(tmpdir(), 'survey-collector-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, '.data', 'survey-answers.jsonl');
}

const lines = (file) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));

test('stores a valid answer with 201, and the same id again only once (200)', async (t) => {
  const file = tempFile(t);
  const api = await start(file);
  t.after(api.close);
  const first = await api.post(answer());
  assert.equal(first.status, 201);
  assert.deepEqual(await first.json(), { id: answer().id, stored: 'new' });
  for (let i = 0; i < 3; i++) {
    const again = await api.post(answer({ answers: { satisfaction: 1, resolved: 'no', channel: 'web' } }));
    assert.equal(again.status, 200);
    assert.equal((await again.json()).stored, 'duplicate');
  }
  const stored = lines(file);
  assert.equal(stored.length, 1);
  assert.deepEqual({ ...stored[0], receivedAt: undefined }, { ...answer(), receivedAt: undefined });
  assert.match(stored[0].receivedAt, /^\d{4}-\d{2}-\d{2}T/);
});

test('rejects bad payloads with 400 (and wrong types or sizes with 415 / 413), storing nothing', async (t) => {
  const file = tempFile(t);
  const api = await start(file);
  t.after(api.close);
  const bad = [
    '{not json',
    '[]',
    answer({ schema: 2 }),
    answer({ id: 'not-a-uuid' }),
    answer({ surveyId: '../../etc' }),
    answer({ locale: 'fr' }),
    answer({ page: '/x?dni=12345678Z' }),
    answer({ page: 'https://evil.example/' }),
    answer({ submittedAt: 'yesterday' }),
    answer({ extra: true }),
    answer({ answers: { satisfaction: 6, resolved: 'yes', channel: 'web' } }),
    answer({ answers: { satisfaction: 4.5, resolved: 'yes', channel: 'web' } }),
    answer({ answers: { satisfaction: '5', resolved: 'yes', channel: 'web' } }),
    answer({ answers: { satisfaction: 5, resolved: 'maybe', channel: 'web' } }),
    answer({ answers: { satisfaction: 5, resolved: 'yes', channel: 'fax' } }),
    answer({ answers: { satisfaction: 5, resolved: 'yes', channel: 'web', comment: 'x'.repeat(1001) } }),
    answer({ answers: { satisfaction: 5, resolved: 'yes', channel: 'web', comment: 42 } }),
    answer({ answers: { satisfaction: 5, resolved: 'yes', channel: 'web', name: 'Ana' } }),
  ];
  for (const body of bad) {
    const response = await api.post(body);
    assert.equal(response.status, 400, JSON.stringify(body).slice(0, 120));
    assert.equal(typeof (await response.json()).error, 'string');
  }
  assert.equal((await api.post(answer(), 'text/plain')).status, 415);
  assert.equal((await api.post(JSON.stringify(answer()).padEnd(9000))).status, 413);
  assert.equal((await api.csv()).status, 200);
  assert.equal((await (await api.csv()).text()).trim().split('\r\n').length, 1, 'only the header');
});

test('survives a restart: stored ids stay stored, a torn last line is skipped', async (t) => {
  const file = tempFile(t);
  const first = await start(file);
  assert.equal((await first.post(answer())).status, 201);
  await first.close();
  appendFileSync(file, '{"id":"torn'); // a crash in the middle of a write
  const second = await start(file);
  t.after(second.close);
  assert.equal((await second.post(answer())).status, 200, 'the id is remembered');
  const other = answer({ id: 'a9c1d2e3-4f5a-4b6c-8d7e-9f0a1b2c3d4e' });
  assert.equal((await second.post(other)).status, 201);
  const csv = await (await second.csv()).text();
  assert.equal(csv.trim().split('\r\n').length, 3);
});

test('exports CSV with RFC 4180 quoting, safe against spreadsheet formulas', async (t) => {
  const file = tempFile(t);
  const api = await start(file);
  t.after(api.close);
  const tricky = 'Dijo "gracias", y luego:\nsegunda línea';
  await api.post(answer({ answers: { satisfaction: 4, resolved: 'partly', channel: 'presencial', comment: tricky } }));
  await api.post(answer({ id: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e', answers: { satisfaction: 2, resolved: 'no', channel: 'otro', comment: '=HYPERLINK("http://x","clic")' } }));
  const response = await api.csv();
  assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8');
  assert.match(response.headers.get('content-disposition'), /attachment/);
  const text = await response.text();
  assert.ok(text.startsWith('\uFEFF') || text.startsWith('"id";'), 'BOM for Excel (fetch may strip it)');
  const body = text.replace(/^\uFEFF/, '');
  assert.ok(body.startsWith('"id";"submittedAt";"receivedAt";"surveyId";"locale";"page";"satisfaction";"resolved";"channel";"comment"\r\n'));
  assert.ok(body.includes(';4;"partly";"presencial";"Dijo ""gracias"", y luego:\nsegunda línea"\r\n'));
  assert.ok(body.includes(`;2;"no";"otro";"'=HYPERLINK(""http://x"",""clic"")"\r\n`));
});

test('csvField quotes every text, writes numbers bare and defuses formulas', () => {
  assert.equal(csvField('plain'), '"plain"');
  assert.equal(csvField(5), '5');
  assert.equal(csvField(undefined), '');
  assert.equal(csvField('a;b'), '"a;b"');
  assert.equal(csvField('a\r\nb'), '"a\r\nb"');
  for (const lead of ['=', '+', '-', '@', '\t']) assert.equal(csvField(`${lead}1+1`).replace(/"/g, '')[0], "'", lead);
  assert.equal(toCsv([]).replace(/^\uFEFF/, ''), '"id";"submittedAt";"receivedAt";"surveyId";"locale";"page";"satisfaction";"resolved";"channel";"comment"\r\n');
});

test('answers 503 with Retry-After when it cannot write, and stores the answer once the disk is back', async (t) => {
  const file = tempFile(t);
  // A plain file where the .data folder should be: the folder cannot be created.
  const folder = join(file, '..');
  writeFileSync(folder, 'not a folder');
  const api = await start(file);
  t.after(api.close);
  const errors = t.mock.method(console, 'error', () => {});
  const refused = await api.post(answer());
  assert.equal(refused.status, 503);
  assert.equal(refused.headers.get('retry-after'), '60');
  assert.equal(errors.mock.callCount(), 1);
  rmSync(folder);
  const stored = await api.post(answer());
  assert.equal(stored.status, 201);
  assert.equal(lines(file).length, 1);
});

test('takes a UUID in upper case as the same answer', async (t) => {
  const file = tempFile(t);
  const api = await start(file);
  t.after(api.close);
  assert.equal((await api.post(answer())).status, 201);
  assert.equal((await api.post(answer({ id: answer().id.toUpperCase() }))).status, 200);
  assert.equal(lines(file).length, 1);
});

test('an answer after a torn last line starts a line of its own and survives a restart', async (t) => {
  const file = tempFile(t);
  const first = await start(file);
  assert.equal((await first.post(answer())).status, 201);
  await first.close();
  // A write cut short: half a record and no line end.
  appendFileSync(file, '{"schema":1,"id":"half');
  const second = await start(file);
  t.after(second.close);
  const other = answer({ id: '8a1c2e3f-4b5d-4e6f-8a7b-9c0d1e2f3a4b' });
  assert.equal((await second.post(other)).status, 201);
  const third = await start(file);
  t.after(third.close);
  const csv = await (await third.csv()).text();
  assert.equal(csv.trim().split('\r\n').length, 3, 'header and both answers');
  assert.ok(csv.includes(other.id));
});
