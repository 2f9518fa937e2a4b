// The survey payload (docs/survey-payload.md, schema 1) and its validation, shared by the collector and the stores.
export const MAX_BODY_BYTES = 8 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
export const SURVEY_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/i;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;
export const RESOLVED = ['yes', 'partly', 'no'];
export const CHANNELS = ['presencial', 'telefono', 'email', 'whatsapp', 'web', 'otro'];
const LOCALES = ['es', 'en'];
const TOP_KEYS = ['schema', 'id', 'surveyId', 'answers', 'locale', 'page', 'submittedAt'];
const ANSWER_KEYS = ['satisfaction', 'resolved', 'channel', 'comment'];
export const COMMENT_MAX = 1000;
export const PAGE_MAX = 512;

/** Why `payload` is not a valid schema-1 survey answer, or null when it is. */
export function payloadProblem(payload) {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return 'body must be a JSON object';
  const extra = Object.keys(payload).filter((k) => !TOP_KEYS.includes(k));
  if (extra.length) return `unknown fields: ${extra.join(', ')}`;
  if (payload.schema !== 1) return 'schema must be 1';
  if (typeof payload.id !== 'string' || !UUID.test(payload.id)) return 'id must be a UUID';
  if (typeof payload.surveyId !== 'string' || !SURVEY_ID.test(payload.surveyId)) return 'surveyId must be a slug of up to 64 characters';
  if (!LOCALES.includes(payload.locale)) return `locale must be one of ${LOCALES.join(', ')}`;
  if (typeof payload.page !== 'string' || !payload.page.startsWith('/') || payload.page.length > PAGE_MAX || /[?#\s]/.test(payload.page)) {
    return `page must be a path starting with / (no query, fragment or spaces, at most ${PAGE_MAX} characters)`;
  }
  if (typeof payload.submittedAt !== 'string' || !ISO_INSTANT.test(payload.submittedAt) || Number.isNaN(Date.parse(payload.submittedAt))) {
    return 'submittedAt must be an ISO 8601 instant';
  }
  const answers = payload.answers;
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return 'answers must be an object';
  const extraAnswers = Object.keys(answers).filter((k) => !ANSWER_KEYS.includes(k));
  if (extraAnswers.length) return `unknown answers: ${extraAnswers.join(', ')}`;
  if (!Number.isInteger(answers.satisfaction) || answers.satisfaction < 1 || answers.satisfaction > 5) return 'answers.satisfaction must be an integer from 1 to 5';
  if (!RESOLVED.includes(answers.resolved)) return `answers.resolved must be one of ${RESOLVED.join(', ')}`;
  if (!CHANNELS.includes(answers.channel)) return `answers.channel must be one of ${CHANNELS.join(', ')}`;
  if ('comment' in answers && (typeof answers.comment !== 'string' || answers.comment.length > COMMENT_MAX)) {
    return `answers.comment must be a string of at most ${COMMENT_MAX} characters`;
  }
  // A NUL cannot be stored in a PostgreSQL text column; no person types one.
  if (typeof answers.comment === 'string' && answers.comment.includes('\u0000')) return 'answers.comment must not contain NUL characters';
  return null;
}
