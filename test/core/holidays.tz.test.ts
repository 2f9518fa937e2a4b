// Runs once per time zone: which days the office closes for a holiday must not depend on the visitor's zone.
import { expect } from '@open-wc/testing';
import { addDays, holidayOn, officeDate, officeInstant, officeStatus, parseHours, type Hours, type OfficeDay } from '../../src/core/schedule.js';
import { HOLIDAYS } from '../../src/data/holidays.js';
import { ARRECIFE, LA_GRACIOSA } from '../../src/data/office.js';
import { parseNow } from '../../src/internal/office-clock.js';
import { itRunsInItsZone } from '../support/zone.js';

const hoursOf = (text: string): Hours => {
  const result = parseHours(text);
  if (!result.ok) throw new Error(text);
  return result.hours;
};
const arrecife = hoursOf(ARRECIFE.hours);
// 10:00 Canary time on an office date (Canary time is UTC in winter, UTC+1 in summer).
const at10 = (iso: string) => officeInstant(officeDate(new Date(`${iso}T12:00:00Z`)), 600);
const statusAt = (iso: string, hours = arrecife) => officeStatus(hours, at10(iso));

describe(`holidays in ${Intl.DateTimeFormat().resolvedOptions().timeZone}`, () => {
  itRunsInItsZone();

  describe('2027: the provisional list', () => {
    const closed: Array<[string, string]> = [
      ['2027-01-01', 'Año Nuevo'],
      ['2027-01-06', 'Epifanía del Señor'],
      ['2027-03-25', 'Jueves Santo'],
      ['2027-03-26', 'Viernes Santo'],
      ['2027-05-31', 'Día de Canarias'],
      ['2027-08-16', 'Asunción de la Virgen'],
      ['2027-09-15', 'Nuestra Señora de los Volcanes'],
      ['2027-10-12', 'Fiesta Nacional de España'],
      ['2027-11-01', 'Todos los Santos'],
      ['2027-12-06', 'Día de la Constitución'],
      ['2027-12-08', 'Inmaculada Concepción'],
    ];
    for (const [day, name] of closed) {
      it(`${day} at 10:00 is closed for ${name}, and says the list is unconfirmed`, () => {
        const s = statusAt(day);
        expect([s.open, s.holiday, s.holidaysUnknown]).to.deep.equal([false, name, true]);
      });
    }
    it('is flagged provisional with its source, and a normal Tuesday is open', () => {
      expect(HOLIDAYS[2027].confirmed).to.be.false;
      expect(HOLIDAYS[2027].source).to.match(/PROVISIONAL/);
      const tuesday = statusAt('2027-01-12');
      expect([tuesday.open, tuesday.holiday, tuesday.holidaysUnknown]).to.deep.equal([true, null, true]);
    });
    it('keeps Saturday holidays (1 May, 25 Dec) as holidays and opens on the next weekday', () => {
      expect(holidayOn(officeDate(at10('2027-05-01')))?.es).to.equal('Fiesta del Trabajo');
      expect(statusAt('2027-12-25').nextOpening?.toISOString()).to.equal('2027-12-27T09:00:00.000Z');
    });
  });

  describe('a year without a list', () => {
    it('closes the fixed-date days, Día de Canarias, the island day and the Easter days of 2028, flagged unconfirmed', () => {
      // 2028: Easter Sunday 16 April.
      for (const day of ['2028-01-06', '2028-04-13', '2028-04-14', '2028-05-01', '2028-05-30', '2028-08-15', '2028-09-15', '2028-10-12', '2028-11-01', '2028-12-06', '2028-12-08', '2028-12-25']) {
        const s = statusAt(day);
        expect([day, s.open, s.holidaysUnknown]).to.deep.equal([day, false, true]);
        expect(s.holiday, day).to.be.a('string');
      }
      expect(statusAt('2028-03-01').open).to.be.true;
    });
    it('moves a holiday that falls on a Sunday to the Monday', () => {
      // 6 Jan 2030, 30 May 2032 and 15 Aug 2032 are Sundays.
      for (const [monday, name] of [
        ['2030-01-07', 'Epifanía del Señor'],
        ['2032-05-31', 'Día de Canarias'],
        ['2032-08-16', 'Asunción de la Virgen'],
      ]) {
        const s = statusAt(monday);
        expect([monday, s.open, s.holiday]).to.deep.equal([monday, false, name]);
      }
      expect(statusAt('2030-01-08').open).to.be.true;
    });
    it('never answers "open" on 1 January, 1 May or 25 December, 2026 to 2060 and 2100, even without `PH off`', () => {
      const plain = hoursOf('Mo-Su 00:00-24:00');
      const years = [...Array(35).keys()].map((n) => 2026 + n).concat(2100);
      for (const year of years) {
        for (const md of ['01-01', '05-01', '12-25']) {
          const iso = `${year}-${md}`;
          expect([iso, statusAt(iso).open]).to.deep.equal([iso, false]);
          // Hours without `PH off` still close these three days.
          if (year % 5 === 0) expect([iso, statusAt(iso, plain).open]).to.deep.equal([iso, false]);
        }
      }
    });
    it('keeps them closed even when the hours open on holidays or name the date', () => {
      expect(statusAt('2030-01-01', hoursOf('Mo-Fr 09:00-14:00; PH 09:00-12:00')).open).to.be.false;
      expect(statusAt('2030-12-25', hoursOf('Mo-Fr 09:00-14:00; Dec 25 09:00-12:00')).open).to.be.false;
      // Other holidays still follow `PH` rules: 6 January 2030 is a Sunday, so Monday 7 January is the holiday.
      expect(statusAt('2030-01-07', hoursOf('Mo-Fr 09:00-14:00; PH 09:00-12:00')).open).to.be.true;
    });
    it('closes La Graciosa on a Thursday holiday of a year without a list', () => {
      // 1 January 2032 is a Thursday.
      expect(statusAt('2032-01-01', hoursOf(LA_GRACIOSA.hours)).open).to.be.false;
      expect(statusAt('2032-01-08', hoursOf(LA_GRACIOSA.hours)).open).to.be.true;
    });
    it('gives 2029 (no list) exactly its 13 rule holidays, none on a Sunday to move', () => {
      // 2029: Easter Sunday 1 April; 30 May is a Wednesday, 15 Sep a Saturday, 12 Oct a Friday; 6 Jan a Saturday.
      const names: string[] = [];
      for (let day: OfficeDay = officeDate(new Date('2029-01-01T12:00:00Z')); day.year === 2029; day = addDays(day, 1)) {
        const name = holidayOn(day);
        if (name) names.push(`${day.iso.slice(5)} ${name.es}`);
      }
      expect(names).to.deep.equal([
        '01-01 Año Nuevo',
        '01-06 Epifanía del Señor',
        '03-29 Jueves Santo',
        '03-30 Viernes Santo',
        '05-01 Fiesta del Trabajo',
        '05-30 Día de Canarias',
        '08-15 Asunción de la Virgen',
        '09-15 Nuestra Señora de los Volcanes',
        '10-12 Fiesta Nacional de España',
        '11-01 Todos los Santos',
        '12-06 Día de la Constitución',
        '12-08 Inmaculada Concepción',
        '12-25 Navidad',
      ]);
    });
  });

  describe('time that cannot exist, and the repeated autumn hour', () => {
    for (const value of ['2026-02-30T10:00:00Z', '2026-02-29', '2027-04-31T10:00', '2026-13-01T10:00:00Z', '2026-12-02T24:00:00Z', '2026-12-02T10:60Z', '2026-12-02T10:00:00+25:00']) {
      it(`refuses now="${value}"`, () => expect(parseNow(value)).to.be.NaN);
    }
    it('reads 2026-10-25T01:30 (Canary time, which happens twice) as its first occurrence', () => {
      expect(new Date(parseNow('2026-10-25T01:30')).toISOString()).to.equal('2026-10-25T00:30:00.000Z');
      expect(officeInstant(officeDate(new Date('2026-10-25T12:00:00Z')), 60).toISOString()).to.equal('2026-10-25T00:00:00.000Z');
      // The office opening at 1:00 that day opens at the first 1:00 and stays open through both.
      const s = officeStatus(hoursOf('Su 01:00-02:00'), new Date('2026-10-25T00:00:00Z'));
      expect([s.open, s.closesAt?.toISOString()]).to.deep.equal([true, '2026-10-25T02:00:00.000Z']);
      expect(officeStatus(hoursOf('Su 01:00-02:00'), new Date('2026-10-24T23:59:00Z')).open).to.be.false;
    });
    it('reads a wall time skipped in spring (2026-03-29T01:30) as the later reading, as before', () => {
      expect(new Date(parseNow('2026-03-29T01:30')).toISOString()).to.equal('2026-03-29T01:30:00.000Z');
    });
  });
});
