// A scriptable survey endpoint for the browser tests, served by web-test-runner's own HTTP server.
//   POST /test-survey/<key>/<plan>  answers with the plan's statuses in turn, the last one repeating. Plan items:
//        201 | 503 | 400 | 429~120 (status~Retry-After seconds) | 503~http-date
//        | down (the connection drops, a network failure, until GET /test-survey/<key>/up; then 201)
//   GET  /test-survey/<key>/log    the POSTs received for <key>: [{ id, status, body }]

/** The endpoint as a Koa middleware, for the config's `middleware` (which runs before file serving). */
export function surveyTestEndpoint() {
  /** @type {Map<string, Array<{ id: string | null, status: number | null, body: unknown }>>} */
  const logs = new Map();
  const up = new Set();

  const readBody = (req) =>
    new Promise((resolve, reject) => {
      let data = '';
      req.setEncoding('utf8');
      req.on('data', (chunk) => (data += chunk));
      req.on('end', () => resolve(data));
      req.on('error', reject);
    });

  /** @type {import('koa').Middleware} */
  async function middleware(ctx, next) {
    const match = /^\/test-survey\/([\w-]+)\/([^/?]+)/.exec(ctx.path);
    if (!match) return next();
    const [, key, plan] = match;
    const log = logs.get(key) ?? [];
    logs.set(key, log);
    if (ctx.method === 'GET' && plan === 'up') {
      up.add(key);
      ctx.body = 'up';
      return;
    }
    if (ctx.method === 'GET' && plan === 'log') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(log);
      return;
    }
    if (ctx.method !== 'POST') return next();
    const text = await readBody(ctx.req);
    let body = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    if (plan === 'down' && !up.has(key)) {
      log.push({ id: body?.id ?? null, status: null, body });
      ctx.status = 502; // never sent; only keeps the runner from listing the path as a missing file
      ctx.respond = false;
      // Chrome may retry a dropped request by itself a few times: each shows in the log as a null status.
      ctx.req.socket.destroy();
      return;
    }
    const steps = plan === 'down' ? ['201'] : decodeURIComponent(plan).split(',');
    const step = steps[Math.min(log.length, steps.length - 1)];
    const id = body && typeof body === 'object' ? body.id ?? null : null;
    const [status, retryAfter] = step.split('~');
    log.push({ id, status: Number(status), body });
    ctx.status = Number(status);
    if (retryAfter) ctx.set('Retry-After', retryAfter);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ id });
  }

  return middleware;
}
