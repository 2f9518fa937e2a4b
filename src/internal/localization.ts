import { configureLocalization, type LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

/** The languages the widgets speak: Spanish (source) and English. */
export type CabildoLocale = 'es' | 'en';

interface Localization {
  getLocale: () => string;
  setLocale: (locale: string) => Promise<void>;
}

// @lit/localize may be configured only once per copy of it; a second copy of this library that shares the same
// @lit/localize module (two URLs of our build) must reuse the first configuration instead of throwing.
const registryKey = Symbol.for('cabildo-lanzarote.localization');
type Registry = WeakMap<typeof configureLocalization, Localization>;
const globalScope = globalThis as unknown as Record<symbol, Registry | undefined>;
const registry: Registry = (globalScope[registryKey] ??= new WeakMap());

function configure(): Localization {
  const existing = registry.get(configureLocalization);
  if (existing) return existing;
  const localization = configureLocalization({
    sourceLocale,
    targetLocales,
    // English (every widget's messages, about 5 KB gzipped) is fetched only by a page that shows English: the
    // autoloader build keeps it a chunk of its own; the all-in-one CDN file inlines it.
    loadLocale: (locale): Promise<LocaleModule> =>
      locale === 'en' ? import('../generated/locales/en.js') : Promise.resolve({ templates: {} }),
  });
  registry.set(configureLocalization, localization);
  return localization;
}

const localization = configure();

/** Maps any BCP 47 tag to a supported locale: the primary subtag if we speak it, otherwise Spanish. */
export function resolveLocale(tag: string | null | undefined): CabildoLocale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' ? 'en' : 'es';
}

/** The locale the widgets render in now. */
export function getLocale(): CabildoLocale {
  return resolveLocale(localization.getLocale());
}

/** Switches every widget on the page to `locale` (`'es'` or `'en'`; anything else falls back to `'es'`). */
export function setLocale(locale: string): Promise<void> {
  return localization.setLocale(resolveLocale(locale));
}

function followDocumentLanguage(): void {
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  const apply = () => void setLocale(root.lang);
  apply();
  new MutationObserver(apply).observe(root, { attributes: true, attributeFilter: ['lang'] });
}

followDocumentLanguage();
