import { expect } from '@open-wc/testing';
import { parseClosures } from '../../src/core/calendar.js';
import { addDays, easterSunday, holidayOn, officeDate, parseHours, type Hours, type HoursSyntaxError } from '../../src/core/schedule.js';
import { HOLIDAYS } from '../../src/data/holidays.js';
import { OFFICES } from '../../src/data/office.js';

const ok = (text: string): Hours => {
  const result = parseHours(text);
  if (!result.ok) throw new Error(`${text}: ${JSON.stringify(result.error)}`);
  return result.hours;
};

describe('parseHours', () => {
  it('parses the offices\' hours', () => {
    for (const office of Object.values(OFFICES)) expect(parseHours(office.hours).ok, office.hours).to.be.true;
  });

  it('reads weekday ranges, lists, wrapping ranges and Spanish names into the same weekdays', () => {
    const days = (text: string) => ok(text).rules[0].days;
    expect(days('Mo-Fr 09:00-14:00')).to.equal(0b0011111);
    expect(days('Lu-Vi 09:00-14:00')).to.equal(0b0011111);
    expect(days('lu-vi 09:00-14:00')).to.equal(0b0011111);
    expect(days('Mo,We 09:00-14:00')).to.equal(0b0000101);
    expect(days('Ma,Mi,Ju 09:00-14:00')).to.equal(0b0001110);
    expect(days('Sá,Do 10:00-12:00')).to.equal(0b1100000);
    expect(days('Fr-Mo 10:00-12:00')).to.equal(0b1110001);
    expect(days('Th 09:00-12:00')).to.equal(0b0001000);
  });

  it('reads several time ranges, off, PH and 24:00', () => {
    expect(ok('Mo-Fr 09:00-14:00,16:00-18:00').rules[0].ranges).to.deep.equal([
      { from: 540, to: 840 },
      { from: 960, to: 1080 },
    ]);
    expect(ok('Mo-Fr 9:00-14:00; PH off').rules[1]).to.deep.equal({ dates: null, days: 0, ph: true, ranges: [] });
    expect(ok('PH 10:00-12:00').rules[0].ranges).to.deep.equal([{ from: 600, to: 720 }]);
    expect(ok('Sa closed').rules[0].ranges).to.deep.equal([]);
    expect(ok('Mo-Fr,PH 09:00-12:00').rules[0]).to.deep.include({ days: 0b0011111, ph: true });
    expect(ok('00:00-24:00').rules[0]).to.deep.equal({ dates: null, days: 0, ph: false, ranges: [{ from: 0, to: 1440 }] });
    expect(ok('Mo-Fr 09:00-14:00 ;  ').rules).to.have.length(1);
  });

  it('reads date rules with and without years', () => {
    const dates = (text: string) => ok(text).rules[0].dates;
    expect(dates('Dec 24 09:00-12:00')).to.deep.equal([{ from: '12-24', to: '12-24' }]);
    expect(dates('Dec 24-26 off')).to.deep.equal([{ from: '12-24', to: '12-26' }]);
    expect(dates('Dec 24,Dec 31 09:00-12:00')).to.deep.equal([
      { from: '12-24', to: '12-24' },
      { from: '12-31', to: '12-31' },
    ]);
    expect(dates('Dec 24-Jan 06 off')).to.deep.equal([{ from: '12-24', to: '01-06' }]);
    expect(dates('2026 Aug 01-2026 Aug 15 off')).to.deep.equal([{ from: '2026-08-01', to: '2026-08-15' }]);
    expect(dates('2026 Aug 01-Sep 15 off')).to.deep.equal([{ from: '2026-08-01', to: '2026-09-15' }]);
    expect(dates('Ago 03 off')).to.deep.equal([{ from: '08-03', to: '08-03' }]);
    expect(ok('Dec 24 Mo-Fr 09:00-12:00').rules[0].days).to.equal(0b0011111);
  });

  // Each malformed value gives a stable reason and the 1-based column of the problem.
  const malformed: Array<[string, HoursSyntaxError]> = [
    ['', { column: 1, reason: 'empty', found: '' }],
    ['   ', { column: 4, reason: 'empty', found: '' }],
    ['Mo-Fr', { column: 6, reason: 'expected-time', found: '' }],
    ['Xx 09:00-14:00', { column: 1, reason: 'unknown-day', found: 'Xx' }],
    ['Mon-Fri 09:00-14:00', { column: 1, reason: 'unknown-day', found: 'mon' }],
    ['Mo-Fx 09:00-14:00', { column: 4, reason: 'unknown-day', found: 'fx' }],
    ['Mo-Fr 9-14', { column: 7, reason: 'bad-time', found: '9' }],
    ['Mo-Fr 14:00-09:00', { column: 7, reason: 'time-order', found: '14:00-09:00' }],
    ['Mo-Fr 25:00-26:00', { column: 7, reason: 'bad-time', found: '25:00' }],
    ['Mo-Fr 09:60-14:00', { column: 7, reason: 'bad-time', found: '09:60' }],
    ['Mo-Fr 09:00-14:00 foo', { column: 19, reason: 'unexpected', found: 'foo' }],
    ['Mo-Fr 09:00-14:00;;', { column: 19, reason: 'empty', found: ';' }],
    ['Mo-Fr 09:00', { column: 12, reason: 'expected-time', found: '' }],
    ['Mo-Fr 09:00-', { column: 13, reason: 'expected-time', found: '' }],
    ['Feb 30 off', { column: 5, reason: 'bad-date', found: '30' }],
    // Dates that cannot exist, with or without a year.
    ['2027 Feb 29 off', { column: 10, reason: 'bad-date', found: '29' }],
    ['Apr 31 off', { column: 5, reason: 'bad-date', found: '31' }],
    ['Jan 00 off', { column: 5, reason: 'bad-date', found: '00' }],
    ['2026 Feb 27-29 off', { column: 13, reason: 'bad-date', found: '29' }],
    ['Mo-Fr 09:00-24:30', { column: 13, reason: 'bad-time', found: '24:30' }],
    ['2026 Foo 01 off', { column: 6, reason: 'unknown-month', found: 'Foo' }],
    ['Dec 24 09:00-12:00, 13:00', { column: 26, reason: 'expected-time', found: '' }],
    ['Mo-Fr 09:00-14:00 PH off', { column: 19, reason: 'unexpected', found: 'PH' }],
  ];
  for (const [text, error] of malformed) {
    it(`rejects ${JSON.stringify(text)} at column ${error.column} (${error.reason})`, () => {
      const result = parseHours(text);
      expect(result.ok).to.be.false;
      if (!result.ok) expect({ ...result.error, found: result.error.found.toLowerCase() }).to.deep.equal({ ...error, found: error.found.toLowerCase() });
    });
  }
});

describe('parseClosures', () => {
  it('reads dates and ranges, and nothing from an empty value', () => {
    expect(parseClosures('2026-12-24, 2026-12-31,2026-08-01..2026-08-15')).to.deep.equal({
      ok: true,
      closures: [
        { from: '2026-12-24', to: '2026-12-24' },
        { from: '2026-12-31', to: '2026-12-31' },
        { from: '2026-08-01', to: '2026-08-15' },
      ],
    });
    expect(parseClosures('')).to.deep.equal({ ok: true, closures: [] });
  });

  for (const [text, column, found] of [
    ['2026-12-24,2026-13-01', 12, '2026-13-01'],
    ['2026-02-30', 1, '2026-02-30'],
    ['2027-02-29', 1, '2027-02-29'],
    ['2026-04-31..2026-05-02', 1, '2026-04-31..2026-05-02'],
    ['24/12/2026', 1, '24/12/2026'],
    ['2026-08-15..2026-08-01', 1, '2026-08-15..2026-08-01'],
    ['2026-12-24,,2026-12-31', 12, ''],
  ] as const) {
    it(`rejects ${text} at column ${column}`, () => {
      expect(parseClosures(text)).to.deep.equal({ ok: false, error: { column, reason: 'bad-date', found } });
    });
  }
});

describe('holiday data', () => {
  it('cites a source for every year and flags 2027 as unconfirmed', () => {
    for (const year of Object.values(HOLIDAYS)) expect(year.source).to.have.length.above(20);
    expect(HOLIDAYS[2026].confirmed).to.be.true;
    expect(HOLIDAYS[2026].days).to.have.length(12);
    expect(HOLIDAYS[2027].confirmed).to.be.false;
  });

  it('computes Easter Sunday for known years, in agreement with the 2026 decree', () => {
    const known: [number, string][] = [
      [2024, '2024-03-31'],
      [2025, '2025-04-20'],
      [2026, '2026-04-05'],
      [2027, '2027-03-28'],
      [2038, '2038-04-25'],
      [2285, '2285-03-22'],
    ];
    for (const [year, date] of known) expect(easterSunday(year).iso, String(year)).to.equal(date);
    const decree = HOLIDAYS[2026].days.filter((d) => /^(Jueves|Viernes) Santo$/.test(d.name.es)).map((d) => d.date);
    expect(decree).to.deep.equal(['04-02', '04-03']);
    expect([-3, -2].map((n) => addDays(easterSunday(2026), n).iso.slice(5))).to.deep.equal(decree);
  });

  it('gives a year without an official list its Easter days, and a confirmed year only its list', () => {
    const on = (iso: string) => holidayOn(officeDate(new Date(`${iso}T12:00:00Z`)))?.en ?? null;
    expect(['2027-03-25', '2027-03-26', '2027-03-28'].map(on)).to.deep.equal(['Maundy Thursday', 'Good Friday', null]);
    // Easter Sunday 2029 is 1 April: its Thursday and Friday fall in March.
    expect(['2029-03-29', '2029-03-30'].map(on)).to.deep.equal(['Maundy Thursday', 'Good Friday']);
    expect(['2026-04-02', '2026-12-08', '2026-12-09'].map(on)).to.deep.equal(['Maundy Thursday', 'Immaculate Conception', null]);
  });
});
