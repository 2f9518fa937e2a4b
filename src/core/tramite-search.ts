import type { Catalogue, Channel, LocalizedText, Tramite } from './catalogue.js';
import { channelFromId } from './channel.js';
import type { HighlightSegment, SearchIndex, WeightedText } from './search.js';
import { SLICE_MS, TimeSlice } from './time-slices.js';

type Engine = typeof import('./search.js');
let engine: Engine | null = null;
let engineLoad: Promise<Engine | null> | null = null;

/**
 * The search engine (core/search.ts) comes on demand: a finder lists its catalogue without it, and fetches it when it
 * is first used (focus, a query, `q` set) or the browser is idle. Resolves to null if it could not be fetched (asked
 * again by the next call).
 */
export function loadSearchEngine(): Promise<Engine | null> {
  return (engineLoad ??= import('./search.js').then(
    (loaded) => (engine = loaded),
    () => {
      engineLoad = null;
      return null;
    },
  ));
}

/** Whether a query can be answered now (the search engine is loaded; see loadSearchEngine). */
export const searchReady = (): boolean => engine !== null;

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
  private built: SearchIndex | null = null;
  /** How many procedures are in the index so far. */
  private added = 0;
  private building: Promise<void> | null = null;
  private readonly names: Map<string, LocalizedText>;

  /** No index is built here: only when the first search needs it, or `prepare()` builds it in slices. */
  constructor(readonly catalogue: Catalogue) {
    this.names = new Map((catalogue.categories ?? []).map((c) => [c.id, c.name]));
  }

  /** Whether the whole catalogue is indexed. */
  get indexed(): boolean {
    return this.built !== null && this.added === this.catalogue.tramites.length && this.built.packed;
  }

  private start(): SearchIndex {
    if (!engine) throw new Error('TramiteSearch: the search engine is not loaded yet (await loadSearchEngine() or prepare())');
    // A word found only in the shared category name or the steps does not make an entry "match every word".
    return (this.built ??= new engine.SearchIndex([], {
      synonyms: TRAMITE_SYNONYMS,
      minWordWeight: FIELD_WEIGHTS.summary,
      minPairWeight: FIELD_WEIGHTS.keywords,
    }));
  }

  private addNext(index: SearchIndex): void {
    const t = this.catalogue.tramites[this.added++];
    index.add(tramiteFields(t, this.names.get(t.category)));
  }

  /** The index, finished now if it is not yet (what is left of it, when `prepare()` already started). */
  private get index(): SearchIndex {
    const index = this.start();
    if (this.added < this.catalogue.tramites.length) {
      while (this.added < this.catalogue.tramites.length) this.addNext(index);
      index.compact();
    }
    return index;
  }

  /**
   * Builds the index a slice of `sliceMs` at a time, giving the page its turn between slices, so that no task runs
   * long even with thousands of procedures. Resolves when the catalogue is indexed, or, if the search engine could not
   * be fetched, at once with searchReady() false (never rejects); calling it again is free.
   */
  prepare(sliceMs = SLICE_MS): Promise<void> {
    return (this.building ??= (async () => {
      if (!(await loadSearchEngine())) {
        this.building = null;
        return;
      }
      const index = this.start();
      const total = this.catalogue.tramites.length;
      const slice = new TimeSlice(sliceMs);
      while (this.added < total) {
        while (this.added < total && !slice.due()) this.addNext(index);
        await slice.pause();
      }
      // Packing the index is a slice job too; a search meanwhile finishes it at once (the getter `index`).
      while (!index.compact(() => slice.due())) await slice.pause();
    })());
  }

  /**
   * What the finder shows for a query: `matches` answer every word typed (typos and synonyms allowed), best first,
   * without those far below the best; when nothing answers every word, `matches` is empty and `related` holds the
   * closest few, to be shown as only related. A blank query matches every procedure, in catalogue order.
   */
  answer(query: string, filters: Filters = {}): Answer {
    const { tramites } = this.catalogue;
    const { category, channel } = filters;
    const passes = (t: Tramite) =>
      (!category || t.category === category) && (!channel || t.channels.includes(channelFromId(channel) as Channel));
    if (query.trim() === '') return { matches: category || channel ? tramites.filter(passes) : tramites.slice(), related: [] };
    // Only what survives the cut-off becomes a hit and is sorted (with thousands of procedures, a short prefix hits most).
    const keep = category || channel ? (doc: number) => passes(tramites[doc]) : undefined;
    const { docs, complete } = this.index.best(query, { cutoff: RELATIVE_CUTOFF, keep });
    const kept = docs.map((doc) => tramites[doc]);
    return complete ? { matches: kept, related: [] } : { matches: [], related: kept.slice(0, MAX_RELATED) };
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

  /** See SearchIndex#highlight (needs no index); nothing marked until the search engine is there. */
  highlight(text: string, query: string): HighlightSegment[] {
    return engine ? this.start().highlight(text, query) : [{ text, match: false }];
  }
}
