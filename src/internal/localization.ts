import { configureLocalization, type LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

/** The languages the widgets speak: Spanish (source) and English. */
export type CabildoLocale = 'es' | 'en';

/** The English messages of one part (a widget's, or the shared ones), as src/generated/locales/en/<part>.ts exports. */
export type EnglishPart = () => Promise<{ templates: LocaleModule['templates'] }>;

/**
 * English comes in parts, one per widget plus the shared texts (scripts/split-messages.mjs): an English page loads
 * the parts of the widgets it has, when it has them. Every part is merged into `templates`, the one object msg()
 * reads; a part that arrives while English is showing re-renders the widgets (a second "ready" status event).
 */
interface English {
  templates: Record<string, unknown>;
  parts: Map<string, EnglishPart>;
  loaded: Map<string, Promise<void>>;
  wanted: boolean;
  /** Settles when every English download started so far has settled (null when none is on its way). */
  ready: Promise<unknown> | null;
}

interface Localization {
  getLocale: () => string;
  setLocale: (locale: string) => Promise<void>;
  english: English;
}

// @lit/localize may be configured only once per copy of it; a second copy of this library that shares the same
// @lit/localize module (two URLs of our build) must reuse the first configuration, and its English parts, instead of
// throwing.
const registryKey = Symbol.for('cabildo-lanzarote.localization');
type Registry = WeakMap<typeof configureLocalization, Localization>;
const globalScope = globalThis as unknown as Record<symbol, Registry | undefined>;
const registry: Registry = (globalScope[registryKey] ??= new WeakMap());

const loadPart = (english: English, name: string): Promise<void> => {
  let done = english.loaded.get(name);
  if (!done) {
    done = english.parts.get(name)!().then(
      (module) => void Object.assign(english.templates, module.templates),
      (error: unknown) => {
        // Not downloaded: tried again at the next change of language.
        english.loaded.delete(name);
        throw error;
      },
    );
    english.loaded.set(name, done);
  }
  return done;
};

function configure(): Localization {
  const existing = registry.get(configureLocalization);
  if (existing) return existing;
  const english: English = { templates: {}, parts: new Map(), loaded: new Map(), wanted: false, ready: null };
  const localization = configureLocalization({
    sourceLocale,
    targetLocales,
    // The parts registered so far; a part registered later loads itself (registerEnglish).
    loadLocale: async (locale): Promise<LocaleModule> => {
      if (locale === 'en') await Promise.all([...english.parts.keys()].map((name) => loadPart(english, name)));
      return { templates: (locale === 'en' ? english.templates : {}) as LocaleModule['templates'] };
    },
  });
  const configured = { ...localization, english };
  registry.set(configureLocalization, configured);
  return configured;
}

// Configured on first use, not on import: importing a class (`classes/*.js`) must not configure @lit/localize, load
// English or watch <html lang>. Defining or connecting an element starts all that (startLocalization).
let active: Localization | undefined;
const current = (): Localization => (active ??= configure());

/** Maps any BCP 47 tag to a supported locale: the primary subtag if we speak it, otherwise Spanish. */
export function resolveLocale(tag: string | null | undefined): CabildoLocale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' ? 'en' : 'es';
}

/** The locale the widgets render in now. */
export function getLocale(): CabildoLocale {
  return resolveLocale(current().getLocale());
}

/** Adds a download to what `englishReady()` waits for. */
function track(download: Promise<unknown>): void {
  const { english } = current();
  const all: Promise<unknown> = Promise.allSettled([english.ready, download]);
  english.ready = all;
  void all.then(() => {
    if (english.ready === all) english.ready = null;
  });
}

/**
 * While English is wanted and still on its way, a promise that settles when it is there (or failed: then Spanish is
 * shown); otherwise undefined. A widget's first render waits for it, so that an English page never shows Spanish.
 */
export function englishReady(): Promise<unknown> | undefined {
  const { english } = current();
  return english.wanted && english.ready ? english.ready : undefined;
}

/** Switches every widget on the page to `locale` (`'es'` or `'en'`; anything else falls back to `'es'`). */
export function setLocale(locale: string): Promise<void> {
  const localization = current();
  const english = resolveLocale(locale) === 'en';
  localization.english.wanted = english;
  const done = localization.setLocale(resolveLocale(locale));
  if (english) track(done);
  return done;
}

let following = false;
function followDocumentLanguage(): void {
  if (following || typeof document === 'undefined') return;
  following = true;
  const root = document.documentElement;
  const apply = () => void setLocale(root.lang);
  apply();
  new MutationObserver(apply).observe(root, { attributes: true, attributeFilter: ['lang'] });
}

/**
 * Makes a part of the English messages available (each widget registers its own; the shared part is registered here).
 * On a page in English it is loaded at once and the widgets re-render with it.
 */
export function registerEnglish(name: string, part: EnglishPart): void {
  const localization = current();
  const { english } = localization;
  if (english.parts.has(name)) return;
  english.parts.set(name, part);
  if (!english.wanted) return;
  // Once merged, a "ready" status re-renders the widgets if English is already showing (if it is still loading,
  // @lit/localize's own "ready" will).
  const download = loadPart(english, name);
  track(download);
  download.then(
    () => localization.getLocale() === 'en' && dispatchEvent(new CustomEvent('lit-localize-status', { detail: { status: 'ready' } })),
    () => undefined,
  );
}

/**
 * Starts the widgets' localization, once per page (later calls do nothing): the shared English texts, and the page's
 * language followed from `<html lang>`. Called when an element is defined or connected (CabildoElement), never on
 * import.
 */
export function startLocalization(): void {
  if (following) return;
  registerEnglish('shared', () => import('../generated/locales/en/shared.js'));
  followDocumentLanguage();
}
