// The same tests for every store: the JSON-lines reference, PGlite (the default), and PostgreSQL when
// TEST_DATABASE_URL names a database the tests may wipe (CI sets it; on a machine without PostgreSQL these are not
// registered, and the run says so). `node --test server/`.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPgliteStore, openPostgresStore, openSurveyStore, MIGRATIONS } from './survey-store.mjs';
import { openJsonLinesStore } from './survey-store-jsonl.mjs';
import { summarizeRecords } from './survey-summary.mjs';
import { demoAnswers, DEMO_CHANNEL_WEIGHTS } from './demo-answers.mjs';

const PG_URL = process.env.TEST_DATABASE_URL ?? '';

const dirs = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'survey-store-'));
  dirs.push(dir);
  return dir;
};
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const payload = (id, answers = {}) => ({
  schema: 1,
  id,
  surveyId: 'oac-satisfaccion',
  answers: { satisfaction: 4, resolved: 'yes', channel: 'web', ...answers },
  locale: 'es',
  page: '/atencion-ciudadana',
  submittedAt: '2026-03-29T00:30:00.000Z',
});
const id = (i) => `0e3f1a2b-4c5d-4e6f-8a9b-${String(i).padStart(12, '0')}`;

/** A fresh, empty store of each kind. PGlite and PostgreSQL are opened once per file (PGlite's start is costly). */
const kinds = {
  jsonl: { open: async () => openJsonLinesStore(join(tempDir(), 'answers.jsonl')) },
  pglite: {
    async open() {
      this.store ??= await openPgliteStore(null);
      await this.store.wipe();
      return this.store;
    },
  },
};
if (PG_URL) {
  kinds.postgres = {
    async open() {
      this.store ??= await openPostgresStore(PG_URL);
      await this.store.wipe();
      return this.store;
    },
  };
} else {
  test('PostgreSQL store: set TEST_DATABASE_URL to a database these tests may wipe to run its tests (CI does)', () => {
    assert.equal(PG_URL, '');
  });
}
after(async () => {
  for (const kind of Object.values(kinds)) await kind.store?.close();
});

for (const [name, kind] of Object.entries(kinds)) {
  describe(`${name} store`, () => {
    let store;
    before(async () => {
      store = await kind.open();
    });

    test('stores an answer once, whatever the id\'s letter case, and gives it back as it came', async () => {
      await store.wipe?.();
      assert.equal(await store.add(payload(id(1), { comment: 'Hola "qué tal"; =1+1' }), '2026-03-29T00:31:00.000Z'), true);
      assert.equal(await store.add(payload(id(1), { satisfaction: 1 })), false);
      assert.equal(await store.add(payload(id(1).toUpperCase())), false);
      const records = await store.records();
      assert.equal(records.length, 1);
      assert.deepEqual(records[0], { ...payload(id(1), { comment: 'Hola "qué tal"; =1+1' }), receivedAt: '2026-03-29T00:31:00.000Z' });
    });

    test('300 concurrent adds of 100 answers store exactly 100', async () => {
      await store.wipe?.();
      const results = await Promise.all(Array.from({ length: 300 }, (_, i) => store.add(payload(id(1000 + (i % 100))))));
      assert.equal(results.filter(Boolean).length, 100);
      assert.equal(await store.count(), 100);
    });

    test('its summary equals the reference computed from the records, with every filter', async () => {
      await store.wipe?.();
      const demo = demoAnswers({ count: 400, seed: 7 });
      assert.equal(await store.addMany(demo), 400);
      const records = demo.map(({ payload: p, receivedAt }) => ({ ...p, receivedAt }));
      for (const filters of [
        {},
        { bucket: 'week' },
        { from: '2026-03-01', to: '2026-06-30', channel: 'presencial', bucket: 'month' },
        { q: 'amables', limit: 3, offset: 2 },
        { q: '100%_', limit: 50 },
        { q: 'ATENCION' },
        { q: 'Atención rápida', bucket: 'week' },
        { surveyId: 'otra-encuesta' },
      ]) {
        assert.deepEqual(await store.summary(filters), summarizeRecords(records, filters), JSON.stringify(filters));
      }
      const all = await store.summary({});
      assert.equal(all.count, 400);
      assert.equal(all.distribution.reduce((a, b) => a + b, 0), 400);
      assert.ok(all.comments.items.length > 0 && all.comments.items.length <= 10);
    });

    test('days are Canary days, across the change to summer time (29 March 2026, 01:00 UTC)', async () => {
      await store.wipe?.();
      await store.add(payload(id(2)), '2026-03-28T23:30:00.000Z'); // winter time (UTC+0): 23:30 on the 28th
      await store.add(payload(id(3)), '2026-03-29T23:30:00.000Z'); // summer time (UTC+1): 00:30 on the 30th
      assert.equal((await store.summary({ from: '2026-03-28', to: '2026-03-28' })).count, 1);
      assert.equal((await store.summary({ from: '2026-03-29', to: '2026-03-29' })).count, 0);
      assert.equal((await store.summary({ from: '2026-03-30', to: '2026-03-30' })).count, 1);
    });

    test('masks personal data in a comment before storing it, whoever sent it', async () => {
      await store.wipe?.();
      const raw = 'Me llamo Carmen Pérez Umpiérrez, DNI 12345678Z, llamadme al 628 53 84 49 o a carmen.perez@correo.es';
      assert.equal(await store.add(payload(id(30), { comment: raw })), true);
      const expected = 'Me llamo [NOMBRE], DNI [DNI/NIE], llamadme al [TELÉFONO] o a [EMAIL]';
      assert.equal((await store.records())[0].answers.comment, expected);
      assert.equal((await store.summary({})).comments.items[0].comment, expected);
      // Masking can lengthen a comment (a 9-digit phone becomes [TELÉFONO]): it still fits the 1,000-character column.
      assert.equal(await store.add(payload(id(31), { comment: '628538449 '.repeat(100) })), true);
      assert.equal((await store.records()).find((r) => r.id === id(31)).answers.comment.length, 1000);
    });

    test('searches comments whatever their accents and letter case: "atencion" finds "Atención"', async () => {
      await store.wipe?.();
      const comments = ['Buena atención', 'ATENCIÓN muy rápida', 'atencion sin tilde', 'El niño esperó poco', 'Nada que ver'];
      for (const [i, comment] of comments.entries()) await store.add(payload(id(40 + i), { comment }), `2026-02-0${i + 1}T10:00:00.000Z`);
      const found = async (q) => (await store.summary({ q })).comments.items.map((c) => c.comment).sort();
      const atencion = ['ATENCIÓN muy rápida', 'Buena atención', 'atencion sin tilde'];
      assert.deepEqual(await found('atencion'), atencion);
      assert.deepEqual(await found('Atención'), atencion);
      assert.deepEqual(await found('ATENCION'), atencion);
      assert.deepEqual(await found('nino'), ['El niño esperó poco']);
      assert.deepEqual(await found('ESPERO'), ['El niño esperó poco']);
      assert.deepEqual(await found('rapída'), ['ATENCIÓN muy rápida']);
      assert.deepEqual(await found('ateción'), []);
    });

    test('imports a JSON-lines file: new answers once, duplicates counted, torn and invalid lines skipped', async () => {
      await store.wipe?.();
      await store.add(payload(id(10)));
      const file = join(tempDir(), 'old.jsonl');
      const line = (p, receivedAt = '2026-01-02T10:00:00.000Z') => `${JSON.stringify({ ...p, receivedAt })}\n`;
      writeFileSync(file, line(payload(id(10))) + line(payload(id(11))) + line(payload(id(11))) + line(payload(id(12), { satisfaction: 9 })) + line(payload(id(13))) + '{"schema":1,"id":"torn');
      const result = await store.importJsonLines(file);
      assert.deepEqual(result, { read: 6, added: 2, duplicates: 2, skipped: 2 });
      assert.equal(await store.count(), 3);
      assert.equal((await store.records()).find((r) => r.id === id(13)).receivedAt, '2026-01-02T10:00:00.000Z');
    });
  });
}

test('a PGlite store kept in a folder survives a restart, and imports an old JSON-lines file once on creation', async () => {
  const dataDir = tempDir();
  writeFileSync(join(dataDir, 'survey-answers.jsonl'), `${JSON.stringify({ ...payload(id(20)), receivedAt: '2026-01-01T10:00:00.000Z' })}\n`);
  const logs = [];
  const log = console.log;
  console.log = (line) => logs.push(line);
  let first;
  try {
    first = await openSurveyStore({ dataDir });
  } finally {
    console.log = log;
  }
  assert.match(logs.join('\n'), /imported 1 answers/);
  assert.equal(await first.add(payload(id(21))), true);
  await first.close();
  const second = await openSurveyStore({ dataDir });
  assert.equal(await second.count(), 2, 'both kept; the file is not imported twice');
  assert.equal(await second.add(payload(id(21))), false);
  await second.close();
});

test('the migrations are numbered in order, from 1, without gaps', () => {
  assert.deepEqual(MIGRATIONS.map((m) => m.version), MIGRATIONS.map((_, i) => i + 1));
});

test('the demo answers are the same on every run, with the seed article\'s channel mix', () => {
  const a = demoAnswers();
  assert.deepEqual(a.slice(0, 5), demoAnswers().slice(0, 5));
  assert.equal(a.length, 2000);
  assert.equal(new Set(a.map((x) => x.payload.id)).size, 2000);
  const total = Object.values(DEMO_CHANNEL_WEIGHTS).reduce((x, y) => x + y, 0);
  assert.equal(total, 13_300, 'the article\'s 13,300 enquiries');
  const presencial = a.filter((x) => x.payload.answers.channel === 'presencial').length / a.length;
  assert.ok(Math.abs(presencial - 7752 / 13_300) < 0.04, `in person ${presencial}`);
});
