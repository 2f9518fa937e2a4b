import { expect } from '@open-wc/testing';
import { loadNormalizer, mayNeedNormalizer } from '../../src/core/editor-hours.js';
import { normalizeHours } from '../../src/core/hours-normalize.js';
import { parseHours, type HoursRule } from '../../src/core/schedule.js';

const rules = (text: string): HoursRule[] => {
  const result = parseHours(text);
  if (!result.ok) throw new Error(`${JSON.stringify(text)} does not parse: ${JSON.stringify(result.error)}`);
  return result.hours.rules;
};

// What each documented form in the guides' table means, written out: a row whose meaning is not here fails the test,
// so the table and this list change together.
const WEEKDAYS = 0b0011111;
const rule = (days: number, ranges: Array<[number, number]>, extra: Partial<HoursRule> = {}): HoursRule => ({
  dates: null,
  days,
  ph: false,
  ranges: ranges.map(([from, to]) => ({ from, to })),
  ...extra,
});
const h = (hours: number, minutes = 0) => hours * 60 + minutes;
const MEANING: Record<string, HoursRule[]> = {
  'Mo-Fr 09:00-14:00': [rule(WEEKDAYS, [[h(9), h(14)]])],
  'Mo,We 09:00-14:00,16:00-18:00': [rule(0b0000101, [[h(9), h(14)], [h(16), h(18)]])],
  'Mo-Th 08:30-15:00; Fr 08:30-14:00': [rule(0b0001111, [[h(8, 30), h(15)]]), rule(0b0010000, [[h(8, 30), h(14)]])],
  'Th 09:00-12:00; PH off': [rule(0b0001000, [[h(9), h(12)]]), rule(0, [], { ph: true })],
  'Sa,Su off': [rule(0b1100000, [])],
  off: [rule(0, [])],
  'Mo-Fr 09:00-14:00; Dec 24 09:00-12:00': [
    rule(WEEKDAYS, [[h(9), h(14)]]),
    rule(0, [[h(9), h(12)]], { dates: [{ from: '12-24', to: '12-24' }] }),
  ],
  'Mo-Fr 09:00-14:00; Aug 01-15 off': [rule(WEEKDAYS, [[h(9), h(14)]]), rule(0, [], { dates: [{ from: '08-01', to: '08-15' }] })],
  'Mo-Fr 09:00-14:00; 2026 Aug 01-2026 Aug 15 off': [
    rule(WEEKDAYS, [[h(9), h(14)]]),
    rule(0, [], { dates: [{ from: '2026-08-01', to: '2026-08-15' }] }),
  ],
  'Mo-Fr 09:00-14:00; PH off': [rule(WEEKDAYS, [[h(9), h(14)]]), rule(0, [], { ph: true })],
};
const meaningOf = (documented: string): HoursRule[] => {
  const meaning = MEANING[normalizeHours(documented).text];
  if (!meaning) throw new Error(`no written-out meaning for ${JSON.stringify(documented)} in this test`);
  return meaning;
};

/** The rows of the Markdown table whose header row is `header` (cells without their backticks). */
function tableRows(markdown: string, header: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === header);
  if (start < 0) throw new Error(`no table with the header ${header}`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|').slice(1, -1).map((cell) => cell.trim().replace(/^`(.*)`$/, '$1')));
  }
  return rows;
}

describe('hours as editors write them', () => {
  // Elements load the normalizer when a value needs it (src/internal/cabildo-element.ts); here, once for all.
  before(() => loadNormalizer());

  for (const [guide, documentedHeader, writtenHeader] of [
    ['docs/guia-editores.md', '| escrito | significa |', '| escribes | se entiende como |'],
    ['docs/editor-guide.md', '| written | means |', '| you write | read as |'],
  ]) {
    describe(`the tables of ${guide}`, () => {
      let markdown = '';
      before(async () => {
        const response = await fetch(`/${guide}`);
        expect(response.ok, guide).to.be.true;
        markdown = await response.text();
      });

      it('each documented form means what the table says', () => {
        const rows = tableRows(markdown, documentedHeader);
        expect(rows.length).to.be.greaterThan(5);
        for (const [written] of rows) expect(rules(written), written).to.deep.equal(meaningOf(written));
      });

      it('each way of writing it is read as the form beside it', () => {
        const rows = tableRows(markdown, writtenHeader);
        expect(rows.length).to.be.greaterThan(10);
        for (const [written, readAs] of rows) {
          expect(rules(written), `${written} → ${readAs}`).to.deep.equal(meaningOf(readAs));
        }
      });

      it('downloads the normalizer for every way of writing that needs it, and not for weekly hours in the short form', () => {
        // Date rules ("Dec 24") download it too (a download, never a wrong answer); weekly hours never do.
        const dated = (text: string) => /\b[a-z]{3} \d/i.test(text);
        for (const [written] of tableRows(markdown, documentedHeader)) {
          if (!dated(written)) expect(mayNeedNormalizer(written), written).to.be.false;
        }
        for (const [written, readAs] of tableRows(markdown, writtenHeader)) {
          expect(mayNeedNormalizer(written), written).to.be.true;
          if (!dated(readAs)) expect(mayNeedNormalizer(readAs), readAs).to.be.false;
        }
      });
    });
  }

  it('leaves the documented syntax as it is', () => {
    for (const text of ['Mo-Fr 09:00-14:00; PH off', 'Dec 24,Dec 31 09:00-12:00', '2026 Aug 01-Sep 15 off', 'Mo-Fr,PH 09:00-12:00', '00:00-24:00']) {
      expect(normalizeHours(text).text).to.equal(text);
    }
    expect(normalizeHours('Lu-Vi 09:00-14:00').text).to.equal('Mo-Fr 09:00-14:00');
  });

  it('reads other everyday forms the same way', () => {
    const same: Array<[string, string]> = [
      ['Lunes a viernes: 9:00 – 14:00', 'Mo-Fr 09:00-14:00'],
      ['L a V de 9 a 14 horas', 'Mo-Fr 09:00-14:00'],
      ['Lun-Vie 9:00h-14:00h', 'Mo-Fr 09:00-14:00'],
      ['Lunes a viernes, de 9 a 14 y de 16 a 18', 'Mo-Fr 09:00-14:00,16:00-18:00'],
      ['Mo-Fr 9:30am-12:00pm, 1pm-2:30pm', 'Mo-Fr 09:30-12:00,13:00-14:30'],
      ['De lunes a viernes de 9 a 14.\nSábados de 10 a 12.', 'Mo-Fr 09:00-14:00; Sa 10:00-12:00'],
      ['Sábados, domingos y festivos: cerrado', 'Sa,Su,PH off'],
      ['Cerrado los sábados y festivos', 'Sa,PH off'],
      ['X 9-14', 'We 09:00-14:00'],
      ['24 de diciembre de 2026 cerrado', '2026 Dec 24 off'],
    ];
    for (const [written, documented] of same) {
      expect(normalizeHours(written).text, written).to.equal(documented);
      expect(rules(written), written).to.deep.equal(rules(documented));
    }
  });

  it('does not guess: "Mar" stays March, and an unreadable text keeps its error', () => {
    // "Mar 9-14" could be Tuesday or 9 to 14 March: it is read as dates, so no hours follow and it is refused.
    expect(parseHours('Mar 9-14').ok).to.be.false;
    expect(parseHours('Ma 9-14').ok).to.be.true;
    expect(parseHours('Lu-Vi por la mañana').ok).to.be.false;
    expect(parseHours('12am-2pm').ok).to.be.true;
    for (const text of ['13pm-14pm', 'Lu-Vi 9-25', 'Lu-Vi 9:75-14', 'Lu-Vi 900-1400']) expect(parseHours(text).ok, text).to.be.false;
  });

  // The column and the words quoted are those the editor wrote, not those of the rewritten text.
  const positioned: Array<[string, number, string]> = [
    ['Lunes-Viernez 9-14', 7, 'Viernez'],
    ['de lunes a viernes de 9 a 14 y sábados por la mañana', 40, 'por'],
    ['Lunes-Viernes 9-15:00 foo', 23, 'foo'],
    ['Lunes a viernes de 14 a 9', 20, '14 a 9'],
    ['Lu-Vi 9:0-14', 7, '9:0'],
    ['Lunes a viernes de 9 a', 23, ''],
  ];
  for (const [text, column, found] of positioned) {
    it(`${JSON.stringify(text)}: refused at column ${column}, quoting «${found}»`, () => {
      const result = parseHours(text);
      expect(result.ok).to.be.false;
      if (!result.ok) expect([result.error.column, result.error.found]).to.deep.equal([column, found]);
    });
  }
});
