// Runs once per time zone (see web-test-runner.config.mjs): every answer must be the same whatever the visitor's zone.
import { expect } from '@open-wc/testing';
import {
  officeDate,
  officeInstant,
  officeStatus,
  parseHours,
  type Hours,
} from '../../src/core/schedule.js';
import { parseClosures } from '../../src/core/calendar.js';
import { upcomingClosures, weekHours } from '../../src/core/week.js';
import { HOLIDAYS } from '../../src/data/holidays.js';
import { ARRECIFE, LA_GRACIOSA } from '../../src/data/office.js';
import { itRunsInItsZone } from '../support/zone.js';

const hoursOf = (text: string): Hours => {
  const result = parseHours(text);
  if (!result.ok) throw new Error(text);
  return result.hours;
};
const arrecife = hoursOf(ARRECIFE.hours);
const graciosa = hoursOf(LA_GRACIOSA.hours);
const iso = (d: Date | null) => d && d.toISOString();
const status = (at: string, hours = arrecife, closures = '') => {
  const parsed = parseClosures(closures);
  return officeStatus(hours, new Date(at), { closures: parsed.ok ? parsed.closures : [] });
};

describe(`schedule in ${Intl.DateTimeFormat().resolvedOptions().timeZone}`, () => {
  itRunsInItsZone();
  describe('officeDate', () => {
    // Canary time is UTC in winter and UTC+1 from the last Sunday of March to the last Sunday of October, at 01:00 UTC.
    const cases: Array<[string, string, number, number]> = [
      ['2026-03-29T00:59:59Z', '2026-03-29', 6, 0 * 60 + 59],
      ['2026-03-29T01:00:00Z', '2026-03-29', 6, 2 * 60],
      ['2026-10-25T00:59:59Z', '2026-10-25', 6, 1 * 60 + 59],
      ['2026-10-25T01:00:00Z', '2026-10-25', 6, 1 * 60],
      ['2026-07-01T23:30:00Z', '2026-07-02', 3, 30],
      ['2026-12-31T23:59:00Z', '2026-12-31', 3, 23 * 60 + 59],
      ['2027-01-01T00:00:00Z', '2027-01-01', 4, 0],
    ];
    for (const [at, day, weekday, minutes] of cases) {
      it(`${at} is ${day} ${minutes} min, weekday ${weekday}`, () => {
        const d = officeDate(new Date(at));
        expect([d.iso, d.weekday, d.minutes]).to.deep.equal([day, weekday, minutes]);
      });
    }
    it('converts office times back to instants on both sides of each change', () => {
      const day = (s: string) => officeDate(new Date(s + 'T12:00:00Z'));
      expect(iso(officeInstant(day('2026-03-28'), 540))).to.equal('2026-03-28T09:00:00.000Z');
      expect(iso(officeInstant(day('2026-03-30'), 540))).to.equal('2026-03-30T08:00:00.000Z');
      expect(iso(officeInstant(day('2026-10-24'), 540))).to.equal('2026-10-24T08:00:00.000Z');
      expect(iso(officeInstant(day('2026-10-26'), 540))).to.equal('2026-10-26T09:00:00.000Z');
      expect(iso(officeInstant(day('2026-03-29'), 1440))).to.equal('2026-03-29T23:00:00.000Z');
    });
  });

  describe('a normal weekday', () => {
    // [instant, open, closingSoon, closesAt or nextOpening, nextChange]
    const cases: Array<[string, boolean, boolean, string, string]> = [
      // Wednesday 2 Dec 2026: Canary time = UTC.
      ['2026-12-02T08:59:00Z', false, false, '2026-12-02T09:00:00.000Z', '2026-12-02T09:00:00.000Z'],
      ['2026-12-02T09:00:00Z', true, false, '2026-12-02T14:00:00.000Z', '2026-12-02T13:30:00.000Z'],
      ['2026-12-02T13:29:59Z', true, false, '2026-12-02T14:00:00.000Z', '2026-12-02T13:30:00.000Z'],
      ['2026-12-02T13:30:00Z', true, true, '2026-12-02T14:00:00.000Z', '2026-12-02T14:00:00.000Z'],
      ['2026-12-02T13:59:00Z', true, true, '2026-12-02T14:00:00.000Z', '2026-12-02T14:00:00.000Z'],
      ['2026-12-02T14:00:00Z', false, false, '2026-12-03T09:00:00.000Z', '2026-12-03T00:00:00.000Z'],
      // Wednesday 1 Jul 2026: Canary time = UTC+1.
      ['2026-07-01T07:59:00Z', false, false, '2026-07-01T08:00:00.000Z', '2026-07-01T08:00:00.000Z'],
      ['2026-07-01T08:00:00Z', true, false, '2026-07-01T13:00:00.000Z', '2026-07-01T12:30:00.000Z'],
      ['2026-07-01T12:59:00Z', true, true, '2026-07-01T13:00:00.000Z', '2026-07-01T13:00:00.000Z'],
      ['2026-07-01T13:00:00Z', false, false, '2026-07-02T08:00:00.000Z', '2026-07-01T23:00:00.000Z'],
    ];
    for (const [at, open, soon, when, change] of cases) {
      it(`${at}: ${open ? 'open' : 'closed'}${soon ? ', closing soon' : ''}`, () => {
        const s = status(at);
        expect(s.open).to.equal(open);
        expect(s.closingSoon).to.equal(soon);
        expect(iso(open ? s.closesAt : s.nextOpening)).to.equal(when);
        expect(iso(open ? s.nextOpening : s.closesAt)).to.equal(null);
        expect(iso(s.nextChange)).to.equal(change);
        expect(s.holiday).to.equal(null);
        expect(s.holidaysUnknown).to.be.false;
      });
    }
  });

  describe('every 2026 holiday', () => {
    for (const { date, name } of HOLIDAYS[2026].days) {
      it(`is closed all day on ${date} (${name.es})`, () => {
        for (const time of ['T09:30:00Z', 'T12:30:00Z']) {
          const s = status(`2026-${date}${time}`);
          expect(s.open).to.be.false;
          expect(s.holiday).to.equal(name.es);
          expect(s.holidayName).to.deep.equal(name);
          expect(+s.nextOpening! > +new Date(`2026-${date}T23:00:00Z`)).to.be.true;
        }
      });
    }
    it('is open on the same dates without `PH off`', () => {
      expect(status('2026-12-08T10:00:00Z', hoursOf('Mo-Fr 09:00-14:00')).open).to.be.true;
    });
    it('keeps special hours on holidays with `PH 10:00-12:00`', () => {
      const hours = hoursOf('Mo-Fr 09:00-14:00; PH 10:00-12:00');
      expect(status('2026-12-08T09:30:00Z', hours).open).to.be.false;
      expect(iso(status('2026-12-08T10:30:00Z', hours).closesAt)).to.equal('2026-12-08T12:00:00.000Z');
    });
  });

  describe('DST changes (closed Sundays)', () => {
    const cases: Array<[string, string]> = [
      ['2026-03-29T00:59:59Z', '2026-03-30T08:00:00.000Z'],
      ['2026-03-29T01:00:00Z', '2026-03-30T08:00:00.000Z'],
      ['2026-10-25T00:59:59Z', '2026-10-26T09:00:00.000Z'],
      ['2026-10-25T01:00:00Z', '2026-10-26T09:00:00.000Z'],
    ];
    for (const [at, next] of cases) {
      it(`${at}: closed, opens ${next}`, () => {
        const s = status(at);
        expect([s.open, iso(s.nextOpening)]).to.deep.equal([false, next]);
      });
    }
    it('counts a 23-hour and a 25-hour day', () => {
      const allDay = hoursOf('Su 00:00-24:00');
      expect(iso(status('2026-03-29T01:00:00Z', allDay).closesAt)).to.equal('2026-03-29T23:00:00.000Z');
      expect(iso(status('2026-10-25T01:00:00Z', allDay).closesAt)).to.equal('2026-10-26T00:00:00.000Z');
    });
  });

  describe('next opening', () => {
    it('crosses a weekend, a DST change and two holidays (closures on Mon–Wed)', () => {
      const s = status('2026-03-27T14:00:00Z', arrecife, '2026-03-30..2026-04-01');
      expect(iso(s.nextOpening)).to.equal('2026-04-06T08:00:00.000Z');
    });
    it('crosses a weekend and Columbus Day', () => {
      expect(iso(status('2026-10-09T15:00:00Z').nextOpening)).to.equal('2026-10-13T08:00:00.000Z');
    });
    it('crosses a weekend, the DST change and Maundy Thursday in La Graciosa (Th 09:00-12:00)', () => {
      const s = status('2026-03-26T12:30:00Z', graciosa);
      expect([s.open, iso(s.nextOpening)]).to.deep.equal([false, '2026-04-09T08:00:00.000Z']);
    });
    it('La Graciosa: open on Thursday morning only', () => {
      expect(iso(status('2026-12-03T11:45:00Z', graciosa).closesAt)).to.equal('2026-12-03T12:00:00.000Z');
      expect(status('2026-12-03T11:45:00Z', graciosa).closingSoon).to.be.true;
      expect(status('2026-12-02T10:00:00Z', graciosa).open).to.be.false;
      expect(iso(status('2026-12-03T12:00:00Z', graciosa).nextOpening)).to.equal('2026-12-10T09:00:00.000Z');
    });
    it('skips closures and date rules', () => {
      const hours = hoursOf('Mo-Fr 09:00-14:00; PH off; 2026 Aug 01-2026 Aug 15 off; Dec 24 09:00-12:00');
      expect(iso(status('2026-07-31T12:30:00Z', hours).closesAt)).to.equal('2026-07-31T13:00:00.000Z');
      expect(iso(status('2026-07-31T14:00:00Z', hours).nextOpening)).to.equal('2026-08-17T08:00:00.000Z');
      expect(iso(status('2026-12-24T10:00:00Z', hours).closesAt)).to.equal('2026-12-24T12:00:00.000Z');
      expect(status('2026-12-24T10:00:00Z', arrecife, '2026-12-24,2026-12-31').open).to.be.false;
    });
    it('flags an answer that depends on unconfirmed holidays, and still closes on Easter days', () => {
      const newYear = status('2026-12-31T15:00:00Z');
      expect(newYear.holidaysUnknown).to.be.true;
      expect(status('2026-12-30T10:00:00Z').holidaysUnknown).to.be.false;
      const maundy = status('2027-03-25T10:00:00Z');
      expect([maundy.open, maundy.holiday, maundy.holidaysUnknown]).to.deep.equal([false, 'Jueves Santo', true]);
      expect(iso(maundy.nextOpening)).to.equal('2027-03-29T08:00:00.000Z');
      expect(status('2028-03-01T10:00:00Z').open).to.be.true;
    });
    it('answers "never" for hours that never open, without throwing', () => {
      const s = status('2026-12-02T10:00:00Z', hoursOf('off'));
      expect([s.open, s.nextOpening, iso(s.nextChange)]).to.deep.equal([false, null, '2026-12-03T00:00:00.000Z']);
    });
  });

  describe('weekHours and upcomingClosures', () => {
    it('gives Monday to Sunday of the office week with today and holidays marked', () => {
      const week = weekHours(arrecife, new Date('2026-12-08T23:30:00Z'));
      expect(week.map((d) => d.iso)).to.deep.equal([
        '2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13',
      ]);
      expect(week.map((d) => d.today)).to.deep.equal([false, true, false, false, false, false, false]);
      expect(week[1].holiday?.es).to.equal('Inmaculada Concepción');
      expect(week[1].ranges).to.deep.equal([]);
      expect(week[0].ranges).to.deep.equal([{ from: 540, to: 840 }]);
      expect(week[5].ranges).to.deep.equal([]);
    });
    it('lists the closed workdays of the next 30 days with their names', () => {
      const closures = parseClosures('2026-12-24,2026-12-31');
      const list = upcomingClosures(arrecife, new Date('2026-12-02T10:00:00Z'), {
        closures: closures.ok ? closures.closures : [],
      });
      expect(list.map((d) => [d.iso, d.holiday?.es ?? null, d.closure])).to.deep.equal([
        ['2026-12-08', 'Inmaculada Concepción', false],
        ['2026-12-24', null, true],
        ['2026-12-25', 'Navidad', false],
        ['2026-12-31', null, true],
      ]);
    });
  });

  it('looks again at the end of its look-ahead when open past it (24 hours a day until a distant closure)', () => {
    const s = status('2026-12-02T10:00:00Z', hoursOf('Mo-Su 00:00-24:00'), '2026-12-20');
    expect([s.open, s.closesAt, iso(s.nextChange)]).to.deep.equal([true, null, '2026-12-10T00:00:00.000Z']);
  });
});
