// Where the collector keeps the answers. Three stores behind one interface:
//   - PostgreSQL (`pg`) when a connection string is given (DATABASE_URL): the office's production database;
//   - PGlite (`@electric-sql/pglite`, PostgreSQL compiled to WebAssembly, kept in a folder) by default: no set-up,
//     no compile step, and the very same SQL, schema and migrations as the production server;
//   - the reference JSON-lines file (no dependency at all), kept for comparison (`npm run bench:collector`) and for
//     importing the answers collected before the database existed.
// Both SQL stores de-duplicate with the table's primary key on the answer id (a UUID: the same in any letter case).
//
// Store interface (every method async):
//   add(payload, receivedAt?) → true when stored, false when the id was already stored (the comment masked first)
//   records(filters?)         → stored answers, oldest first, as { ...payload, receivedAt } (comments masked again)
//   summary(filters?)         → the figures of <cabildo-survey-results> (see survey-summary.mjs)
//   importJsonLines(file)     → { read, added, duplicates, skipped }
//   close()
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openJsonLinesStore } from './survey-store-jsonl.mjs';
import { payloadProblem } from './survey-payload.mjs';
import { FOLD_FROM, FOLD_TO, bucketStartSql, commentPage, foldForSearch, rangeBounds, summaryFromRows } from './survey-summary.mjs';
import { maskAnswer, maskComment } from './personal-data.mjs';

/**
 * The schema, in numbered migrations applied once each and in order (recorded in `survey_migrations`). Never edit a
 * migration that has shipped: add the next one.
 */
export const MIGRATIONS = [
  {
    version: 1,
    name: 'survey answers',
    sql: `
      CREATE TABLE survey_answers (
        id uuid PRIMARY KEY,
        survey_id text NOT NULL,
        schema_version smallint NOT NULL,
        satisfaction smallint NOT NULL CHECK (satisfaction BETWEEN 1 AND 5),
        resolved text NOT NULL CHECK (resolved IN ('yes', 'partly', 'no')),
        channel text NOT NULL CHECK (channel IN ('presencial', 'telefono', 'email', 'whatsapp', 'web', 'otro')),
        comment text CHECK (comment IS NULL OR char_length(comment) <= 1000),
        locale text NOT NULL,
        page text NOT NULL,
        submitted_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX survey_answers_by_survey_and_time ON survey_answers (survey_id, received_at);`,
  },
];

const COLUMNS = 'id, survey_id, schema_version, satisfaction, resolved, channel, comment, locale, page, submitted_at, received_at';

const INSERT = `INSERT INTO survey_answers (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
  ON CONFLICT (id) DO NOTHING RETURNING id`;
const insertParams = (payload, receivedAt) => {
  const a = payload.answers;
  return [payload.id, payload.surveyId, payload.schema, a.satisfaction, a.resolved, a.channel, a.comment ?? null, payload.locale, payload.page, payload.submittedAt, receivedAt];
};

/** A stored row as the payload it came from, plus receivedAt. */
function rowToRecord(row) {
  const answers = { satisfaction: Number(row.satisfaction), resolved: row.resolved, channel: row.channel };
  if (row.comment !== null && row.comment !== undefined) answers.comment = row.comment;
  return {
    schema: Number(row.schema_version),
    id: row.id,
    surveyId: row.survey_id,
    answers,
    locale: row.locale,
    page: row.page,
    submittedAt: new Date(row.submitted_at).toISOString(),
    receivedAt: new Date(row.received_at).toISOString(),
  };
}

/** WHERE clause and parameters for the filters (survey, date range in Canary days, channel). */
function whereOf(filters, params = []) {
  const clauses = [];
  const add = (sql, value) => {
    params.push(value);
    clauses.push(sql.replace('?', `$${params.length}`));
  };
  if (filters.surveyId) add('survey_id = ?', filters.surveyId);
  const { from, to } = rangeBounds(filters);
  if (from) add('received_at >= ?', from.toISOString());
  if (to) add('received_at < ?', to.toISOString());
  if (filters.channel) add('channel = ?', filters.channel);
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** `%`, `_` and `\` typed in a search are searched for, not wildcards. */
const likePattern = (text) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The SQL store over a minimal client: `query(sql, params) → { rows }` and `exec(sql)` for several statements, with
 * `transaction(fn)` running fn(client) inside one transaction.
 */
function sqlStore(kind, client, close) {
  return {
    kind,
    async add(payload, receivedAt = new Date().toISOString()) {
      const { rows } = await client.query(INSERT, insertParams(maskAnswer(payload), receivedAt));
      return rows.length === 1;
    },
    /** Adds many `{ payload, receivedAt }` in one transaction; returns how many were new. */
    async addMany(items) {
      return client.transaction(async (tx) => {
        let added = 0;
        for (const { payload, receivedAt } of items) added += (await tx.query(INSERT, insertParams(maskAnswer(payload), receivedAt))).rows.length;
        return added;
      });
    },
    async records(filters = {}) {
      const { where, params } = whereOf(filters);
      const { rows } = await client.query(`SELECT ${COLUMNS} FROM survey_answers ${where} ORDER BY received_at, id`, params);
      return rows.map((row) => maskAnswer(rowToRecord(row)));
    },
    /** Deletes every answer (tests only). */
    wipe: () => client.query('TRUNCATE survey_answers'),
    async count() {
      const { rows } = await client.query('SELECT count(*)::int AS n FROM survey_answers');
      return rows[0].n;
    },
    async summary(filters = {}) {
      const { where, params } = whereOf(filters);
      const bucket = filters.bucket === 'week' ? 'week' : 'month';
      // One grouped query gives every figure: per period, channel, satisfaction and resolution.
      const { rows } = await client.query(
        `SELECT ${bucketStartSql(bucket)} AS period, channel, satisfaction, resolved, count(*)::int AS n
         FROM survey_answers ${where} GROUP BY 1, 2, 3, 4`,
        params,
      );
      const search = (filters.q ?? '').trim();
      const commentParams = [...params];
      let commentWhere = `${where ? `${where} AND` : 'WHERE'} comment IS NOT NULL AND comment <> ''`;
      if (search) {
        // Accents, ñ and letter case ignored on both sides: "atencion" finds "Atención" (FOLD_FROM/FOLD_TO, survey-summary.mjs).
        commentParams.push(FOLD_FROM, FOLD_TO, likePattern(foldForSearch(search)));
        const n = commentParams.length;
        commentWhere += ` AND lower(translate(comment, $${n - 2}, $${n - 1})) LIKE $${n}`;
      }
      const { offset, limit } = commentPage(filters);
      const total = (await client.query(`SELECT count(*)::int AS n FROM survey_answers ${commentWhere}`, commentParams)).rows[0].n;
      const items = (
        await client.query(
          `SELECT id, received_at, satisfaction, resolved, channel, comment FROM survey_answers ${commentWhere}
           ORDER BY received_at DESC, id LIMIT ${limit} OFFSET ${offset}`,
          commentParams,
        )
      ).rows.map((r) => ({
        // Masked again on the way out: a row stored before the collector masked comments shows none of its data.
        id: r.id, receivedAt: new Date(r.received_at).toISOString(), satisfaction: Number(r.satisfaction), resolved: r.resolved, channel: r.channel, comment: maskComment(r.comment),
      }));
      return summaryFromRows(
        rows.map((r) => ({ period: r.period, channel: r.channel, satisfaction: Number(r.satisfaction), resolved: r.resolved, n: Number(r.n) })),
        { filters, bucket, comments: { total, offset, limit, items } },
      );
    },
    close,
  };
}

/** Applies the migrations not yet applied, in one transaction, under a lock so that two servers starting at once agree. */
async function migrate(client) {
  await client.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(4206202601)');
    await tx.query('CREATE TABLE IF NOT EXISTS survey_migrations (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await tx.query('SELECT version FROM survey_migrations')).rows.map((r) => Number(r.version)));
    for (const migration of MIGRATIONS) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO survey_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
    }
  });
}

/** PGlite, kept in `dir` (created if needed); or in memory when `dir` is null (tests). */
export async function openPgliteStore(dir) {
  let PGlite;
  try {
    ({ PGlite } = await import('@electric-sql/pglite'));
  } catch (error) {
    throw new Error(`the embedded database needs the @electric-sql/pglite package (npm install): ${error.message}`);
  }
  if (dir) mkdirSync(dir, { recursive: true, mode: 0o700 });
  const db = dir ? await PGlite.create(dir) : await PGlite.create();
  const client = {
    query: (sql, params) => db.query(sql, params),
    exec: (sql) => db.exec(sql),
    transaction: (fn) =>
      db.transaction((tx) => fn({ query: (sql, params) => tx.query(sql, params), exec: (sql) => tx.exec(sql) })),
  };
  await migrate(client);
  return withImport(sqlStore('pglite', client, () => db.close()));
}

/** A PostgreSQL server (`connectionString` as in DATABASE_URL). */
export async function openPostgresStore(connectionString, { max = 10 } = {}) {
  let pg;
  try {
    pg = (await import('pg')).default;
  } catch (error) {
    throw new Error(`DATABASE_URL needs the pg package (npm install pg): ${error.message}`);
  }
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: 10_000 });
  // An idle connection that the server drops must not crash the process.
  pool.on('error', (error) => console.error(`survey store: PostgreSQL connection lost: ${error.message}`));
  const client = {
    query: (sql, params) => pool.query(sql, params),
    exec: (sql) => pool.query(sql),
    async transaction(fn) {
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        const result = await fn({ query: (sql, params) => connection.query(sql, params), exec: (sql) => connection.query(sql) });
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        connection.release();
      }
    },
  };
  try {
    await migrate(client);
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }
  return withImport(sqlStore('postgres', client, () => pool.end()));
}

/** Adds the import of JSON-lines files to a store. */
export function withImport(store) {
  return { ...store, importJsonLines: (file) => importJsonLines(file, (payload, receivedAt) => store.add(payload, receivedAt)) };
}

/**
 * Copies the answers of a JSON-lines file (the reference collector's) into a store: each valid line once, keeping its
 * receivedAt; ids already stored count as duplicates; torn or invalid lines are skipped and counted.
 */
export async function importJsonLines(file, add) {
  const result = { read: 0, added: 0, duplicates: 0, skipped: 0 };
  if (!existsSync(file)) return result;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    result.read++;
    let record;
    try {
      record = JSON.parse(line);
    } catch {
      result.skipped++;
      continue;
    }
    const { receivedAt, ...payload } = record ?? {};
    if (payloadProblem(payload) || (receivedAt !== undefined && Number.isNaN(Date.parse(receivedAt)))) {
      result.skipped++;
      continue;
    }
    if (await add(payload, receivedAt ?? new Date().toISOString())) result.added++;
    else result.duplicates++;
  }
  return result;
}

/**
 * The store the environment asks for: PostgreSQL when `databaseUrl` is set; otherwise `kind` 'pglite' (default, in
 * `<dataDir>/survey-db`) or 'jsonl' (`<dataDir>/survey-answers.jsonl`). A PGlite store created next to an existing
 * JSON-lines file imports it once (the file is left as it was).
 */
export async function openSurveyStore({ databaseUrl = '', kind = 'pglite', dataDir = join(process.cwd(), '.data') } = {}) {
  const jsonl = join(dataDir, 'survey-answers.jsonl');
  if (databaseUrl) return openPostgresStore(databaseUrl);
  if (kind === 'jsonl') return openJsonLinesStore(jsonl);
  if (kind !== 'pglite') throw new Error(`unknown store "${kind}" (pglite, jsonl, or set DATABASE_URL)`);
  const dir = join(dataDir, 'survey-db');
  const fresh = !existsSync(join(dir, 'PG_VERSION'));
  const store = await openPgliteStore(dir);
  if (fresh && existsSync(jsonl)) {
    const result = await store.importJsonLines(jsonl);
    console.log(`survey store: imported ${result.added} answers from ${jsonl} (${result.duplicates} duplicates, ${result.skipped} unreadable lines)`);
  }
  return store;
}

