import { expect } from '@open-wc/testing';
import { clockText, dateFormat, hhmmClockText, officeDateText, pluralCategory, rangeText } from '../../src/core/format.js';

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
    expect([0, 1, 2].map((n) => pluralCategory(n, 'es'))).to.deep.equal(['other', 'one', 'other']);
    expect([0, 1, 2].map((n) => pluralCategory(n, 'en'))).to.deep.equal(['other', 'one', 'other']);
  });
});
