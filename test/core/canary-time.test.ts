import { expect } from '@open-wc/testing';
import { canaryOffset } from '../../src/core/canary-time.js';
import { officeDate, officeInstant } from '../../src/core/schedule.js';

// The engine reads Canary time from the EU's summer-time rule, not from Intl (canary-time.ts). Here it is compared
// with the engine's own zone data for 'Atlantic/Canary' over 1996-2040: every hour of the days around each change,
// the minutes either side of each change, and every seventh hour in between.
const intl = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Atlantic/Canary',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});
const intlFields = (t: number) => {
  const f: Record<string, number> = {};
  for (const p of intl.formatToParts(t)) if (p.type !== 'literal') f[p.type] = +p.value;
  return [f.year, f.month, f.day, f.hour * 60 + f.minute];
};
const ours = (t: number) => {
  const d = officeDate(new Date(t));
  return [d.year, d.month, d.day, d.minutes];
};

const HOUR = 36e5;
const instants = function* () {
  for (let year = 1996; year <= 2040; year++) {
    for (const month of [2, 9]) {
      // The last Sunday of March or October, at 01:00 UTC.
      const last = new Date(Date.UTC(year, month + 1, 0));
      const change = Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
      for (let t = change - 48 * HOUR; t <= change + 48 * HOUR; t += HOUR) yield t;
      for (const minutes of [-61, -60, -59, -1, 0, 1, 59, 60, 61]) yield change + minutes * 60_000;
    }
  }
  for (let t = Date.UTC(1996, 0, 1); t < Date.UTC(2041, 0, 1); t += 7 * HOUR + 60_000) yield t;
};

describe('Canary time without Intl', () => {
  it('reads the same date and time as the zone data at every instant checked, 1996-2040', () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const t of instants()) {
      checked++;
      const [a, b] = [ours(t), intlFields(t)];
      if (a.join() !== b.join() && wrong.length < 5) wrong.push(`${new Date(t).toISOString()}: ${a} vs ${b}`);
    }
    expect(wrong, wrong.join('\n')).to.deep.equal([]);
    expect(checked).to.be.greaterThan(55_000);
  });

  it('changes at 01:00 UTC on the last Sunday of March and of October', () => {
    expect(canaryOffset(Date.UTC(2027, 2, 28, 0, 59))).to.equal(0);
    expect(canaryOffset(Date.UTC(2027, 2, 28, 1, 0))).to.equal(HOUR);
    expect(canaryOffset(Date.UTC(2027, 9, 31, 0, 59))).to.equal(HOUR);
    expect(canaryOffset(Date.UTC(2027, 9, 31, 1, 0))).to.equal(0);
    // 14:00 on a summer day is 13:00 UTC; on a winter day, 14:00 UTC.
    const summer = officeDate(new Date('2027-07-15T00:00:00Z'));
    expect(officeInstant(summer, 14 * 60).toISOString()).to.equal('2027-07-15T13:00:00.000Z');
    const winter = officeDate(new Date('2027-12-15T00:00:00Z'));
    expect(officeInstant(winter, 14 * 60).toISOString()).to.equal('2027-12-15T14:00:00.000Z');
  });
});
