import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement, html as lit } from 'lit';
import '../src/tramite-finder.js';
import type { TramiteFinder } from '../src/tramite-finder.js';
import { CatalogueController } from '../src/components/tramite-finder/catalogue-controller.js';
import { UrlSyncController, type FinderUrlState } from '../src/components/tramite-finder/url-sync.js';
import { ResultRovingController } from '../src/components/tramite-finder/result-roving.js';
import type { Catalogue, EntryProblem } from '../src/core/catalogue.js';
import type { CatalogueFailure } from '../src/core/catalogue-loader.js';
import { BUILT_IN_CATALOGUE } from '../src/data/catalogue.js';
import { silenceConsole } from './support/console.js';
import { until } from './support/until.js';

// The finder's three controllers, each on a small element of its own: what an integrator of the controller (or of
// the finder, which only reads them) can observe.

// ---------------------------------------------------------------- catalogue

/** An element that loads a catalogue and shows its state, as the finder does. */
class CatalogueHost extends LitElement {
  /** What each `loaded` saw: the ids of the catalogue then in use, and the skipped entries. */
  loads: Array<{ ids: string[]; skipped: EntryProblem[] }> = [];
  failures: CatalogueFailure[] = [];
  readonly source = new CatalogueController(this, {
    loaded: (skipped) => this.loads.push({ ids: this.source.finder.catalogue.tramites.map((t) => t.id), skipped }),
    failed: (failure) => this.failures.push(failure),
  });

  override render() {
    return lit`<p>${this.source.state}: ${this.source.finder.catalogue.tramites.length}</p>`;
  }
}
customElements.define('test-catalogue-host', CatalogueHost);

const shown = (host: CatalogueHost) => host.shadowRoot!.textContent!.trim();
const jsonResponse = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Response(body, { status: 200, headers: { 'Content-Type': 'application/json', ...headers } });
const catalogueOf = (ids: string[]): Catalogue => ({
  version: 1,
  categories: BUILT_IN_CATALOGUE.categories,
  tramites: ids.map((id, i) => ({ ...BUILT_IN_CATALOGUE.tramites[i % BUILT_IN_CATALOGUE.tramites.length], id })),
});

/** A network whose requests wait until the test answers them; each keeps the signal it was sent with. */
function heldNetwork() {
  const requests: Array<{ url: string; signal: AbortSignal; answer: (response: Response) => void }> = [];
  const fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init!.signal!;
      // As a browser does: an aborted request fails.
      signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      requests.push({ url: new URL(String(input), location.href).pathname, signal, answer: resolve });
    });
  return { requests, fetch };
}

describe('CatalogueController', () => {
  const realFetch = window.fetch;
  let info: ReturnType<typeof silenceConsole>;
  beforeEach(() => {
    info = silenceConsole('info');
  });
  afterEach(() => {
    window.fetch = realFetch;
    info.restore();
  });

  /** As the finder does when its `src` or `catalogue` changes (in an update, which then renders). */
  const use = (host: CatalogueHost, src: string | null, catalogue: Catalogue | null = null) => {
    host.source.use({ catalogue, src, timeoutMs: 8000 });
    host.requestUpdate();
  };

  it('loads a src catalogue: "loading" at once, then its procedures, filter choices and skipped entries', async () => {
    const host = await fixture<CatalogueHost>(html`<test-catalogue-host></test-catalogue-host>`);
    use(host, '/test/fixtures/catalogue-invalid-entries.json');
    await host.updateComplete;
    expect(shown(host)).to.equal('loading: 0');
    await until(() => host.source.state === 'ready', 'the catalogue loaded');
    await host.updateComplete;
    expect(shown(host)).to.equal('ready: 2');
    expect(host.loads).to.have.length(1);
    expect(host.loads[0].skipped.length).to.be.above(0);
    expect(host.loads[0].skipped.every((p) => typeof p.field === 'string' && p.index >= 0)).to.be.true;
    expect(host.source.categoryIds).to.deep.equal([...new Set(host.source.finder.catalogue.tramites.map((t) => t.category))]);
    expect(host.source.channelIds.length).to.be.above(0);
    expect(host.failures).to.deep.equal([]);
  });

  it('says why a catalogue cannot be used, with the details an editor needs, and shows nothing from it', async () => {
    const cases: Array<[string, Partial<CatalogueFailure>]> = [
      ['/test/fixtures/does-not-exist.json', { code: 'catalogue-http', status: 404 }],
      ['/test/fixtures/catalogue-page.html', { code: 'catalogue-content-type' }],
      ['/test/fixtures/catalogue-broken.json', { code: 'catalogue-json' }],
      ['javascript:alert(1)', { code: 'catalogue-url', url: 'javascript:alert(1)' }],
    ];
    for (const [src, expected] of cases) {
      const host = await fixture<CatalogueHost>(html`<test-catalogue-host></test-catalogue-host>`);
      use(host, src);
      await until(() => host.failures.length > 0, `the failure for ${src}`);
      await host.updateComplete;
      expect(host.failures[0], src).to.include(expected);
      expect(shown(host), src).to.equal('error: 0');
      expect(host.loads, src).to.deep.equal([]);
    }
  });

  it('refuses a body declared over the size limit without reading it', async () => {
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(new Uint8Array(1 << 16).fill(32));
      },
    });
    window.fetch = async () => jsonResponse(body, { 'Content-Length': String(16_000_001) });
    const host = await fixture<CatalogueHost>(html`<test-catalogue-host></test-catalogue-host>`);
    use(host, '/big.json');
    await until(() => host.failures.length > 0, 'the failure');
    expect(host.failures[0]).to.include({ code: 'catalogue-too-large', maxBytes: 16_000_000 });
    // The stream fills its queue once when it is made; nothing more was asked of it.
    expect(pulls).to.be.at.most(1);
    expect(host.source.state).to.equal('error');
  });

  it('loads a catalogue of several megabytes (past the old 1 MB cap) a slice at a time', async () => {
    const ids = Array.from({ length: 1500 }, (_, i) => `t-${i}`);
    const body = JSON.stringify(catalogueOf(ids));
    expect(body.length).to.be.above(2_000_000);
    window.fetch = async () => jsonResponse(body);
    // Timers that fire while it loads prove the page got its turn between slices.
    let turns = 0;
    const tick = setInterval(() => turns++, 0);
    const host = await fixture<CatalogueHost>(html`<test-catalogue-host></test-catalogue-host>`);
    try {
      use(host, '/big.json');
      await until(() => host.source.state !== 'loading', 'the catalogue loaded', 60_000);
    } finally {
      clearInterval(tick);
    }
    expect(host.failures).to.deep.equal([]);
    await host.updateComplete;
    expect(shown(host)).to.equal('ready: 1500');
    expect(turns).to.be.above(1);
  });

  it('cancels the load when src changes, and an answer to the old src never replaces the new catalogue', async () => {
    const network = heldNetwork();
    window.fetch = network.fetch;
    const host = await fixture<CatalogueHost>(html`<test-catalogue-host></test-catalogue-host>`);
    use(host, '/a.json');
    await until(() => network.requests.length === 1, 'the request for a.json');
    use(host, '/b.json');
    await until(() => network.requests.length === 2, 'the request for b.json');
    const [a, b] = network.requests;
    expect([a.url, a.signal.aborted]).to.deep.equal(['/a.json', true]);
    expect([b.url, b.signal.aborted]).to.deep.equal(['/b.json', false]);
    b.answer(jsonResponse(JSON.stringify(catalogueOf(['tramite-b']))));
    await until(() => host.source.state === 'ready', 'b.json loaded');
    // A server that answers anyway (a stub that ignores the abort): its catalogue must not show. c.json, asked for
    // after it and answered after it, goes through the same steps, so once c.json is in, a.json's answer was handled.
    a.answer(jsonResponse(JSON.stringify(catalogueOf(['tramite-a']))));
    use(host, '/c.json');
    await until(() => network.requests.length === 3, 'the request for c.json');
    network.requests[2].answer(jsonResponse(JSON.stringify(catalogueOf(['tramite-c']))));
    await until(() => host.loads.length === 2, 'c.json loaded');
    expect(host.loads.map((l) => l.ids)).to.deep.equal([['tramite-b'], ['tramite-c']]);
    expect(host.failures).to.deep.equal([]);
  });

  it('cancels the load when the element leaves the page', async () => {
    const network = heldNetwork();
    window.fetch = network.fetch;
    const host = await fixture<CatalogueHost>(html`<test-catalogue-host></test-catalogue-host>`);
    use(host, '/a.json');
    await until(() => network.requests.length === 1, 'the request');
    host.remove();
    expect(network.requests[0].signal.aborted).to.be.true;
  });

  it('uses a catalogue object at once, and shares the built-in catalogue and its index between finders', async () => {
    const host = await fixture<CatalogueHost>(html`<test-catalogue-host></test-catalogue-host>`);
    use(host, '/never.json', catalogueOf(['objeto']));
    expect(host.source.state).to.equal('ready');
    expect(host.source.finder.catalogue.tramites.map((t) => t.id)).to.deep.equal(['objeto']);

    const [one, two] = [document.createElement('test-catalogue-host') as CatalogueHost, document.createElement('test-catalogue-host') as CatalogueHost];
    document.body.append(one, two);
    try {
      use(one, null);
      use(two, null);
      await Promise.all([one.source.pending, two.source.pending]);
      // (Its details come later, when a procedure is opened: here, its list.)
      expect(one.source.finder.catalogue.tramites.map((t) => t.id)).to.deep.equal(BUILT_IN_CATALOGUE.tramites.map((t) => t.id));
      expect(one.source.finder, 'one index for both').to.equal(two.source.finder);
    } finally {
      one.remove();
      two.remove();
    }
  });

  it('builds the index when the browser is idle, before the first search', async () => {
    const host = await fixture<CatalogueHost>(html`<test-catalogue-host></test-catalogue-host>`);
    use(host, null, catalogueOf(Array.from({ length: 300 }, (_, i) => `t-${i}`)));
    expect(host.source.finder.indexed).to.be.false;
    host.source.prepareWhenIdle();
    await until(() => host.source.finder.indexed, 'the index built while idle');
  });

  it('keeps the finder\'s reserved height while a new src loads (the text under it does not move)', async () => {
    const network = heldNetwork();
    window.fetch = network.fetch;
    const warn = silenceConsole('warn');
    const el = await fixture<TramiteFinder>(html`<cabildo-tramite-finder src="/a.json"></cabildo-tramite-finder>`);
    try {
      await until(() => network.requests.length === 1, 'the request for a.json');
      const loadingHeight = el.getBoundingClientRect().height;
      expect(loadingHeight, 'space kept while loading').to.be.above(200);
      network.requests[0].answer(jsonResponse(JSON.stringify(catalogueOf(['tramite-a']))));
      await until(() => el.results.length === 1, 'a.json shown');
      el.src = '/b.json';
      await until(() => network.requests.length === 2, 'the request for b.json');
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('Cargando los trámites');
      expect(el.getBoundingClientRect().height).to.be.closeTo(loadingHeight, 1);
    } finally {
      warn.restore();
    }
  });
});

// ---------------------------------------------------------------- URL

class UrlHost extends LitElement {
  enabled = true;
  applied: Array<[Partial<FinderUrlState>, boolean]> = [];
  readonly url = new UrlSyncController(this, { enabled: () => this.enabled, apply: (state, back) => this.applied.push([state, back]) });
}
customElements.define('test-url-host', UrlHost);

describe('UrlSyncController', () => {
  let original: string;
  beforeEach(() => {
    original = location.href;
  });
  afterEach(() => {
    history.replaceState(null, '', original);
  });
  const at = (search: string, hash = '') => {
    const url = new URL(location.href);
    url.search = search;
    url.hash = hash;
    history.replaceState(null, '', url);
  };
  const params = () => Object.fromEntries(new URL(location.href).searchParams);
  const state = (q: string, more: Partial<FinderUrlState> = {}): FinderUrlState => ({ q, category: null, channel: null, tramite: null, ...more });

  it('reads Spanish parameter names; on first load only what the URL has, on Back all of it', async () => {
    at('?q=renovar+dni&canal=web&otra=1');
    const host = await fixture<UrlHost>(html`<test-url-host></test-url-host>`);
    expect(host.url.read()).to.deep.equal({ q: 'renovar dni', channel: 'web' });
    expect(host.url.read(true)).to.deep.equal({ q: 'renovar dni', category: null, channel: 'web', tramite: null });
  });

  it('writes the search into the URL, keeping the page\'s own parameters and fragment', async () => {
    at('?lang=es', '#buscador');
    const host = await fixture<UrlHost>(html`<test-url-host></test-url-host>`);
    host.url.write(state('  renovar dni ', { category: 'identidad', tramite: 'dni' }));
    expect(params()).to.deep.equal({ lang: 'es', q: 'renovar dni', categoria: 'identidad', tramite: 'dni' });
    expect(location.hash).to.equal('#buscador');
    host.url.write(state(''));
    expect(params()).to.deep.equal({ lang: 'es' });
  });

  it('adds a history entry per search or filter, not per pause in the typing', async () => {
    at('');
    const host = await fixture<UrlHost>(html`<test-url-host></test-url-host>`);
    const start = history.length;
    host.url.write(state('cl'));
    expect(history.length, 'a new search').to.equal(start + 1);
    host.url.write(state('cla'));
    host.url.write(state('clave'));
    host.url.write(state('clav'));
    expect(history.length, 'the same search, typed on or corrected').to.equal(start + 1);
    expect(params().q).to.equal('clav');
    host.url.write(state('clav'));
    expect(history.length, 'nothing changed').to.equal(start + 1);
    host.url.write(state('clav', { channel: 'web' }));
    expect(history.length, 'a filter').to.equal(start + 2);
    host.url.write(state('dni', { channel: 'web' }));
    expect(history.length, 'another search').to.equal(start + 3);
  });

  it('applies the URL on Back and Forward as a return, and stops listening when the element leaves', async () => {
    at('?q=nie');
    const host = await fixture<UrlHost>(html`<test-url-host></test-url-host>`);
    host.url.write(state('dni', { tramite: 'dni' }));
    history.back();
    await oneEvent(window, 'popstate');
    expect(host.applied).to.deep.equal([[{ q: 'nie', category: null, channel: null, tramite: null }, true]]);
    host.remove();
    history.forward();
    await oneEvent(window, 'popstate');
    expect(host.applied).to.have.length(1);
  });

  it('leaves the URL and Back alone when syncing is off', async () => {
    at('?q=nie');
    const host = await fixture<UrlHost>(html`<test-url-host></test-url-host>`);
    host.enabled = false;
    const before = location.href;
    const length = history.length;
    host.url.write(state('dni'));
    expect([location.href, history.length]).to.deep.equal([before, length]);
    host.enabled = true;
    host.url.write(state('dni'));
    host.enabled = false;
    history.back();
    await oneEvent(window, 'popstate');
    expect(host.applied).to.deep.equal([]);
  });
});

// ---------------------------------------------------------------- keyboard

class RovingHost extends LitElement {
  count = 3;
  readonly roving = new ResultRovingController(this);
  override render() {
    return lit`<input id="q" @keydown=${(e: KeyboardEvent) => this.roving.fromField(e)} />
      <ul @keydown=${this.roving.onListKeydown}>
        ${Array.from({ length: this.count }, (_, i) => lit`<li><button class="result-link" data-i=${i}>${i}</button></li>`)}
      </ul>`;
  }
}
customElements.define('test-roving-host', RovingHost);

describe('ResultRovingController', () => {
  /** Presses a key on what has focus; returns whether the page's default action (scrolling, typing) was stopped. */
  const press = (host: RovingHost, key: string) => {
    const target = (host.shadowRoot!.activeElement ?? host) as HTMLElement;
    const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
    target.dispatchEvent(event);
    return event.defaultPrevented;
  };
  const focused = (host: RovingHost) => {
    const active = host.shadowRoot!.activeElement as HTMLElement | null;
    return active?.id === 'q' ? 'field' : (active?.dataset.i ?? null);
  };
  const field = (host: RovingHost) => host.shadowRoot!.querySelector<HTMLInputElement>('#q')!;

  it('goes from the field to the first result with ↓, and through the results with ↓ ↑ Home End', async () => {
    const host = await fixture<RovingHost>(html`<test-roving-host></test-roving-host>`);
    field(host).focus();
    expect(press(host, 'ArrowDown')).to.be.true;
    expect(focused(host)).to.equal('0');
    const moves: Array<[string, string]> = [['ArrowDown', '1'], ['ArrowDown', '2'], ['ArrowDown', '2'], ['Home', '0'], ['End', '2'], ['ArrowUp', '1']];
    for (const [key, to] of moves) {
      expect(press(host, key), `${key} does not scroll the page`).to.be.true;
      expect(focused(host), key).to.equal(to);
    }
  });

  it('goes back to the field with ↑ on the first result, or with Escape from any', async () => {
    const host = await fixture<RovingHost>(html`<test-roving-host></test-roving-host>`);
    host.roving.focusItem(0);
    expect(press(host, 'ArrowUp')).to.be.true;
    expect(focused(host)).to.equal('field');
    host.roving.focusItem(2);
    expect(press(host, 'Escape')).to.be.true;
    expect(focused(host)).to.equal('field');
  });

  it('leaves other keys, and ↓ in the field without results, to the browser', async () => {
    const host = await fixture<RovingHost>(html`<test-roving-host></test-roving-host>`);
    host.roving.focusItem(1);
    for (const key of ['Enter', ' ', 'a', 'Tab', 'ArrowLeft']) {
      expect(press(host, key), key).to.be.false;
      expect(focused(host), key).to.equal('1');
    }
    host.count = 0;
    host.requestUpdate();
    await host.updateComplete;
    field(host).focus();
    expect(press(host, 'ArrowDown')).to.be.false;
    expect(focused(host)).to.equal('field');
  });
});
