import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { Catalogue, EntryProblem } from '../../core/catalogue.js';
import { CHANNELS, type Channel } from '../../core/channel.js';
import type { CatalogueFailure, CatalogueLoad } from '../../core/catalogue-loader.js';
import { safeHref } from '../../core/urls.js';
import { TramiteSearch } from '../../core/tramite-search.js';
import { loadBuiltInCatalogue } from '../../data/built-in-catalogue.js';

export type LoadState = 'loading' | 'ready' | 'error';

/** Where the browser has no requestIdleCallback (Safari), "idle" is this long after the finder appears. */
const IDLE_FALLBACK_MS = 2000;
export const EMPTY_SEARCH = new TramiteSearch({ version: 1, tramites: [] });

/**
 * The built-in catalogue comes on demand (its list and search first, each procedure's details when it is opened: see
 * data/built-in-catalogue.ts; files of their own beside the CDN files, chunks for bundlers), downloaded
 * once for every finder on the page; its index is built once too. A failed download is tried again by the next finder.
 */
let builtIn: { catalogue: Catalogue; search?: TramiteSearch } | undefined;
let builtInLoad: Promise<Catalogue> | undefined;
const loadBuiltIn = (): Promise<Catalogue> =>
  (builtInLoad ??= loadBuiltInCatalogue().then(
    (catalogue) => (builtIn = { catalogue }).catalogue,
    (error: unknown) => {
      builtInLoad = undefined;
      throw error;
    },
  ));

/** What the finder asks for: a catalogue object, else a `src` URL, else the built-in catalogue. */
export interface CatalogueSource {
  catalogue: Catalogue | null;
  src: string | null;
  timeoutMs: number;
}

/** What the finder does when a catalogue arrives or cannot be used. */
export interface CatalogueEvents {
  loaded(skipped: EntryProblem[]): void;
  failed(failure: CatalogueFailure): void;
}

/**
 * Loads the finder's catalogue (object, `src` or built-in), keeps its search and its filter choices, and builds the
 * index when the finder is first used or the browser is idle: `finder`, `state`, `categoryIds`, `channelIds`.
 */
export class CatalogueController implements ReactiveController {
  finder = EMPTY_SEARCH;
  state: LoadState = 'ready';
  /** Filter choices: the categories and channels the catalogue uses. */
  categoryIds: string[] = [];
  channelIds: Channel[] = [];
  /**
   * The built-in catalogue on its way: settles once it is in place. (A `src` load is not waited for: the finder shows
   * "loading" meanwhile, and says so with a `cabildo-error` if it fails.)
   */
  pending: Promise<void> | null = null;
  private abort: AbortController | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly events: CatalogueEvents,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.prepareWhenIdle();
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Starts using a source, cancelling the load of the previous one. */
  use({ catalogue, src, timeoutMs }: CatalogueSource): void {
    this.abort?.abort();
    this.abort = null;
    this.pending = null;
    if (catalogue) return this.set(catalogue);
    if (!src && builtIn) return this.set(builtIn.catalogue);
    let url = '';
    if (src) {
      const base = typeof document !== 'undefined' ? document.baseURI : undefined;
      url = safeHref(src, base) ?? '';
      if (!/^https?:/.test(url)) return this.fail({ code: 'catalogue-url', url: src });
    }
    this.set(EMPTY_SEARCH.catalogue, 'loading');
    const abort = (this.abort = new AbortController());
    const load: Promise<CatalogueLoad> = src
      ? // The loader and the validation come on demand: a finder with the built-in catalogue never needs them.
        import('../../core/catalogue-loader.js').then(
          ({ loadCatalogue }) => loadCatalogue(url, { signal: abort.signal, timeoutMs }),
          (): CatalogueLoad => ({ ok: false, code: 'catalogue-network', url }),
        )
      : loadBuiltIn().then(
          (catalogue) => ({ ok: true, catalogue, skipped: [] }),
          () => ({ ok: false, code: 'catalogue-network', url: import.meta.url }),
        );
    const done = load.then((result) => this.loaded(abort, result));
    // The finder's updateComplete waits for the built-in catalogue, so that `results` is its by then.
    if (!src) this.pending = done;
  }

  /** No search index until the finder is used: first focus, first query, `q` set, or the browser is idle. */
  prepareWhenIdle(): void {
    const prepare = () => {
      if (this.host.isConnected && this.state === 'ready') void this.finder.prepare();
    };
    if ('requestIdleCallback' in window) requestIdleCallback(prepare);
    else setTimeout(prepare, IDLE_FALLBACK_MS);
  }

  private loaded(abort: AbortController, result: CatalogueLoad): void {
    if (abort.signal.aborted) return;
    this.abort = null;
    this.pending = null;
    if (!result.ok) return this.fail(result);
    this.set(result.catalogue);
    this.prepareWhenIdle();
    this.events.loaded(result.skipped);
    this.host.requestUpdate();
  }

  private fail(failure: CatalogueFailure): void {
    this.set(EMPTY_SEARCH.catalogue, 'error');
    this.events.failed(failure);
    this.host.requestUpdate();
  }

  private set(catalogue: Catalogue, state: LoadState = 'ready'): void {
    this.finder = builtIn && catalogue === builtIn.catalogue ? (builtIn.search ??= new TramiteSearch(catalogue)) : new TramiteSearch(catalogue);
    this.categoryIds = [...new Set(catalogue.tramites.map((t) => t.category))];
    this.channelIds = CHANNELS.filter((c) => catalogue.tramites.some((t) => t.channels.includes(c)));
    this.state = state;
    if (state === 'ready') reportUnverified(catalogue);
  }
}

/** Unconfirmed entries named in the console; the count says how many there are in all. */
const MAX_NAMED = 50;

/** Catalogues whose unconfirmed entries were already listed in the console (once per catalogue and page). */
const reported = new WeakSet<Catalogue>();

/**
 * For the editor, once: which entries the office has not confirmed yet (their `confirm` note says what to check).
 * Citizens see only the content; the note is in the catalogue file, the guide and Storybook.
 */
function reportUnverified(catalogue: Catalogue): void {
  if (reported.has(catalogue)) return;
  reported.add(catalogue);
  const ids = catalogue.tramites.filter((t) => !t.verified).map((t) => t.id);
  if (!ids.length) return;
  // The first ones by name: thousands of ids would be a line no one reads (and a long task to print).
  const named = ids.length > MAX_NAMED ? `${ids.slice(0, MAX_NAMED).join(', ')}…` : ids.join(', ');
  console.info(
    `<cabildo-tramite-finder>: ${msg(str`${ids.length} trámites del catálogo están pendientes de confirmar por la oficina (verified: false; el campo confirm dice qué revisar): ${named}.`)}`,
  );
}
