// The office's holidays against a peer: every weekday of 2026-2030 on which the office is closed for a holiday, and
// every weekday date-holidays (a development-only oracle, never in a shipped bundle) has a public holiday for Spain →
// Canarias → Lanzarote (ES-CN-LA), must agree, or the difference must be listed with its reason in
// src/data/holiday-differences.ts. Runs in node (npm run test:oracle, part of npm test), about a second.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import Holidays from 'date-holidays';

// The engine and the data from the sources, bundled as the library ships them.
const bundle = await build({
  stdin: {
    contents: "export * from './src/core/schedule.ts'; export * from './src/data/holidays.ts'; export * from './src/data/holiday-differences.ts';",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'error',
  tsconfig: 'tsconfig.build.json',
});
const engine = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
const { officeDate, officeInstant, officeStatus, parseHours, holidayOn, HOLIDAY_DIFFERENCES } = engine;

const YEARS = [2026, 2027, 2028, 2029, 2030];
const weekday = (iso) => (new Date(`${iso}T12:00:00Z`).getUTCDay() + 6) % 7;
const hours = parseHours('Mo-Fr 09:00-14:00; PH off');
assert.ok(hours.ok);

/** The weekdays of `year` on which the office is closed for a holiday (its answer at 10:00 Canary time names one). */
function officeHolidays(year) {
  const found = new Map();
  for (let t = Date.UTC(year, 0, 1, 12); new Date(t).getUTCFullYear() === year; t += 864e5) {
    const day = officeDate(new Date(t));
    if (day.weekday > 4) continue;
    const status = officeStatus(hours.hours, officeInstant(day, 600));
    if (!status.open && status.holiday) found.set(day.iso, status.holiday);
  }
  return found;
}

/** The weekdays of `year` with a public holiday in date-holidays for ES-CN-LA. */
function oracleHolidays(year) {
  const found = new Map();
  for (const h of new Holidays('ES', 'CN', 'LA').getHolidays(year)) {
    const iso = h.date.slice(0, 10);
    if (h.type === 'public' && weekday(iso) < 5) found.set(iso, h.name);
  }
  return found;
}

const differences = [];
for (const year of YEARS) {
  const ours = officeHolidays(year);
  const theirs = oracleHolidays(year);
  for (const [date, name] of ours) if (!theirs.has(date)) differences.push({ date, office: 'closed', name });
  for (const [date, name] of theirs) if (!ours.has(date)) differences.push({ date, office: 'open', name });
}

test('the oracle knows Lanzarote: 2027 has the substitute days of OFFICE.md (31 May, 16 Aug) and the island day', () => {
  const days = oracleHolidays(2027);
  assert.deepEqual(['2027-05-31', '2027-08-16', '2027-09-15'].map((d) => days.has(d)), [true, true, true]);
});

test('2026-2030: every weekday closed for a holiday agrees with date-holidays (ES-CN-LA), or is listed with its reason', () => {
  const listed = HOLIDAY_DIFFERENCES.map(({ date, office }) => `${date} ${office}`).sort();
  const found = differences.map(({ date, office }) => `${date} ${office}`).sort();
  assert.deepEqual(found, listed, `differences found (date, office answer, holiday name):\n${JSON.stringify(differences, null, 1)}`);
  for (const d of HOLIDAY_DIFFERENCES) assert.ok(d.reason.length > 40, `${d.date}: a reason, not a placeholder`);
});

test('every year compared has holidays on both sides (the comparison is not vacuous)', () => {
  for (const year of YEARS) {
    assert.ok(officeHolidays(year).size >= 9, `${year}: office`);
    assert.ok(oracleHolidays(year).size >= 9, `${year}: date-holidays`);
  }
  // And the engine's own answer names the holiday it closes for.
  assert.equal(holidayOn(officeDate(new Date('2030-05-01T12:00:00Z')))?.es, 'Fiesta del Trabajo');
});
