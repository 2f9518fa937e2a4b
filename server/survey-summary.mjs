// The figures that <cabildo-survey-results> shows, from the answers: the same result whether a SQL store groups the
// rows (survey-store.mjs) or the JSON-lines store reads them all (summarizeRecords below). Days and periods are the
// office's: Atlantic/Canary time.
import { CHANNELS, RESOLVED, SURVEY_ID } from './survey-payload.mjs';

export const ZONE = 'Atlantic/Canary';
export const COMMENTS_PAGE_MAX = 50;
export const COMMENTS_PAGE_DEFAULT = 10;
export const SEARCH_MAX = 100;
const TREND_MAX_POINTS = 400;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const canaryParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23',
});

/** The Canary calendar day of an instant, as YYYY-MM-DD. */
export function canaryDay(instant) {
  const parts = Object.fromEntries(canaryParts.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The instant a Canary day (YYYY-MM-DD) begins: midnight there is 00:00 UTC in winter, 23:00 UTC the day before in summer. */
export function canaryMidnight(day) {
  const [, y, m, d] = DATE.exec(day);
  const utc = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const hour = Number(canaryParts.formatToParts(utc).find((p) => p.type === 'hour').value);
  return new Date(utc - hour * 3_600_000);
}

const addDays = (day, days) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** True for a real calendar date written YYYY-MM-DD. */
export const isDay = (text) => typeof text === 'string' && DATE.test(text) && addDays(text, 0) === text;

/** The instants [from, to) that the filter's days cover: `to` is inclusive as a day, so the bound is the next midnight. */
export function rangeBounds(filters) {
  return {
    from: filters.from ? canaryMidnight(filters.from) : null,
    to: filters.to ? canaryMidnight(addDays(filters.to, 1)) : null,
  };
}

/** SQL for the first day (YYYY-MM-DD) of the week (from Monday) or month of received_at, in Canary time. */
export const bucketStartSql = (bucket) =>
  `to_char(date_trunc('${bucket === 'week' ? 'week' : 'month'}', received_at AT TIME ZONE '${ZONE}'), 'YYYY-MM-DD')`;

/** The first day of the week (from Monday) or month a Canary day belongs to. */
export function periodOf(day, bucket) {
  if (bucket === 'month') return `${day.slice(0, 8)}01`;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

const nextPeriod = (period, bucket) => {
  if (bucket === 'week') return addDays(period, 7);
  const [y, m] = period.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};

/**
 * Text folded for searching: without accents or diaeresis, ñ as n, in lower case ("Atención" and "atencion" match).
 * The SQL stores fold the same way with `lower(translate(comment, FOLD_FROM, FOLD_TO))`.
 */
export const foldForSearch = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

// translate()'s two lists: every Latin letter with a mark (U+00C0–U+024F) that folds to one plain letter.
let from = '';
let to = '';
for (let point = 0xc0; point <= 0x24f; point++) {
  const char = String.fromCodePoint(point);
  const folded = foldForSearch(char);
  if (folded.length === 1 && /[a-z]/.test(folded) && folded !== char.toLowerCase()) {
    from += char;
    to += folded;
  }
}
export const FOLD_FROM = from;
export const FOLD_TO = to;

/** Paging of the comments, within bounds. */
export function commentPage(filters) {
  const offset = Number.isInteger(filters.offset) && filters.offset > 0 ? filters.offset : 0;
  const limit = Number.isInteger(filters.limit) && filters.limit > 0 ? Math.min(filters.limit, COMMENTS_PAGE_MAX) : COMMENTS_PAGE_DEFAULT;
  return { offset, limit };
}

/**
 * Reads the filters from a query string, or says what is wrong with them:
 *   from, to   YYYY-MM-DD (Canary days, both included)   channel   one of the survey's channels
 *   survey     a survey id                                bucket    week | month (default month)
 *   q          text searched in the comments              offset, limit   paging of the comments (limit ≤ 50)
 */
export function parseFilters(searchParams) {
  const get = (name) => searchParams.get(name) ?? '';
  const filters = {};
  for (const name of ['from', 'to']) {
    const value = get(name);
    if (!value) continue;
    if (!isDay(value)) return { error: `${name} must be a date written YYYY-MM-DD` };
    filters[name] = value;
  }
  if (filters.from && filters.to && filters.from > filters.to) return { error: 'from must not be after to' };
  const channel = get('channel');
  if (channel) {
    if (!CHANNELS.includes(channel)) return { error: `channel must be one of ${CHANNELS.join(', ')}` };
    filters.channel = channel;
  }
  const survey = get('survey');
  if (survey) {
    if (!SURVEY_ID.test(survey)) return { error: 'survey must be a survey id' };
    filters.surveyId = survey;
  }
  const bucket = get('bucket') || 'month';
  if (bucket !== 'week' && bucket !== 'month') return { error: 'bucket must be week or month' };
  filters.bucket = bucket;
  const q = get('q');
  if (q.length > SEARCH_MAX) return { error: `q must be at most ${SEARCH_MAX} characters` };
  if (q.trim()) filters.q = q.trim();
  for (const name of ['offset', 'limit']) {
    const value = get(name);
    if (!value) continue;
    if (!/^\d{1,7}$/.test(value)) return { error: `${name} must be a whole number` };
    filters[name] = Number(value);
  }
  if (filters.limit !== undefined && (filters.limit < 1 || filters.limit > COMMENTS_PAGE_MAX)) {
    return { error: `limit must be from 1 to ${COMMENTS_PAGE_MAX}` };
  }
  return { filters };
}

/** Mean, share of 4–5 and share resolved ("yes") of a group of counts; null where there is nothing to divide. */
function figures(group) {
  const count = group.distribution.reduce((a, b) => a + b, 0);
  const sum = group.distribution.reduce((total, n, i) => total + n * (i + 1), 0);
  return {
    count,
    mean: count ? sum / count : null,
    satisfiedShare: count ? (group.distribution[3] + group.distribution[4]) / count : null,
    resolvedShare: count ? group.resolved.yes / count : null,
  };
}

const emptyGroup = () => ({ distribution: [0, 0, 0, 0, 0], resolved: { yes: 0, partly: 0, no: 0 } });
const addTo = (group, row) => {
  group.distribution[row.satisfaction - 1] += row.n;
  group.resolved[row.resolved] += row.n;
};

/**
 * The summary from grouped rows `{ period, channel, satisfaction, resolved, n }`:
 *   count, distribution [n of 1 … n of 5], satisfied (4–5), satisfiedShare, mean, resolved { yes, partly, no },
 *   resolvedShare, trend { bucket, points [{ period, count, mean, satisfiedShare, resolvedShare }] } with empty
 *   periods filled in, channels [{ channel, count, mean, satisfiedShare, resolvedShare }] (all six), comments.
 */
export function summaryFromRows(rows, { filters = {}, bucket = 'month', comments }) {
  const all = emptyGroup();
  const byPeriod = new Map();
  const byChannel = new Map(CHANNELS.map((c) => [c, emptyGroup()]));
  for (const row of rows) {
    addTo(all, row);
    if (!byPeriod.has(row.period)) byPeriod.set(row.period, emptyGroup());
    addTo(byPeriod.get(row.period), row);
    addTo(byChannel.get(row.channel), row);
  }
  const periods = [...byPeriod.keys()].sort();
  const first = filters.from ? periodOf(filters.from, bucket) : periods[0];
  const last = filters.to ? periodOf(filters.to, bucket) : periods.at(-1);
  const points = [];
  if (first && last) {
    for (let p = first; p <= last && points.length < TREND_MAX_POINTS; p = nextPeriod(p, bucket)) {
      const { count, mean, satisfiedShare, resolvedShare } = figures(byPeriod.get(p) ?? emptyGroup());
      points.push({ period: p, count, mean, satisfiedShare, resolvedShare });
    }
  }
  const overall = figures(all);
  return {
    filters: {
      from: filters.from ?? null, to: filters.to ?? null, channel: filters.channel ?? null, survey: filters.surveyId ?? null, q: filters.q ?? null,
    },
    count: overall.count,
    distribution: all.distribution,
    satisfied: all.distribution[3] + all.distribution[4],
    satisfiedShare: overall.satisfiedShare,
    mean: overall.mean,
    resolved: all.resolved,
    resolvedShare: overall.resolvedShare,
    trend: { bucket, points },
    channels: CHANNELS.map((channel) => ({ channel, ...figures(byChannel.get(channel)) })),
    comments,
  };
}

/** The same summary over whole records (the JSON-lines store), for `filters` as parseFilters gives them. */
export function summarizeRecords(records, filters = {}) {
  const bucket = filters.bucket === 'week' ? 'week' : 'month';
  const chosen = summarizeRecords.filter(records, filters);
  const rows = chosen.map((r) => ({
    period: periodOf(canaryDay(new Date(r.receivedAt)), bucket),
    channel: r.answers.channel,
    satisfaction: r.answers.satisfaction,
    resolved: r.answers.resolved,
    n: 1,
  }));
  const needle = foldForSearch((filters.q ?? '').trim());
  const withComment = chosen
    .filter((r) => r.answers.comment && (!needle || foldForSearch(r.answers.comment).includes(needle)))
    .sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : a.id < b.id ? -1 : 1));
  const { offset, limit } = commentPage(filters);
  const items = withComment.slice(offset, offset + limit).map((r) => ({
    id: r.id, receivedAt: new Date(r.receivedAt).toISOString(), satisfaction: r.answers.satisfaction, resolved: r.answers.resolved, channel: r.answers.channel, comment: r.answers.comment,
  }));
  return summaryFromRows(rows, { filters, bucket, comments: { total: withComment.length, offset, limit, items } });
}

/** The records that pass the survey, date and channel filters, oldest first. */
summarizeRecords.filter = (records, filters = {}) => {
  const { from, to } = rangeBounds(filters);
  return records
    .filter((r) => {
      const at = Date.parse(r.receivedAt);
      return (!filters.surveyId || r.surveyId === filters.surveyId) && (!from || at >= from.getTime()) && (!to || at < to.getTime())
        && (!filters.channel || r.answers.channel === filters.channel);
    })
    .sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt));
};

export { RESOLVED };
