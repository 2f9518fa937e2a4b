import { expect } from '@open-wc/testing';
import {
  clockText,
  dateFormat,
  hhmmClockText,
  listText,
  officeDateText,
  officeDayMonth,
  officeWeekdayName,
  pluralCategory,
  rangeText,
  weekdayName,
} from '../../src/core/format.js';

describe('one formatter per fact', () => {
  it('writes clock times Spanish style, without a leading zero', () => {
    expect(clockText(540)).to.equal('9:00');
    expect(clockText(14 * 60 + 5)).to.equal('14:05');
    expect(hhmmClockText('09:30')).to.equal('9:30');
    expect(hhmmClockText('16:00')).to.equal('16:00');
  });

  it('keeps a range on one line with invisible word joiners, never a breaking space', () => {
    expect(rangeText('9:00', '14:00')).to.equal('9:00\u2060–\u206014:00');
    expect(rangeText('lunes, 1', 'martes, 2')).to.not.match(/ /);
  });

  it('writes an office date with its weekday in both languages, in Canary time whatever the visitor zone', () => {
    // 23:30 UTC on 7 December is still 7 December in the Canaries (UTC+0 in winter).
    const late = new Date('2026-12-07T23:30:00Z');
    expect(officeDateText(late, 'es')).to.equal('lunes, 7 de diciembre');
    expect(officeDateText(late, 'en-GB')).to.equal('Monday 7 December');
  });

  it('makes each Intl formatter once and reuses it', () => {
    const options = { weekday: 'long', timeZone: 'Atlantic/Canary' } as const;
    expect(dateFormat('es', options)).to.equal(dateFormat('es', { ...options }));
    expect(dateFormat('es', options)).to.not.equal(dateFormat('en-GB', options));
  });

  it('chooses plural forms with each language rules', () => {
    for (const locale of ['es', 'en']) {
      const rules = new Intl.PluralRules(locale);
      for (const n of [0, 1, 2, 3, 10, 21, 100]) expect(pluralCategory(n), `${locale} ${n}`).to.equal(rules.select(n));
    }
  });

  // Names and lists are written without Intl (no locale data to load at start-up): they must read as Intl writes them.
  it('names weekdays as Intl does, in Spanish and English', () => {
    for (const locale of ['es', 'en', 'en-GB']) {
      const intl = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
      for (let day = 1; day <= 7; day++) expect(weekdayName(day, locale)).to.equal(intl.format(Date.UTC(2024, 0, day)));
    }
  });

  it('writes the office day and month as Intl does in Canary time, at every hour of two years', () => {
    for (const locale of ['es', 'en-GB']) {
      const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'Atlantic/Canary' });
      const dayMonth = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'Atlantic/Canary' });
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += 36e5) {
        const date = new Date(t);
        const [a, b] = [officeWeekdayName(date, locale), weekday.format(date)];
        if (a !== b) expect(a, date.toISOString()).to.equal(b);
        const [c, d] = [officeDayMonth(date, locale), dayMonth.format(date)];
        if (c !== d) expect(c, date.toISOString()).to.equal(d);
      }
    }
  });

  it('joins lists as Intl.ListFormat does, Spanish "e" before an "i" sound included', () => {
    const lists = [[], ['lunes'], ['lunes', 'martes'], ['9:00–14:00', '16:00–18:00', '19:00–20:00'], ['a', 'b', 'c', 'd'], ['agua', 'hielo'], ['padres', 'hijos'], ['Sevilla', 'Ibiza']];
    for (const locale of ['es', 'en', 'en-GB']) {
      const intl = new Intl.ListFormat(locale, { type: 'conjunction' });
      for (const items of lists) expect(listText(items, locale), `${locale}: ${items}`).to.equal(intl.format(items));
    }
  });
});
