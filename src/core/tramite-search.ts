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
   * Procedures matching the query and the filters, best first; every procedure (in catalogue order) when the query
   * is blank.
   */
  find(query: string, filters: { category?: string | null; channel?: Channel | string | null } = {}): Tramite[] {
    const { tramites } = this.catalogue;
    const passes = (t: Tramite) =>
      (!filters.category || t.category === filters.category) &&
      (!filters.channel || t.channels.includes(filters.channel as Channel));
    const found = query.trim() === '' ? tramites : this.index.search(query).map((hit) => tramites[hit.index]);
    return found.filter(passes);
  }

  /** See SearchIndex#highlight. */
  highlight(text: string, query: string) {
    return this.index.highlight(text, query);
  }
}
