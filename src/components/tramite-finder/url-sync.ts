import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the finder keeps in the page URL with `sync-url`. */
export interface FinderUrlState {
  q: string;
  category: string | null;
  channel: string | null;
  tramite: string | null;
}

/** URL parameters, in the page's language (Spanish first: citizens share these links). */
export const PARAMS = { q: 'q', tramite: 'tramite', category: 'categoria', channel: 'canal' } as const;

/** How the controller reaches the finder: whether syncing is on, and applying what the URL says. */
export interface UrlSyncOptions {
  enabled(): boolean;
  /** `back`: the citizen went Back or Forward to this state (its search was already reported). */
  apply(state: Partial<FinderUrlState>, back: boolean): void;
}

/**
 * Keeps the finder's query, filters and open procedure in the page URL (`?q=…&categoria=…&canal=…&tramite=…`), so
 * links can be shared and Back works: reads it on first load and on Back, writes it when a search settles.
 */
export class UrlSyncController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly options: UrlSyncOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** What the URL says. On first load only what it has overrides the attributes (`all` false); on Back, all of it. */
  read(all = false): Partial<FinderUrlState> {
    const params = new URLSearchParams(location.search);
    const state: Partial<FinderUrlState> = {};
    if (all || params.has(PARAMS.q)) state.q = params.get(PARAMS.q) ?? '';
    for (const key of ['category', 'channel', 'tramite'] as const) {
      if (all || params.has(PARAMS[key])) state[key] = params.get(PARAMS[key]);
    }
    return state;
  }

  private readonly onPopState = () => {
    if (this.options.enabled()) this.options.apply(this.read(true), true);
  };

  /**
   * Writes the state into the URL. A new search, filter or procedure gets a history entry, so Back undoes it; a query
   * that only grows or shrinks as the citizen types ("cl" → "clave") replaces its own entry, so Back does not walk
   * through every pause in the typing.
   */
  write(state: FinderUrlState): void {
    if (!this.options.enabled()) return;
    const before = new URLSearchParams(location.search);
    const url = new URL(location.href);
    const set = (name: string, value: string | null | undefined) =>
      value ? url.searchParams.set(name, value) : url.searchParams.delete(name);
    set(PARAMS.q, state.q.trim());
    set(PARAMS.category, state.category);
    set(PARAMS.channel, state.channel);
    set(PARAMS.tramite, state.tramite);
    if (url.href === location.href) return;
    const was = before.get(PARAMS.q) ?? '';
    const now = url.searchParams.get(PARAMS.q) ?? '';
    const sameFilters = [PARAMS.category, PARAMS.channel, PARAMS.tramite].every((name) => before.get(name) === url.searchParams.get(name));
    const typing = sameFilters && was !== '' && now !== '' && (now.startsWith(was) || was.startsWith(now));
    if (typing) history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
  }
}
