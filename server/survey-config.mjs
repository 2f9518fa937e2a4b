// The collector's settings from the environment, shared by the dev server (vite.config.ts) and survey-server.mjs:
//   DATABASE_URL             PostgreSQL connection string: answers go to that server (the `pg` package)
//   SURVEY_STORE             without DATABASE_URL: `pglite` (default, a database kept in a folder) or `jsonl`
//   SURVEY_DATA_DIR          where the embedded store lives (default ./.data); never served by the dev server
//   SURVEY_STAFF_TOKEN       the staff credential for the results and the CSV (at least 16 characters; no default:
//                            without it the staff routes refuse)
//   SURVEY_ALLOWED_ORIGINS   comma-separated origins allowed to post from other sites (default the Cabildo's)
//   SURVEY_RATE_LIMIT        POSTs per minute per client (default 60, burst 20); 0 turns the limit off
//   SURVEY_TRUST_PROXY       1 behind a reverse proxy: the client is the first X-Forwarded-For address
import { resolve } from 'node:path';
import { CABILDO_ORIGINS, RATE_LIMIT, parseOrigins } from './survey-collector.mjs';
import { openSurveyStore } from './survey-store.mjs';

export function collectorSettings(env = process.env, cwd = process.cwd()) {
  const perMinute = env.SURVEY_RATE_LIMIT === undefined || env.SURVEY_RATE_LIMIT === '' ? RATE_LIMIT.perMinute : Number(env.SURVEY_RATE_LIMIT);
  if (!Number.isFinite(perMinute) || perMinute < 0) throw new Error(`SURVEY_RATE_LIMIT must be a number of POSTs per minute, not "${env.SURVEY_RATE_LIMIT}"`);
  const dataDir = resolve(cwd, env.SURVEY_DATA_DIR || '.data');
  const databaseUrl = env.DATABASE_URL || '';
  const kind = env.SURVEY_STORE || 'pglite';
  return {
    dataDir,
    databaseUrl,
    kind: databaseUrl ? 'postgres' : kind,
    staffToken: env.SURVEY_STAFF_TOKEN || undefined,
    allowedOrigins: env.SURVEY_ALLOWED_ORIGINS ? parseOrigins(env.SURVEY_ALLOWED_ORIGINS) : CABILDO_ORIGINS,
    rateLimit: perMinute === 0 ? false : { burst: RATE_LIMIT.burst, perMinute },
    trustProxy: env.SURVEY_TRUST_PROXY === '1',
    openStore: () => openSurveyStore({ databaseUrl, kind, dataDir }),
  };
}
