/**
 * Catalogue of procedures (trámites): its types and the validation of catalogues loaded from a URL. Pure: no DOM, no
 * Lit, no messages. The JSON Schema `src/data/catalogue.schema.json` describes the same shape for integrators.
 */
import { safeHref } from './urls.js';
import { channelFromId, type Channel } from './channel.js';
import { SLICE_MS, TimeSlice } from './time-slices.js';

/** Text in both languages of the library. */
export interface LocalizedText {
  es: string;
  en: string;
}

/** Lists in both languages (what to bring, steps, everyday names). */
export interface LocalizedList {
  es: string[];
  en: string[];
}

/** How a citizen can do the procedure: the library's channels (core/channel.ts); `online` is read as `web`. */
export { CHANNELS, type Channel } from './channel.js';

/** Whether the office needs an appointment (cita previa) for the in-person part. */
export type Appointment = 'required' | 'recommended' | 'none';
export const APPOINTMENTS: readonly Appointment[] = ['required', 'recommended', 'none'];

/** One procedure. */
export interface Tramite {
  /** Stable slug, e.g. `familia-numerosa`. */
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  /** Everyday names and synonyms people type ("renovar la clave", "NIE", "civil partnership"). */
  keywords: LocalizedList;
  /** Id of a category of the catalogue. */
  category: string;
  /** Who it is for. */
  audience: LocalizedText;
  channels: Channel[];
  /** What to bring or have ready. */
  bring: LocalizedList;
  /** How it is done, in order. */
  steps: LocalizedList;
  /** Where to start: the link and the action it performs ("Pedir cita", "Make a complaint"). */
  start: { url: string; label: LocalizedText };
  appointment: Appointment;
  /**
   * Set when another administration does this procedure, not the office (a referral): who does it, and how the office
   * can still help. `start` then links to that body's official page.
   */
  elsewhere?: Referral;
  /** False while the office has not confirmed the content against its own practice. */
  verified: boolean;
  /** What the office must confirm, when `verified` is false. */
  confirm?: string;
  /** Public sources the content was written from. */
  sources?: string[];
}

/** Who does a procedure the office does not, and how the office can still help. */
export interface Referral {
  /** The body, as it reads after "Lo hace" / "Done by": "la Policía Nacional (comisaría de Arrecife)". */
  by: LocalizedText;
  /** What the office can still do (register a request addressed to that body, help to book…). */
  help: LocalizedText;
}

/** A category of procedures. */
export interface Category {
  id: string;
  name: LocalizedText;
}

/** The catalogue document (`version: 1`). */
export interface Catalogue {
  version: 1;
  categories?: Category[];
  tramites: Tramite[];
}

/** An entry that was skipped, with the reason (path of the first bad field). */
export interface EntryProblem {
  index: number;
  id: string | null;
  field: string;
}

/** The outcome of validating a catalogue document. */
export type CatalogueCheck =
  | { ok: true; catalogue: Catalogue; skipped: EntryProblem[] }
  | { ok: false; field: string };

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_TEXT = 2000;
const MAX_ITEMS = 40;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= max;

/**
 * Whether a checked text or list object may be kept as it is rather than copied: the document is the checker's own
 * (`own`: a freshly parsed file, see checkCatalogueInSlices) and the object holds nothing but `es` and `en`.
 */
const keepable = (v: Json, own: boolean): boolean => {
  if (!own) return false;
  let n = 0;
  for (const key in v) if (++n > 2 || (key !== 'es' && key !== 'en')) return false;
  return true;
};

function checkText(v: unknown, own = false): LocalizedText | null {
  if (!isObject(v) || !isText(v.es) || !isText(v.en)) return null;
  return keepable(v, own) ? (v as unknown as LocalizedText) : { es: v.es, en: v.en };
}

function checkList(v: unknown, allowEmpty: boolean, own = false): LocalizedList | null {
  if (!isObject(v)) return null;
  const ok = (list: unknown): list is string[] =>
    Array.isArray(list) && list.length <= MAX_ITEMS && (allowEmpty || list.length > 0) && list.every((s) => isText(s, 500));
  if (!ok(v.es) || !ok(v.en)) return null;
  return keepable(v, own) ? (v as unknown as LocalizedList) : { es: [...v.es], en: [...v.en] };
}

/**
 * Checks one entry; returns the entry (copied, unknown fields dropped) or the name of the first bad field. With `own`
 * (the entry is the checker's, from a document parsed for it), its texts and lists holding only `es` and `en` are
 * kept, not copied.
 */
export function checkTramite(value: unknown, categoryIds?: ReadonlySet<string>, base?: string, own = false): Tramite | string {
  if (!isObject(value)) return '(entry)';
  const v = value;
  if (typeof v.id !== 'string' || !ID_PATTERN.test(v.id) || v.id.length > 80) return 'id';
  const title = checkText(v.title, own);
  if (!title) return 'title';
  const summary = checkText(v.summary, own);
  if (!summary) return 'summary';
  const keywords = checkList(v.keywords ?? { es: [], en: [] }, true, own);
  if (!keywords) return 'keywords';
  if (typeof v.category !== 'string' || !ID_PATTERN.test(v.category)) return 'category';
  if (categoryIds && !categoryIds.has(v.category)) return 'category';
  const audience = checkText(v.audience, own);
  if (!audience) return 'audience';
  if (!Array.isArray(v.channels) || v.channels.length === 0 || !v.channels.every((c) => channelFromId(c))) {
    return 'channels';
  }
  const bring = checkList(v.bring, true, own);
  if (!bring) return 'bring';
  const steps = checkList(v.steps, false, own);
  if (!steps) return 'steps';
  // Where to start must become a safe link: https (or tel:/mailto:), a relative one resolved against the catalogue's
  // own address. Anything else would leave the citizen without the button, so the entry is reported instead.
  const startUrl = isObject(v.start) && isText(v.start.url, 1000) ? safeHref(v.start.url, base) : null;
  if (!isObject(v.start) || !startUrl) return 'start.url';
  const startLabel = checkText(v.start.label, own);
  if (!startLabel) return 'start.label';
  if (!APPOINTMENTS.includes(v.appointment as Appointment)) return 'appointment';
  let elsewhere: Referral | undefined;
  if (v.elsewhere !== undefined) {
    const by = isObject(v.elsewhere) ? checkText(v.elsewhere.by, own) : null;
    if (!by) return 'elsewhere.by';
    const help = checkText((v.elsewhere as Json).help, own);
    if (!help) return 'elsewhere.help';
    elsewhere = { by, help };
  }
  if (typeof v.verified !== 'boolean') return 'verified';
  if (v.confirm !== undefined && !isText(v.confirm)) return 'confirm';
  if (v.sources !== undefined && !(Array.isArray(v.sources) && v.sources.every((s) => isText(s, 1000)))) return 'sources';
  const tramite: Tramite = {
    id: v.id,
    title,
    summary,
    keywords,
    category: v.category,
    audience,
    channels: [...new Set((v.channels as unknown[]).map((c) => channelFromId(c) as Channel))],
    bring,
    steps,
    start: { url: startUrl, label: startLabel },
    appointment: v.appointment as Appointment,
    verified: v.verified,
  };
  if (elsewhere) tramite.elsewhere = elsewhere;
  if (typeof v.confirm === 'string') tramite.confirm = v.confirm;
  if (Array.isArray(v.sources)) tramite.sources = [...(v.sources as string[])];
  return tramite;
}

/**
 * Validates a parsed catalogue document. A wrong envelope rejects the whole document; a bad entry (or a repeated id)
 * is skipped and listed, so that one mistake in the data never hides the other procedures.
 */
export function checkCatalogue(value: unknown, base?: string): CatalogueCheck {
  const steps = checkCatalogueSteps(value, base);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same check, a slice at a time: it gives the page its turn every `sliceMs`, so that validating thousands of
 * entries is never one long task.
 */
export async function checkCatalogueInSlices(
  value: unknown,
  base?: string,
  sliceMs = SLICE_MS,
  { own = false }: { own?: boolean } = {},
): Promise<CatalogueCheck> {
  // `own`: the document was just parsed for this check and nothing else holds it, so its texts and lists are kept
  // instead of copied: for thousands of entries, tens of thousands fewer objects to allocate, and as many fewer left
  // to the garbage collector (whose pass over them was a long task on a slow phone).
  const steps = checkCatalogueSteps(value, base, own);
  const slice = new TimeSlice(sliceMs);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await slice.pause();
  }
}

/** Most entries a catalogue may have: far above any office's (5,000 is the test size), and a bound on memory. */
export const MAX_ENTRIES = 10_000;

/** The check, yielding after each entry. */
function* checkCatalogueSteps(value: unknown, base?: string, own = false): Generator<void, CatalogueCheck> {
  if (!isObject(value)) return { ok: false, field: '(document)' };
  if (value.version !== 1) return { ok: false, field: 'version' };
  if (!Array.isArray(value.tramites)) return { ok: false, field: 'tramites' };
  if (value.tramites.length > MAX_ENTRIES) return { ok: false, field: `tramites (more than ${MAX_ENTRIES})` };
  let categories: Category[] | undefined;
  if (value.categories !== undefined) {
    if (!Array.isArray(value.categories)) return { ok: false, field: 'categories' };
    categories = [];
    for (const c of value.categories) {
      const name = isObject(c) ? checkText(c.name) : null;
      if (!isObject(c) || typeof c.id !== 'string' || !ID_PATTERN.test(c.id) || !name) return { ok: false, field: 'categories' };
      categories.push({ id: c.id, name });
    }
  }
  const categoryIds = categories ? new Set(categories.map((c) => c.id)) : undefined;
  const tramites: Tramite[] = [];
  const skipped: EntryProblem[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < value.tramites.length; index++) {
    const entry: unknown = value.tramites[index];
    const id = isObject(entry) && typeof entry.id === 'string' ? entry.id.slice(0, 80) : null;
    const checked = checkTramite(entry, categoryIds, base, own);
    if (typeof checked === 'string') skipped.push({ index, id, field: checked });
    else if (seen.has(checked.id)) skipped.push({ index, id, field: 'id (repeated)' });
    else {
      seen.add(checked.id);
      tramites.push(checked);
    }
    yield;
  }
  const catalogue: Catalogue = { version: 1, tramites };
  if (categories) catalogue.categories = categories;
  return { ok: true, catalogue, skipped };
}
