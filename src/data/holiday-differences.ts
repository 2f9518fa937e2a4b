// Where the office's holidays knowingly differ from the `date-holidays` package (3.37, Spain → Canarias → Lanzarote:
// ES-CN-LA), the development-only oracle that test/node/holiday-oracle.test.mjs compares them with, weekday by weekday,
// for 2026-2030. Not used at run time and not in any shipped bundle: it is the list of reviewed differences, each with
// its reason. A difference found and not listed here fails the test, and so does one listed that no longer differs.

/** One weekday on which the office's answer and the oracle's public holidays differ. */
export interface HolidayDifference {
  /** `YYYY-MM-DD`, a weekday. */
  date: string;
  /** `closed`: the office is closed for a holiday the oracle does not have; `open`: the oracle has one, the office opens. */
  office: 'closed' | 'open';
  reason: string;
}

const SUNDAY_RULE =
  'A year without a list: OFFICE.md moves every holiday that falls on a Sunday to the Monday; date-holidays moves only some ' +
  '(30 May, 15 Aug, 1 Nov), not 6 Jan, 15 Sep or 8 Dec. Which days move is set by each year\'s decree (2026 moved 1 Nov, not ' +
  '6 Dec), so neither is certain: the office closes the Monday and says the list is unconfirmed (a citizen told "closed" ' +
  'on an open day loses less than one sent to a closed door) until the decree is pasted into the page calendar or the data.';

export const HOLIDAY_DIFFERENCES: readonly HolidayDifference[] = [
  { date: '2030-01-07', office: 'closed', reason: `6 Jan 2030 is a Sunday. ${SUNDAY_RULE}` },
  { date: '2030-09-16', office: 'closed', reason: `15 Sep 2030 (island day) is a Sunday. ${SUNDAY_RULE}` },
  { date: '2030-12-09', office: 'closed', reason: `8 Dec 2030 is a Sunday. ${SUNDAY_RULE}` },
];
