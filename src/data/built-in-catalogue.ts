import type { Appointment, Catalogue, Category, Channel, LocalizedList, LocalizedText, Tramite } from '../core/catalogue.js';

/*
 * The built-in catalogue as a finder downloads it (files written by scripts/split-catalogue.mjs from
 * src/data/catalogue.ts): first what the list and the search need, in both languages (a small file, fetched when a
 * finder without `src` appears); then, when a procedure is opened (or hovered or focused first), the details of every
 * procedure in the page's language only. Until its details arrive, an entry's `audience`, `bring`, `steps` and the
 * referral's `help` are empty in that language: the finder shows a loading state (see detailsLoad).
 */

/** One entry of the index file: what the list and the search need. */
export interface IndexEntry {
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  keywords: LocalizedList;
  category: string;
  channels: Channel[];
  start: Tramite['start'];
  elsewhere?: { by: LocalizedText };
  verified: boolean;
}

export interface CatalogueIndex {
  version: 1;
  categories?: Category[];
  tramites: IndexEntry[];
}

/** One entry of a details file, in one language. */
export interface TramiteDetails {
  audience: string;
  bring: string[];
  steps: string[];
  appointment: Appointment;
  help?: string;
}

type Lang = 'es' | 'en';

/** The built-in entries, and each language's details: settled (true), on their way, or not asked for. */
const entries = new WeakSet<Tramite>();
let all: Tramite[] = [];
const details: Partial<Record<Lang, Promise<void> | true>> = {};

/** Where each language's details come from (a test replaces `fetch` to see a failed download). */
export const detailsFiles = {
  fetch: (lang: Lang): Promise<{ DETAILS: Record<string, TramiteDetails> }> =>
    lang === 'en' ? import('../generated/catalogue/details-en.js') : import('../generated/catalogue/details-es.js'),
};

/** Whether `tramite`'s details in `lang` are there to show (always, for an entry not from the built-in catalogue). */
export const detailsReady = (tramite: Tramite, lang: Lang): boolean => !entries.has(tramite) || details[lang] === true;

/**
 * Whether `tramite`'s details in `lang` are there to show (always, for an entry not from the built-in catalogue); if
 * not, starts fetching them (once per language for every entry; a failed fetch is tried again on the next call).
 */
export function detailsLoad(tramite: Tramite, lang: Lang): true | Promise<void> {
  if (!entries.has(tramite)) return true;
  return (details[lang] ??= detailsFiles.fetch(lang).then(
    ({ DETAILS }) => {
      for (const t of all) {
        const d = DETAILS[t.id];
        if (!d) continue;
        t.audience[lang] = d.audience;
        t.bring[lang] = d.bring;
        t.steps[lang] = d.steps;
        t.appointment = d.appointment;
        if (t.elsewhere && d.help) t.elsewhere.help[lang] = d.help;
      }
      details[lang] = true;
    },
    (error: unknown) => {
      delete details[lang];
      throw error;
    },
  ));
}

/** The built-in catalogue's list and search (its index file), each entry's details to come (detailsLoad). */
export const loadBuiltInCatalogue = (): Promise<Catalogue> =>
  import('../generated/catalogue/index.js').then(({ INDEX }) => {
    const tramites = INDEX.tramites.map(
      ({ elsewhere, ...t }): Tramite => ({
        ...t,
        audience: { es: '', en: '' },
        bring: { es: [], en: [] },
        steps: { es: [], en: [] },
        appointment: 'none',
        ...(elsewhere && { elsewhere: { by: elsewhere.by, help: { es: '', en: '' } } }),
      }),
    );
    for (const t of tramites) entries.add(t);
    all = tramites;
    return { version: 1, categories: INDEX.categories, tramites };
  });
