/**
 * The survey's answers and the payload it sends (see docs/survey-payload.md): building it, and checking what the
 * citizen filled in. No DOM here.
 */
import { maskPersonalData } from './personal-data.js';
import type { Channel } from './channel.js';

export const RATINGS = [1, 2, 3, 4, 5] as const;
export const RESOLVED = ['yes', 'partly', 'no'] as const;
/** The survey's answers to "how did you contact us": every channel (core/channel.ts), in this order, and "other". */
export const SURVEY_CHANNELS = ['presencial', 'telefono', 'email', 'whatsapp', 'web', 'otro'] as const satisfies ReadonlyArray<Channel | 'otro'>;

export type Rating = (typeof RATINGS)[number];
export type Resolved = (typeof RESOLVED)[number];
export type SurveyChannel = (typeof SURVEY_CHANNELS)[number];

/** Characters a citizen may type in the comment (the counter counts these). */
export const COMMENT_LIMIT = 500;
/** Characters a comment may have on the wire, after masking (a mask token can be longer than what it hides). */
export const COMMENT_WIRE_LIMIT = 1000;
export const DEFAULT_SURVEY_ID = 'oac-satisfaccion';
/** Survey ids are short slugs: they end up in file names and spreadsheet columns. */
export const SURVEY_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/i;

export interface SurveyAnswers {
  satisfaction: Rating;
  resolved: Resolved;
  channel: SurveyChannel;
  comment?: string;
}

/** The JSON body POSTed to the endpoint, schema 1 (CONTRACT.md). */
export interface SurveyPayload {
  schema: 1;
  /** A random UUID, the same on every retry: the receiver stores each id once. */
  id: string;
  surveyId: string;
  answers: SurveyAnswers;
  locale: string;
  /** The path of the page the survey was on, without query or fragment (they may carry personal data). */
  page: string;
  submittedAt: string;
}

/** What the form holds while the citizen fills it in; every field may be missing. */
export interface SurveyDraft {
  satisfaction?: number | null;
  resolved?: string | null;
  channel?: string | null;
  comment?: string | null;
}

export type SurveyField = 'satisfaction' | 'resolved' | 'channel' | 'comment';
export type SurveyProblem = 'missing' | 'too-long';

/** The fields that cannot be sent, in form order (the first one gets the focus). */
export function checkDraft(draft: SurveyDraft): Array<{ field: SurveyField; problem: SurveyProblem }> {
  const problems: Array<{ field: SurveyField; problem: SurveyProblem }> = [];
  if (!RATINGS.includes(draft.satisfaction as Rating)) problems.push({ field: 'satisfaction', problem: 'missing' });
  if (!RESOLVED.includes(draft.resolved as Resolved)) problems.push({ field: 'resolved', problem: 'missing' });
  if (!SURVEY_CHANNELS.includes(draft.channel as SurveyChannel)) problems.push({ field: 'channel', problem: 'missing' });
  if ((draft.comment ?? '').length > COMMENT_LIMIT) problems.push({ field: 'comment', problem: 'too-long' });
  return problems;
}

/** The page path without query string or fragment. */
export function pagePath(href: string): string {
  try {
    return new URL(href).pathname || '/';
  } catch {
    return '/';
  }
}

/** A version-4 UUID: `crypto.randomUUID()` where the browser has it (secure contexts), else from random bytes. */
export function newAnswerId(cryptoImpl: Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string }): string {
  if (typeof cryptoImpl.randomUUID === 'function') return cryptoImpl.randomUUID();
  const bytes = cryptoImpl.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The payload for a checked draft (call {@link checkDraft} first). The comment is trimmed, its personal data masked,
 * and left out when empty.
 */
export function buildPayload(options: {
  id: string;
  surveyId: string;
  draft: SurveyDraft;
  locale: string;
  pageUrl: string;
  now: number;
}): SurveyPayload {
  const { draft } = options;
  const answers: SurveyAnswers = {
    satisfaction: draft.satisfaction as Rating,
    resolved: draft.resolved as Resolved,
    channel: draft.channel as SurveyChannel,
  };
  const comment = maskPersonalData((draft.comment ?? '').trim()).text.slice(0, COMMENT_WIRE_LIMIT);
  if (comment) answers.comment = comment;
  return {
    schema: 1,
    id: options.id,
    surveyId: options.surveyId,
    answers,
    locale: options.locale,
    page: pagePath(options.pageUrl),
    submittedAt: new Date(options.now).toISOString(),
  };
}
