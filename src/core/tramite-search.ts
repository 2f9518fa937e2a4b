import type { Catalogue, Channel, Tramite } from './catalogue.js';
import { SearchIndex, type WeightedText } from './search.js';

/**
 * Field weights: the title says what the procedure is, everyday names say how people ask for it, the rest only
 * confirms. Both languages go into one document, so an English query finds the entry on a Spanish page too.
 */
export const FIELD_WEIGHTS = { title: 10, keywords: 8, summary: 3, category: 2, start: 2, details: 1 } as const;

/** Words that mean the same to a citizen, in both languages. Each group is searched as one. */
export const TRAMITE_SYNONYMS: ReadonlyArray<readonly string[]> = [
  ['queja', 'quejar', 'reclamación', 'reclamar', 'reclamo', 'protesta', 'complaint', 'complain'],
  ['baja', 'revocar', 'revocación', 'anular', 'cancelar', 'eliminar', 'borrar', 'cancel', 'revoke', 'delete'],
  ['alta', 'registrarse', 'inscribir', 'inscripción', 'apuntarse', 'register', 'signup', 'enrol'],
  ['cambiar', 'modificar', 'modificación', 'actualizar', 'renovar', 'change', 'update', 'modify', 'renew'],
  ['contraseña', 'password'],
  ['firma', 'certificado', 'certificate', 'signature'],
  ['cita', 'turno', 'appointment', 'booking'],
  ['taller', 'curso', 'seminario', 'workshop', 'course', 'seminar'],
  ['pareja', 'partner', 'partnership', 'novio', 'novia', 'conviviente'],
  ['asociación', 'association', 'ong', 'ngo'],
  ['extranjero', 'extranjería', 'foreigner', 'immigration', 'inmigración', 'inmigrante'],
  ['disolver', 'disolución', 'extinción', 'dissolve', 'dissolution', 'cerrar'],
  ['hijos', 'niños', 'children', 'kids'],
];

export interface Filters {
  category?: string | null;
  channel?: Channel | string | null;
}

/** What the finder shows: the procedures that answer the query, or, when none does, the closest ones. */
export interface Answer {
  matches: Tramite[];
  related: Tramite[];
}

/** A result scoring under this share of the best one is left out: it only shares a word or two with the query. */
export const RELATIVE_CUTOFF = 0.3;
/** At most this many "only related" results when nothing answers every word. */
export const MAX_RELATED = 5;

/** The weighted texts of one procedure, in both languages. */
export function tramiteFields(tramite: Tramite, categoryName?: { es: string; en: string }): WeightedText[] {
  const w = FIELD_WEIGHTS;
  const fields: WeightedText[] = [];
  for (const lang of ['es', 'en'] as const) {
    fields.push([tramite.title[lang], w.title]);
    for (const keyword of tramite.keywords[lang]) fields.push([keyword, w.keywords]);
    if (categoryName) fields.push([categoryName[lang], w.category]);
    fields.push([tramite.summary[lang], w.summary]);
    fields.push([tramite.start.label[lang], w.start]);
    fields.push([tramite.audience[lang], w.details]);
    for (const text of [...tramite.bring[lang], ...tramite.steps[lang]]) fields.push([text, w.details]);
  }
  return fields;
}

/** A search over one catalogue's procedures. */
export class TramiteSearch {
  private readonly index: SearchIndex;

  constructor(readonly catalogue: Catalogue) {
    const names = new Map((catalogue.categories ?? []).map((c) => [c.id, c.name]));
    this.index = new SearchIndex(
      catalogue.tramites.map((t) => tramiteFields(t, names.get(t.category))),
      // A word found only in the shared category name or the steps does not make an entry "match every word".
      { synonyms: TRAMITE_SYNONYMS, minWordWeight: FIELD_WEIGHTS.summary },
    );
  }

  /**
   * What the finder shows for a query: `matches` answer every word typed (typos and synonyms allowed), best first,
   * without those far below the best; when nothing answers every word, `matches` is empty and `related` holds the
   * closest few, to be shown as only related. A blank query matches every procedure, in catalogue order.
   */
  answer(query: string, filters: Filters = {}): Answer {
    const { tramites } = this.catalogue;
    const passes = (t: Tramite) =>
      (!filters.category || t.category === filters.category) &&
      (!filters.channel || t.channels.includes(filters.channel as Channel));
    if (query.trim() === '') return { matches: tramites.filter(passes), related: [] };
    const hits = this.index.search(query).filter((hit) => passes(tramites[hit.index]));
    const complete = hits.filter((hit) => hit.complete);
    const pool = complete.length ? complete : hits.filter((hit) => hit.matched > 0);
    const best = pool[0]?.score ?? 0;
    const kept = pool.filter((hit) => hit.score >= best * RELATIVE_CUTOFF).map((hit) => tramites[hit.index]);
    return complete.length ? { matches: kept, related: [] } : { matches: [], related: kept.slice(0, MAX_RELATED) };
  }

  /** Procedures matching the query and the filters, best first; every procedure (in catalogue order) when it is blank. */
  find(query: string, filters: Filters = {}): Tramite[] {
    return this.answer(query, filters).matches;
  }

  /** Everything the finder lists for a query, in order: the matches, or else the related ones. */
  listed(query: string, filters: Filters = {}): Tramite[] {
    const { matches, related } = this.answer(query, filters);
    return matches.length ? matches : related;
  }

  /** See SearchIndex#highlight. */
  highlight(text: string, query: string) {
    return this.index.highlight(text, query);
  }
}
