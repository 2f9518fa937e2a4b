import { expect } from '@open-wc/testing';
import { daysText, groupWeek, intervalsText, weeklyOpenings, type DayHours } from '../../src/core/weekly-hours.js';
import { weekdayName } from '../../src/core/format.js';
import { text } from '../support/text.js';

const nine = [{ opens: '09:00', closes: '14:00' }];
const week = (open: Record<number, DayHours['intervals']>): DayHours[] =>
  [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, intervals: open[day] ?? [] }));

describe('weekly hours summary', () => {
  it('groups Monday to Friday with the same hours into one run', () => {
    expect(groupWeek(week({ 1: nine, 2: nine, 3: nine, 4: nine, 5: nine }))).to.deep.equal([
      { days: [1, 2, 3, 4, 5], intervals: nine },
    ]);
  });

  it('splits runs at a closed day or different hours', () => {
    const late = [{ opens: '16:00', closes: '18:00' }];
    expect(groupWeek(week({ 1: nine, 2: nine, 4: nine, 5: late })).map((g) => g.days)).to.deep.equal([[1, 2], [4], [5]]);
  });

  it('gives schema.org one opening per run and interval', () => {
    const split = [...nine, { opens: '16:00', closes: '18:00' }];
    expect(weeklyOpenings(week({ 4: split }))).to.deep.equal([
      { days: [4], opens: '09:00', closes: '14:00' },
      { days: [4], opens: '16:00', closes: '18:00' },
    ]);
  });

  it('writes days and times in the language of the page', () => {
    expect(weekdayName(1, 'es')).to.equal('lunes');
    expect(weekdayName(7, 'en')).to.equal('Sunday');
    expect(daysText([1, 2, 3, 4, 5], 'es', 'a')).to.equal('lunes a viernes');
    expect(daysText([1, 2, 3, 4, 5], 'en', 'to')).to.equal('Monday to Friday');
    expect(daysText([1, 2], 'es', 'a')).to.equal('lunes y martes');
    expect(daysText([4], 'en', 'to')).to.equal('Thursday');
    const twice = intervalsText([...nine, { opens: '16:00', closes: '18:00' }], 'es');
    expect(text({ textContent: twice } as Node), 'times without a leading zero').to.equal('9:00–14:00 y 16:00–18:00');
    expect(twice, 'each range kept on one line').to.contain('9:00\u2060–\u206014:00');
  });
});
