// The shared office-hours texts, in both languages, the same in every visitor zone.
import { expect } from '@open-wc/testing';
import { setLocale } from '../src/index.js';
import { officeStatus, parseHours, type Hours } from '../src/core/schedule.js';
import { formatOfficeTime, hoursErrorText, nextOpeningText, visitorTimeText } from '../src/internal/hours-text.js';
import { statusText } from '../src/internal/status-text.js';
import { ARRECIFE } from '../src/data/office.js';
import { itRunsInItsZone } from './support/zone.js';

const parsed = parseHours(ARRECIFE.hours);
const hours = (parsed.ok && parsed.hours) as Hours;
const badge = (at: string) => statusText(officeStatus(hours, new Date(at)), new Date(at));

describe('office-hours texts', () => {
  itRunsInItsZone();
  afterEach(() => setLocale('es'));

  it('formats instants as Canary time', () => {
    expect(formatOfficeTime(new Date('2026-12-02T09:00:00Z'))).to.equal('9:00');
    expect(formatOfficeTime(new Date('2026-07-01T13:00:00Z'))).to.equal('14:00');
  });

  const cases: Array<[string, string, string]> = [
    ['2026-12-02T10:00:00Z', 'Abierto · cierra a las 14:00', 'Open · closes at 14:00'],
    ['2026-07-01T12:45:00Z', 'Cierra pronto · a las 14:00', 'Closing soon · at 14:00'],
    ['2026-12-02T15:00:00Z', 'Cerrado · abre mañana a las 9:00', 'Closed · opens tomorrow at 9:00'],
    ['2026-12-02T06:00:00Z', 'Cerrado · abre hoy a las 9:00', 'Closed · opens today at 9:00'],
    ['2026-12-05T11:00:00Z', 'Cerrado · abre el lunes a las 9:00', 'Closed · opens on Monday at 9:00'],
    [
      '2026-05-30T10:00:00Z',
      'Cerrado por Día de Canarias · abre el lunes a las 9:00',
      'Closed for Canary Islands Day · opens on Monday at 9:00',
    ],
    [
      // Thursday 31 December: Friday 1 January is a holiday, so the office opens on Monday 4 January.
      '2026-12-31T15:00:00Z',
      'Cerrado · abre el lunes a las 9:00',
      'Closed · opens on Monday at 9:00',
    ],
  ];
  for (const [at, es, en] of cases) {
    it(`${at}: "${es}" / "${en}"`, async () => {
      expect(badge(at)).to.equal(es);
      await setLocale('en');
      expect(badge(at)).to.equal(en);
    });
  }

  it('names a date a week or more away', async () => {
    const now = new Date('2026-12-23T15:00:00Z');
    expect(nextOpeningText(new Date('2027-01-07T09:00:00Z'), now)).to.equal('el 7 de enero a las 9:00');
    await setLocale('en');
    expect(nextOpeningText(new Date('2027-01-07T09:00:00Z'), now)).to.equal('on 7 January at 9:00');
  });

  it("gives the visitor's own time only when it differs", async () => {
    const two = new Date('2026-12-02T14:00:00Z');
    expect(visitorTimeText(two, 'Europe/Madrid')).to.equal('15:00 en tu hora');
    expect(visitorTimeText(two, 'Atlantic/Canary')).to.equal(null);
    expect(visitorTimeText(two, 'Europe/London')).to.equal(null);
    expect(visitorTimeText(new Date('2026-12-02T09:00:00Z'), 'America/New_York')).to.equal('4:00 en tu hora');
    await setLocale('en');
    expect(visitorTimeText(two, 'Asia/Tokyo')).to.equal('23:00 your time');
  });

  it('explains syntax errors with their column in both languages', async () => {
    const result = parseHours('Xx 09:00-14:00');
    if (result.ok) throw new Error('expected an error');
    expect(hoursErrorText(result.error)).to.equal(
      'columna 1: día desconocido «Xx» (usa Mo Tu We Th Fr Sa Su o Lu Ma Mi Ju Vi Sa Do)',
    );
    await setLocale('en');
    expect(hoursErrorText(result.error)).to.equal(
      'column 1: unknown day “Xx” (use Mo Tu We Th Fr Sa Su or Lu Ma Mi Ju Vi Sa Do)',
    );
  });
});
