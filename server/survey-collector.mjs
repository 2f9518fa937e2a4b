// The reference collector for <cabildo-satisfaction-survey>: receives answers by POST, stores each one once (by id)
// in an append-only JSON-lines file that survives restarts, and exports them all as CSV. Plain Node, no dependencies;
// a connect-style middleware (Vite, Express, connect) or a standalone http server. The payload is documented in
// docs/survey-payload.md, for the Cabildo's own backend.
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const MAX_BODY_BYTES = 8 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const SURVEY_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/i;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;
const RESOLVED = ['yes', 'partly', 'no'];
const CHANNELS = ['presencial', 'telefono', 'email', 'whatsapp', 'web', 'otro'];
const LOCALES = ['es', 'en'];
const TOP_KEYS = ['schema', 'id', 'surveyId', 'answers', 'locale', 'page', 'submittedAt'];
const ANSWER_KEYS = ['satisfaction', 'resolved', 'channel', 'comment'];
export const COMMENT_MAX = 1000;
export const PAGE_MAX = 512;

/** The CSV columns, in order. */
export const CSV_COLUMNS = ['id', 'submittedAt', 'receivedAt', 'surveyId', 'locale', 'page', 'satisfaction', 'resolved', 'channel', 'comment'];

/** Why `payload` is not a valid schema-1 survey answer, or null when it is. */
export function payloadProblem(payload) {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return 'body must be a JSON object';
  const extra = Object.keys(payload).filter((k) => !TOP_KEYS.includes(k));
  if (extra.length) return `unknown fields: ${extra.join(', ')}`;
  if (payload.schema !== 1) return 'schema must be 1';
  if (typeof payload.id !== 'string' || !UUID.test(payload.id)) return 'id must be a UUID';
  if (typeof payload.surveyId !== 'string' || !SURVEY_ID.test(payload.surveyId)) return 'surveyId must be a slug of up to 64 characters';
  if (!LOCALES.includes(payload.locale)) return `locale must be one of ${LOCALES.join(', ')}`;
  if (typeof payload.page !== 'string' || !payload.page.startsWith('/') || payload.page.length > PAGE_MAX || /[?#\s]/.test(payload.page)) {
    return `page must be a path starting with / (no query, fragment or spaces, at most ${PAGE_MAX} characters)`;
  }
  if (typeof payload.submittedAt !== 'string' || !ISO_INSTANT.test(payload.submittedAt) || Number.isNaN(Date.parse(payload.submittedAt))) {
    return 'submittedAt must be an ISO 8601 instant';
  }
  const answers = payload.answers;
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return 'answers must be an object';
  const extraAnswers = Object.keys(answers).filter((k) => !ANSWER_KEYS.includes(k));
  if (extraAnswers.length) return `unknown answers: ${extraAnswers.join(', ')}`;
  if (!Number.isInteger(answers.satisfaction) || answers.satisfaction < 1 || answers.satisfaction > 5) return 'answers.satisfaction must be an integer from 1 to 5';
  if (!RESOLVED.includes(answers.resolved)) return `answers.resolved must be one of ${RESOLVED.join(', ')}`;
  if (!CHANNELS.includes(answers.channel)) return `answers.channel must be one of ${CHANNELS.join(', ')}`;
  if ('comment' in answers && (typeof answers.comment !== 'string' || answers.comment.length > COMMENT_MAX)) {
    return `answers.comment must be a string of at most ${COMMENT_MAX} characters`;
  }
  return null;
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; and, against formula injection in
 * spreadsheets (OWASP), a text starting with =, +, -, @, tab or carriage return gets a leading apostrophe.
 */
export function csvField(value) {
  let text = value === undefined || value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The stored answers as CSV: UTF-8 with a byte-order mark (so Excel reads the accents), CRLF line ends. */
export function toCsv(records) {
  const rows = [CSV_COLUMNS.join(',')];
  for (const r of records) {
    const flat = { ...r, ...r.answers };
    rows.push(CSV_COLUMNS.map((column) => csvField(flat[column])).join(','));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/**
 * An append-only store of answers in a JSON-lines file, one answer per id. It reads the file once at start, so the
 * ids already stored survive a restart; a line cut short by a crash is skipped.
 */
export function openStore(file) {
  const records = [];
  const ids = new Set();
  // A write cut short (a crash, a full disk) leaves a line without its end: the next answer must start on a line of its
  // own, or it would be glued to the torn one and lost when the file is read again.
  let startOnNewLine = false;
  if (existsSync(file)) {
    const text = readFileSync(file, 'utf8');
    startOnNewLine = text !== '' && !text.endsWith('\n');
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        const record = JSON.parse(line);
        if (typeof record?.id === 'string' && !ids.has(record.id.toLowerCase())) {
          ids.add(record.id.toLowerCase());
          records.push(record);
        }
      } catch {
        // A torn last line from a crash: the answer's browser will send it again, with the same id.
      }
    }
  }
  return {
    file,
    // A UUID is the same in upper and lower case.
    has: (id) => ids.has(id.toLowerCase()),
    records: () => records.slice(),
    /** Appends the answer unless its id is stored; true when it was new. Throws when the file cannot be written. */
    add(payload, receivedAt = new Date().toISOString()) {
      if (ids.has(payload.id.toLowerCase())) return false;
      const record = { ...payload, receivedAt };
      mkdirSync(dirname(file), { recursive: true });
      try {
        appendFileSync(file, `${startOnNewLine ? '\n' : ''}${JSON.stringify(record)}\n`, { encoding: 'utf8', mode: 0o600 });
      } catch (error) {
        startOnNewLine = true;
        throw error;
      }
      startOnNewLine = false;
      ids.add(payload.id.toLowerCase());
      records.push(record);
      return true;
    },
  };
}

function send(res, status, body, headers = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) {
        // Stop keeping it; the 413 goes out with Connection: close, which ends the upload.
        reject(Object.assign(new Error('too large'), { status: 413 }));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The collector as a connect-style middleware `(req, res, next)`. Mounted at a path (e.g. `/api/survey`), it answers
 *   POST <mount>             201 stored · 200 already stored (same id) · 400 bad payload · 413 too large · 415 not JSON
 *                            · 503 (Retry-After: 60) when the file cannot be written
 *   GET  <mount>/export.csv  every stored answer as CSV
 * and passes anything else to `next`. `file` is where answers are kept (default `.data/survey-answers.jsonl`).
 */
export function createSurveyCollector({ file = join(process.cwd(), '.data', 'survey-answers.jsonl'), mount = '' } = {}) {
  let store = null;
  const unavailable = (res) => send(res, 503, { error: 'cannot store answers now; try again later' }, { 'Retry-After': '60' });
  /** The store, or null after answering 503 when its file cannot be read. */
  const storeOr503 = (res) => {
    try {
      return (store ??= openStore(file));
    } catch (error) {
      console.error(`survey collector: cannot open ${file}: ${error.message}`);
      unavailable(res);
      return null;
    }
  };

  return async function surveyCollector(req, res, next = () => send(res, 404, 'Not found')) {
    // Connect strips the mount path from req.url; a plain http server passes the full URL, hence `mount`.
    let path = new URL(req.url ?? '/', 'http://collector').pathname;
    if (mount && path.startsWith(mount)) path = path.slice(mount.length);
    path = path.replace(/\/+$/, '') || '/';

    if (path === '/export.csv') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', { Allow: 'GET' });
      const current = storeOr503(res);
      if (!current) return undefined;
      return send(res, 200, toCsv(current.records()), {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="survey-answers.csv"',
      });
    }
    if (path !== '/') return next();
    if (req.method !== 'POST') return send(res, 405, { error: 'use POST' }, { Allow: 'POST' });
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return send(res, 415, { error: 'Content-Type must be application/json' });

    let payload;
    try {
      payload = JSON.parse(await readBody(req, MAX_BODY_BYTES));
    } catch (error) {
      return error?.status === 413
        ? send(res, 413, { error: `body over ${MAX_BODY_BYTES} bytes` }, { Connection: 'close' })
        : send(res, 400, { error: 'body is not JSON' });
    }
    const problem = payloadProblem(payload);
    if (problem) return send(res, 400, { error: problem });
    const current = storeOr503(res);
    if (!current) return undefined;
    let created;
    try {
      created = current.add(payload);
    } catch (error) {
      // Disk full, no permission: the browser keeps the answer and sends it again later, with the same id.
      console.error(`survey collector: could not store answer ${payload.id}: ${error.message}`);
      return unavailable(res);
    }
    return send(res, created ? 201 : 200, { id: payload.id, stored: created ? 'new' : 'duplicate' });
  };
}

/** A Vite plugin that mounts the collector at `/api/survey` on the dev server and on `vite preview`. */
export function surveyCollectorPlugin(options = {}) {
  const mount = options.mount ?? '/api/survey';
  const middleware = createSurveyCollector({ file: options.file });
  // A block body: a configureServer hook that returns a function has it run after Vite's own middlewares.
  const use = (server) => {
    server.middlewares.use(mount, middleware);
  };
  return { name: 'cabildo-survey-collector', configureServer: use, configurePreviewServer: use };
}
