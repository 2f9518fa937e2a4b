// The collector for <cabildo-satisfaction-survey>, and the office's staff routes for <cabildo-survey-results>: receives
// answers by POST and stores each one once (by id) in a store (survey-store.mjs: PGlite by default, PostgreSQL with
// DATABASE_URL, or the reference JSON-lines file); staff read the figures and export the answers as CSV with a
// credential. A connect-style middleware (Vite, Express, connect) or a standalone server (survey-server.mjs). The
// payload is documented in docs/survey-payload.md, for the Cabildo's own backend.
import { createHash, timingSafeEqual } from 'node:crypto';
import { join, posix } from 'node:path';
import { MAX_BODY_BYTES, payloadProblem } from './survey-payload.mjs';
import { toCsv } from './survey-csv.mjs';
import { canaryDay, parseFilters } from './survey-summary.mjs';
import { openJsonLinesStore } from './survey-store-jsonl.mjs';

export { MAX_BODY_BYTES, COMMENT_MAX, PAGE_MAX, payloadProblem } from './survey-payload.mjs';
export { CSV_COLUMNS, CSV_SEPARATOR, csvField, toCsv, defuse } from './survey-csv.mjs';
export { openStore } from './survey-store-jsonl.mjs';

/** The Cabildo's sites, allowed to POST answers from another origin unless SURVEY_ALLOWED_ORIGINS says otherwise. */
export const CABILDO_ORIGINS = ['https://www.cabildodelanzarote.com', 'https://cabildodelanzarote.com', 'https://cabildodelanzarote.sedelectronica.es'];
/** A staff token shorter than this is refused as a configuration error (it could be guessed). */
export const STAFF_TOKEN_MIN = 16;
/** Default rate limit on POSTs, per client: a burst, then this many a minute. */
export const RATE_LIMIT = { burst: 20, perMinute: 60 };
const REALM = 'Oficina de Atencion Ciudadana';
const MAX_TRACKED_CLIENTS = 10_000;

const digest = (text) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Checks a request's staff credential against `token`, in constant time (both sides hashed to the same length, then
 * crypto.timingSafeEqual). Accepted: `Authorization: Bearer <token>`, or HTTP Basic with the token as the password
 * (any user name: a browser's sign-in box, `curl -u oficina:<token>`). Returns null when allowed, or the refusal.
 */
export function staffRefusal(req, token) {
  if (typeof token !== 'string' || token.length < STAFF_TOKEN_MIN) {
    return {
      status: 403,
      body: {
        error: token
          ? `staff access is disabled: SURVEY_STAFF_TOKEN is shorter than ${STAFF_TOKEN_MIN} characters`
          : 'staff access is disabled: set SURVEY_STAFF_TOKEN on the server to read the results',
      },
    };
  }
  const header = req.headers.authorization ?? '';
  let given = null;
  const bearer = /^Bearer[ ]+(\S+)$/i.exec(header);
  const basic = /^Basic[ ]+([A-Za-z0-9+/=]+)$/i.exec(header);
  if (bearer) given = bearer[1];
  else if (basic) {
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    given = colon >= 0 ? decoded.slice(colon + 1) : null;
  }
  if (given !== null && timingSafeEqual(digest(given), digest(token))) return null;
  return {
    status: 401,
    body: { error: given === null ? 'staff credential required' : 'wrong staff credential' },
    headers: { 'WWW-Authenticate': `Basic realm="${REALM}", charset="UTF-8"` },
  };
}

/** A per-client token bucket: `burst` requests at once, refilled at `perMinute`. take() → 0, or seconds to wait. */
export function rateLimiter({ burst = RATE_LIMIT.burst, perMinute = RATE_LIMIT.perMinute } = {}, now = Date.now) {
  const buckets = new Map();
  const perMs = perMinute / 60_000;
  return {
    take(client) {
      const t = now();
      let bucket = buckets.get(client);
      if (!bucket) {
        if (buckets.size >= MAX_TRACKED_CLIENTS) {
          // Forget the clients whose bucket is full again (they are as if new); if none, the oldest.
          for (const [key, b] of buckets) if (b.tokens + (t - b.at) * perMs >= burst) buckets.delete(key);
          if (buckets.size >= MAX_TRACKED_CLIENTS) buckets.delete(buckets.keys().next().value);
        }
        bucket = { tokens: burst, at: t };
        buckets.set(client, bucket);
      }
      bucket.tokens = Math.min(burst, bucket.tokens + (t - bucket.at) * perMs);
      bucket.at = t;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
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

/** The origins list from a comma-separated text (SURVEY_ALLOWED_ORIGINS), each reduced to scheme://host[:port]. */
export function parseOrigins(text) {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const url = new URL(item);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`not a web origin: ${item}`);
      return url.origin;
    });
}

/** True when `origin` is the collector's own (same host as the request): a same-origin page always may post. */
function sameOrigin(origin, req) {
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

const STAFF_ROUTES = new Set(['/export.csv', '/summary']);

/**
 * The collector as a connect-style middleware `(req, res, next)`. Mounted at a path (e.g. `/api/survey`), it answers
 *   POST    <mount>              201 stored · 200 already stored (same id) · 400 bad payload · 403 origin not allowed
 *                                · 413 too large · 415 not JSON · 429 too many (Retry-After) · 503 cannot store (Retry-After)
 *   GET     <mount>/summary      staff: the figures for <cabildo-survey-results> (JSON; filters in the query string)
 *   GET     <mount>/export.csv   staff: the answers as CSV (same filters)
 *   OPTIONS any of them          CORS preflight, for the allowed origins only
 * and passes anything else to `next`. Staff routes need the credential in `staffToken` (401 without it, 403 when none
 * is configured).
 *
 * Options: `store` (a store or a function that opens one, see survey-store.mjs; default the JSON-lines `file`,
 * `.data/survey-answers.jsonl`), `mount`, `staffToken`, `allowedOrigins` (array; default CABILDO_ORIGINS),
 * `rateLimit` ({ burst, perMinute } or false), `trustProxy` (take the client from X-Forwarded-For), `now`.
 */
export function createSurveyCollector({
  file = join(process.cwd(), '.data', 'survey-answers.jsonl'),
  store: storeOption = null,
  mount = '',
  staffToken = undefined,
  allowedOrigins = CABILDO_ORIGINS,
  rateLimit = RATE_LIMIT,
  trustProxy = false,
  now = Date.now,
} = {}) {
  const openStoreNow = typeof storeOption === 'function' ? storeOption : storeOption ? () => storeOption : () => openJsonLinesStore(file);
  let opening = null;
  const limiter = rateLimit ? rateLimiter(rateLimit, now) : null;
  const allowed = new Set(allowedOrigins);
  const unavailable = (res, headers) => send(res, 503, { error: 'cannot store answers now; try again later' }, { 'Retry-After': '60', ...headers });

  /** The store, or null after answering 503 when it cannot be opened (tried again on the next request). */
  const storeOr503 = async (res, headers) => {
    opening ??= Promise.resolve().then(openStoreNow);
    try {
      return await opening;
    } catch (error) {
      opening = null;
      console.error(`survey collector: cannot open the store: ${error.message}`);
      unavailable(res, headers);
      return null;
    }
  };

  const clientOf = (req) => {
    const forwarded = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0].trim() : '';
    return forwarded || req.socket?.remoteAddress || 'unknown';
  };

  const collector = async function surveyCollector(req, res, next = () => send(res, 404, 'Not found')) {
    // Connect strips the mount path from req.url; a plain http server passes the full URL, hence `mount`.
    const url = new URL(req.url ?? '/', 'http://collector');
    let path = url.pathname;
    if (mount && (path === mount || path.startsWith(`${mount}/`))) path = path.slice(mount.length) || '/';
    path = posix.normalize(path).replace(/\/+$/, '') || '/';
    const staff = STAFF_ROUTES.has(path);
    if (!staff && path !== '/') return next();

    const origin = req.headers.origin;
    const originAllowed = !origin || sameOrigin(origin, req) || allowed.has(origin);
    const cors = origin && originAllowed && !sameOrigin(origin, req)
      ? { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': 'Retry-After', Vary: 'Origin' }
      : { Vary: 'Origin' };
    const method = staff ? 'GET' : 'POST';

    if (req.method === 'OPTIONS') {
      if (!origin || !originAllowed) return send(res, 403, { error: 'origin not allowed' }, { Vary: 'Origin' });
      const wanted = req.headers['access-control-request-method'];
      const headers = String(req.headers['access-control-request-headers'] ?? '').toLowerCase().split(',').map((h) => h.trim()).filter(Boolean);
      const allowedHeaders = staff ? ['authorization'] : ['content-type'];
      if ((wanted && wanted !== method) || headers.some((h) => !allowedHeaders.includes(h))) {
        return send(res, 403, { error: `only ${method} with ${allowedHeaders.join(', ')}` }, cors);
      }
      res.writeHead(204, {
        ...cors,
        'Access-Control-Allow-Methods': method,
        'Access-Control-Allow-Headers': staff ? 'Authorization' : 'Content-Type',
        'Access-Control-Max-Age': '600',
        'Cache-Control': 'no-store',
      });
      return res.end();
    }
    if (origin && !originAllowed) return send(res, 403, { error: 'origin not allowed' }, { Vary: 'Origin' });

    if (staff) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'use GET' }, { Allow: 'GET', ...cors });
      const refusal = staffRefusal(req, staffToken);
      if (refusal) return send(res, refusal.status, refusal.body, { ...refusal.headers, ...cors });
      const parsed = parseFilters(url.searchParams);
      if (parsed.error) return send(res, 400, { error: parsed.error }, cors);
      const current = await storeOr503(res, cors);
      if (!current) return undefined;
      try {
        if (path === '/summary') return send(res, 200, await current.summary(parsed.filters), cors);
        const day = canaryDay(new Date(now()));
        return send(res, 200, toCsv(await current.records(parsed.filters)), {
          ...cors,
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="respuestas-encuesta-${day}.csv"`,
        });
      } catch (error) {
        console.error(`survey collector: cannot read the answers: ${error.message}`);
        return send(res, 503, { error: 'cannot read the answers now; try again later' }, { 'Retry-After': '60', ...cors });
      }
    }

    if (req.method !== 'POST') return send(res, 405, { error: 'use POST' }, { Allow: 'POST', ...cors });
    const wait = limiter?.take(clientOf(req)) ?? 0;
    if (wait) return send(res, 429, { error: 'too many answers from this address; try again later' }, { 'Retry-After': String(wait), ...cors });
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return send(res, 415, { error: 'Content-Type must be application/json' }, cors);

    let payload;
    try {
      payload = JSON.parse(await readBody(req, MAX_BODY_BYTES));
    } catch (error) {
      return error?.status === 413
        ? send(res, 413, { error: `body over ${MAX_BODY_BYTES} bytes` }, { Connection: 'close', ...cors })
        : send(res, 400, { error: 'body is not JSON' }, cors);
    }
    const problem = payloadProblem(payload);
    if (problem) return send(res, 400, { error: problem }, cors);
    const current = await storeOr503(res, cors);
    if (!current) return undefined;
    let created;
    try {
      created = await current.add(payload);
    } catch (error) {
      // Disk full, database down: the browser keeps the answer and sends it again later, with the same id.
      console.error(`survey collector: could not store answer ${payload.id}: ${error.message}`);
      return unavailable(res, cors);
    }
    return send(res, created ? 201 : 200, { id: payload.id, stored: created ? 'new' : 'duplicate' }, cors);
  };
  /** The store, once opened (opens it if needed). */
  collector.store = () => (opening ??= Promise.resolve().then(openStoreNow));
  return collector;
}

/**
 * A middleware that refuses (404) every request whose path reaches the data folder, however it is written: encoded
 * (`%2e`, `%2F`, twice encoded), with `..`, backslashes, `/@fs/` and absolute paths, any query (`?raw`, `?import`,
 * `?url`), any letter case. Mounted before everything else on a dev server whose root contains the data folder.
 */
export function dataFolderGuard(dataDir) {
  const name = posix.basename(dataDir.replace(/\\/g, '/')).toLowerCase();
  const absolute = dataDir.replace(/\\/g, '/').toLowerCase();
  const named = new RegExp(`(^|[/?#&=:])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([/?#&=:]|$)`);
  // Percent-escapes decoded as UTF-8, or byte by byte where they are not valid UTF-8 (an ASCII '.' still shows).
  const decode = (text) =>
    text.replace(/(%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run.replace(/%([0-9a-f]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
      }
    });
  return function guard(req, res, next) {
    let path = String(req.url ?? '');
    for (let i = 0; i < 4 && path !== decode(path); i++) path = decode(path);
    // Anywhere in the path or the query, as a whole name between separators.
    path = path.replace(/\\/g, '/').toLowerCase();
    if (named.test(path) || path.includes(absolute)) return send(res, 404, 'Not found');
    return next();
  };
}
