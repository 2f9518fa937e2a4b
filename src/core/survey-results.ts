/**
 * The summary that the collector's staff route `GET <mount>/summary` answers (server/survey-summary.mjs), as the
 * results widget reads it, and the checks that keep a malformed answer from reaching the page.
 */
import { SURVEY_CHANNELS, type SurveyChannel } from './survey.js';

export interface TrendPoint {
  /** First day of the week (Monday) or month, YYYY-MM-DD, Canary time. */
  period: string;
  count: number;
  mean: number | null;
  satisfiedShare: number | null;
  resolvedShare: number | null;
}

export interface ChannelFigures {
  channel: SurveyChannel;
  count: number;
  mean: number | null;
  satisfiedShare: number | null;
  resolvedShare: number | null;
}

export interface CommentItem {
  id: string;
  receivedAt: string;
  satisfaction: number;
  resolved: 'yes' | 'partly' | 'no';
  channel: SurveyChannel;
  comment: string;
}

export interface SurveySummary {
  count: number;
  /** Answers rated 1 … 5. */
  distribution: [number, number, number, number, number];
  satisfied: number;
  satisfiedShare: number | null;
  mean: number | null;
  resolved: { yes: number; partly: number; no: number };
  resolvedShare: number | null;
  trend: { bucket: 'week' | 'month'; points: TrendPoint[] };
  channels: ChannelFigures[];
  comments: { total: number; offset: number; limit: number; items: CommentItem[] };
}

export type Bucket = 'week' | 'month';

/** The filters the widget sends as the query string. */
export interface SummaryFilters {
  from: string;
  to: string;
  channel: SurveyChannel | '';
  bucket: Bucket;
  q: string;
  offset: number;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}

export const isChannel = (text: string): text is SurveyChannel => (SURVEY_CHANNELS as readonly string[]).includes(text);

/** The summary URL with the filters in its query string. */
export function summaryUrl(endpoint: string, filters: SummaryFilters, limit: number): string {
  const url = new URL(endpoint);
  const set = (name: string, value: string) => (value ? url.searchParams.set(name, value) : url.searchParams.delete(name));
  set('from', filters.from);
  set('to', filters.to);
  set('channel', filters.channel);
  set('bucket', filters.bucket);
  set('q', filters.q.trim());
  set('offset', filters.offset ? String(filters.offset) : '');
  set('limit', String(limit));
  return url.href;
}

/** The CSV export beside the summary route (`…/summary` → `…/export.csv`), with the date and channel filters. */
export function csvUrl(summaryEndpoint: string, filters: SummaryFilters): string {
  const url = new URL('export.csv', summaryEndpoint);
  for (const name of ['from', 'to', 'channel'] as const) if (filters[name]) url.searchParams.set(name, filters[name]);
  return url.href;
}

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isShare = (v: unknown) => v === null || (typeof v === 'number' && v >= 0 && v <= 1);
const isMean = (v: unknown) => v === null || (typeof v === 'number' && v >= 1 && v <= 5);

/** The summary if `data` has the shape the widget draws, or null (a proxy's error page, another version's answer). */
export function readSummary(data: unknown): SurveySummary | null {
  const s = data as SurveySummary;
  if (typeof s !== 'object' || s === null) return null;
  if (!isCount(s.count) || !Array.isArray(s.distribution) || s.distribution.length !== 5 || !s.distribution.every(isCount)) return null;
  if (!isShare(s.satisfiedShare) || !isShare(s.resolvedShare) || !isMean(s.mean)) return null;
  if (!s.resolved || !isCount(s.resolved.yes) || !isCount(s.resolved.partly) || !isCount(s.resolved.no)) return null;
  const points = s.trend?.points;
  if ((s.trend?.bucket !== 'week' && s.trend?.bucket !== 'month') || !Array.isArray(points)) return null;
  if (!points.every((p) => isDay(p?.period) && isCount(p.count) && isShare(p.satisfiedShare) && isMean(p.mean))) return null;
  if (!Array.isArray(s.channels) || !s.channels.every((c) => isChannel(c?.channel) && isCount(c.count) && isShare(c.satisfiedShare))) return null;
  const comments = s.comments;
  if (!comments || !isCount(comments.total) || !isCount(comments.offset) || !isCount(comments.limit) || !Array.isArray(comments.items)) return null;
  if (!comments.items.every((c) => typeof c?.comment === 'string' && typeof c.id === 'string' && isChannel(c.channel) && Number.isInteger(c.satisfaction) && !Number.isNaN(Date.parse(c.receivedAt)))) return null;
  return s;
}
