import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { CabildoElement } from '../../internal/cabildo-element.js';
import { getLocale } from '../../internal/localization.js';
import { channelLabel } from '../../internal/channel-label.js';
import { channelFromId } from '../../core/channel.js';
import { clampedMessage, invalidAttributeMessage, loadFailedMessage, plural, tooLongMessage } from '../../internal/messages.js';
import { type Catalogue, type Channel, type EntryProblem, type Referral, type Tramite } from '../../core/catalogue.js';
import type { CatalogueFailure } from '../../core/catalogue-loader.js';
import { DEFAULT_TIMEOUT_MS } from '../../core/catalogue-constants.js';
import { CatalogueController } from './catalogue-controller.js';
import { searchReady } from '../../core/tramite-search.js';
import { detailsLoad, detailsReady } from '../../data/built-in-catalogue.js';
import { UrlSyncController, type FinderUrlState } from './url-sync.js';
import { ResultRovingController } from './result-roving.js';
import { formatPhone, isWhatsappHref, telHref, whatsappHref } from '../../core/phone.js';
import { safeHref } from '../../core/urls.js';
import { DEFAULT_OFFICE } from '../../data/office.js';
import { styles } from './tramite-finder.styles.js';
import { parseHours } from '../../core/schedule.js';
import { regularWeekText } from '../../internal/hours-text.js';


/** Detail of `cabildo-tramite-finder-search`: the query as typed and how many procedures matched (0 too). */
export interface TramiteFinderSearchDetail {
  query: string;
  count: number;
}

/** Detail of `cabildo-tramite-finder-select`: the id of the procedure the citizen opened. */
export interface TramiteFinderSelectDetail {
  id: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cabildo-tramite-finder-search': CustomEvent<TramiteFinderSearchDetail>;
    'cabildo-tramite-finder-select': CustomEvent<TramiteFinderSelectDetail>;
  }
}

/** The office's regular week as the finder words it, per language (see hoursText). */
const hoursTexts = new Map<string, string>();

/** Wait after the last keystroke before a search counts (event, URL, screen-reader announcement). */
const SETTLE_MS = 400;
const DEFAULT_LIMIT = 10;
/** Up to this many procedures, a first search builds the index at once (a few ms); above, in slices. */
const SYNC_INDEX_MAX = 500;
/** The longest query searched, from any source (attribute, typing, paste, URL): longer ones are cut to it. */
export const MAX_QUERY_LENGTH = 200;
/** The range of `timeout`, ms: a larger value would overflow the browser's timer and fail at once. */
export const TIMEOUT_RANGE = [100, 120_000] as const;

/**
 * A finder for the office's procedures (trámites): citizens type in their own words, typos and all, and get the
 * right procedure, what to bring, how to do it and where to start.
 *
 * @tag cabildo-tramite-finder
 * @tagname cabildo-tramite-finder
 * @summary Search the office's procedures, with live results, filters and a detail view with a start button.
 *
 * @event cabildo-tramite-finder-search - When a search settles (also with zero results). `detail: { query, count }`.
 * @event cabildo-tramite-finder-select - When a procedure is opened. `detail: { id }`.
 * @event cabildo-error - When the catalogue cannot be loaded, has invalid entries, or an attribute is invalid.
 *
 * @csspart search - The search form (field and filters).
 * @csspart input - The search field.
 * @csspart results - The list of results.
 * @csspart detail - The detail view of one procedure.
 * @csspart start - The start button of a procedure.
 *
 * @cssprop --cabildo-brand - Brand colour of links and the start button.
 * @cssprop --cabildo-radius - Corner radius.
 * @cssprop --cabildo-font - Font family.
 */
export class TramiteFinder extends CabildoElement {
  // This widget's English, registered on define or connect and loaded only on an English page (see registerEnglish).
  protected static override english = ['tramite-finder', () => import('../../generated/locales/en/tramite-finder.js')] as const;

  static override styles = styles;

  // Declared without decorators, as in every element: the build then needs no helper library.
  static override properties = {
    src: { reflect: true },
    q: {},
    category: {},
    channel: {},
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    limit: { type: Number },
    timeout: { type: Number },
    catalogue: { attribute: false },
    openId: { state: true },
    detailsFailed: { state: true },
    shown: { state: true },
    announced: { state: true },
  };

  /** URL of a catalogue JSON (see `catalogue.schema.json`); without it, the built-in catalogue. */
  src: string | null = null;

  /** The query; at most {@link MAX_QUERY_LENGTH} (200) characters are used. */
  q = '';

  /** Only procedures of this category id. */
  category: string | null = null;

  /** Only procedures offered through this channel (`presencial`, `web`, `whatsapp`, `telefono`, `email`; `online` is read as `web`). */
  channel: string | null = null;

  /** Keep the query, filters and open procedure in the page URL, so links can be shared and Back works. */
  syncUrl = false;

  /** How many results to show before a "show more" button (default 10). */
  limit = DEFAULT_LIMIT;

  /** Milliseconds to wait for `src` before giving up and showing the office's contact channels (100–120000). */
  timeout = DEFAULT_TIMEOUT_MS;

  /** A catalogue object given directly by script; takes precedence over `src`. */
  catalogue: Catalogue | null = null;

  private openId: string | null = null;
  /** The built-in procedure (id and language) whose details could not be fetched: shown as such until reopened. */
  private detailsFailed: string | null = null;
  /** The open procedure's details on their way (built-in catalogue); settles, never rejects, when they are in. */
  private detailsWait: Promise<void> | null = null;
  private shown = DEFAULT_LIMIT;
  private announced: string = '';

  /** Catalogue loading, URL sync and keyboard roving live in controllers; the element reads them and renders. */
  private readonly source = new CatalogueController(this, {
    loaded: (skipped) => {
      this.checkCategory();
      if (skipped.length) this.reportError('catalogue-invalid-entries', this.skippedMessage(skipped));
      this.search();
      this.scheduleSettle();
    },
    failed: (failure) => {
      this.found = [];
      this.related = [];
      this.reportError(failure.code, this.failureMessage(failure));
    },
  });
  private readonly url = new UrlSyncController(this, {
    enabled: () => this.syncUrl,
    apply: (state, back) => this.applyUrlState(state, back),
  });
  private readonly roving = new ResultRovingController(this);
  private get finder() {
    return this.source.finder;
  }
  private get loadState() {
    return this.source.state;
  }
  private found: Tramite[] = [];
  /** When nothing answers every word: the closest procedures, shown as only related. */
  private related: Tramite[] = [];
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private lastEmitted = '';
  private returnFocusTo: string | null = null;

  /** The procedures matching `q` and the filters, best first; all of them when `q` is empty. */
  get results(): Tramite[] {
    return this.found;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) this.applyUrlState(this.url.read());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.settleTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('q') && this.q?.length > MAX_QUERY_LENGTH) {
      this.q = this.q.slice(0, MAX_QUERY_LENGTH);
      this.reportError('invalid-q', tooLongMessage('q', MAX_QUERY_LENGTH));
    }
    if (changed.has('timeout') && this.timeoutMs !== this.timeout) {
      this.reportError('invalid-timeout', clampedMessage('timeout', this.getAttribute('timeout') ?? String(this.timeout), String(this.timeoutMs)));
    }
    if (changed.has('src') || changed.has('catalogue')) {
      this.source.use({ catalogue: this.catalogue, src: this.src, timeoutMs: this.timeoutMs });
    }
    if (changed.has('limit')) {
      const ok = Number.isInteger(this.limit) && this.limit > 0;
      if (!ok) this.reportError('invalid-limit', invalidAttributeMessage('limit', String(this.limit)));
      this.shown = ok ? this.limit : DEFAULT_LIMIT;
    }
    if (changed.has('channel') && this.channel && !channelFromId(this.channel)) {
      this.reportError('invalid-channel', invalidAttributeMessage('channel', this.channel));
    }
    if (changed.has('category') || changed.has('src') || changed.has('catalogue')) this.checkCategory();
    if (changed.has('q') || changed.has('category') || changed.has('channel') || changed.has('src') || changed.has('catalogue')) {
      this.search();
      if (!changed.has('limit')) this.shown = this.pageSize;
      this.scheduleSettle();
    }
    if ((changed as PropertyValues).has('openId')) this.detailsFailed = null;
    this.fetchDetails();
  }

  private get openTramite(): Tramite | undefined {
    return this.openId ? this.finder.catalogue.tramites.find((x) => x.id === this.openId) : undefined;
  }

  /**
   * The built-in catalogue's steps and documents come when a procedure is opened, in the page's language (again when
   * the language changes): meanwhile the detail view says they are loading; a failed fetch is shown and reported.
   */
  private fetchDetails(): void {
    const t = this.openTramite;
    if (!t || this.loadState !== 'ready') return;
    const lang = this.locale;
    const key = `${t.id} ${lang}`;
    if (this.detailsFailed === key) return;
    const load = detailsLoad(t, lang);
    if (load === true) return;
    const wait: Promise<void> = load.then(
      () => {
        if (this.detailsWait === wait) this.detailsWait = null;
        this.requestUpdate();
      },
      (error: unknown) => {
        if (this.detailsWait === wait) this.detailsWait = null;
        if (this.openId !== t.id) return;
        this.detailsFailed = key;
        const what = msg('los pasos y documentos del trámite');
        this.reportError('catalogue-details', `${loadFailedMessage(what)} (${error instanceof Error ? error.message : String(error)})`);
      },
    );
    this.detailsWait = wait;
  }

  /** Hovering or focusing a result fetches the details it would open (every procedure's, in the page's language). */
  private prefetchDetails = (): void => {
    const t = this.found[0] ?? this.related[0];
    if (!t) return;
    const load = detailsLoad(t, this.locale);
    if (load !== true) load.catch(() => undefined);
  };

  /** A category the catalogue does not have filters nothing: the editor's mistake is in the console, not on the page. */
  private get activeCategory(): string | null {
    return this.category && this.source.categoryIds.includes(this.category) ? this.category : null;
  }

  private search(): void {
    const finder = this.finder;
    this.searchFailed = false;
    if (this.q.trim() && !finder.indexed && (!searchReady() || finder.catalogue.tramites.length > SYNC_INDEX_MAX)) {
      // The search engine comes on demand (core/tramite-search.ts), and a large catalogue is indexed in slices (no long
      // task); the results follow when they are ready.
      const indexing = finder.prepare().then(() => {
        if (this.indexing === indexing) this.indexing = null;
        if (this.finder !== finder) return;
        if (!searchReady()) {
          this.searchFailed = true;
          this.reportError('search-failed', loadFailedMessage(msg('la búsqueda de trámites')));
          this.requestUpdate();
          return;
        }
        this.search();
        this.scheduleSettle();
        this.requestUpdate();
      });
      this.indexing = indexing;
      return;
    }
    const answer = this.finder.answer(this.q, { category: this.activeCategory, channel: this.channel });
    this.found = answer.matches;
    this.related = answer.related;
  }

  /** Pending slices of a large catalogue's index, or the search engine, when a search waits for them. */
  private indexing: Promise<void> | null = null;
  /** The search engine could not be fetched for the current query (tried again with the next one). */
  private searchFailed = false;

  /**
   * `results` is up to date after the index a search waits for is built, too, and after the built-in catalogue
   * arrives when it is still on its way.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.indexing || this.source.pending || this.detailsWait) {
      const pending = this.source.pending;
      const details = this.detailsWait;
      await (this.indexing ?? pending ?? details);
      complete = await super.getUpdateComplete();
      if (!this.indexing && this.source.pending === pending && this.detailsWait === details) break;
    }
    return complete;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('syncUrl') && this.syncUrl && changed.get('syncUrl') === false) this.applyUrlState(this.url.read());
  }

  /** `timeout` within {@link TIMEOUT_RANGE}; the default when it is not a number. */
  private get timeoutMs(): number {
    const t = Number(this.timeout);
    return Number.isFinite(t) && t > 0 ? Math.min(Math.max(t, TIMEOUT_RANGE[0]), TIMEOUT_RANGE[1]) : DEFAULT_TIMEOUT_MS;
  }

  private get pageSize(): number {
    return Number.isInteger(this.limit) && this.limit > 0 ? this.limit : DEFAULT_LIMIT;
  }

  // ---------------------------------------------------------------- catalogue

  /** A `category` the loaded catalogue does not have is reported (the finder then shows every procedure). */
  private checkCategory(): void {
    if (this.category && this.loadState === 'ready' && !this.source.categoryIds.includes(this.category)) {
      this.reportError('invalid-category', invalidAttributeMessage('category', this.category));
    }
  }

  private failureMessage(failure: CatalogueFailure): string {
    const what = msg(str`el catálogo de trámites (${failure.url})`);
    switch (failure.code) {
      case 'catalogue-url':
        return msg(str`La dirección del catálogo no es válida o no es segura: "${failure.url}".`);
      case 'catalogue-timeout':
        return `${loadFailedMessage(what)} ${msg('El servidor tardó demasiado en responder.')}`;
      case 'catalogue-http':
        return `${loadFailedMessage(what)} ${msg(str`El servidor respondió con el código ${failure.status}.`)}`;
      case 'catalogue-content-type':
        return `${loadFailedMessage(what)} ${msg(str`No es JSON (tipo "${failure.contentType || '?'}").`)}`;
      case 'catalogue-too-large':
        return `${loadFailedMessage(what)} ${msg(str`Ocupa más de ${failure.maxBytes} bytes.`)}`;
      case 'catalogue-json':
        return `${loadFailedMessage(what)} ${msg('El JSON no es válido.')}`;
      case 'catalogue-schema':
        return `${loadFailedMessage(what)} ${msg(str`No sigue el esquema de catálogos (campo "${failure.field}").`)}`;
      default:
        return loadFailedMessage(what);
    }
  }

  private skippedMessage(skipped: EntryProblem[]): string {
    const list = skipped.map((p) => `#${p.index}${p.id ? ` (${p.id})` : ''}: ${p.field}`).join('; ');
    const n = skipped.length;
    return plural(n, {
      one: () => msg(str`Se ha omitido ${n} trámite no válido del catálogo: ${list}.`),
      other: () => msg(str`Se han omitido ${n} trámites no válidos del catálogo: ${list}.`),
    });
  }

  // ---------------------------------------------------------------- search lifecycle

  /** After typing stops: the search event, the live announcement and the URL. */
  private scheduleSettle(): void {
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.settle(), SETTLE_MS);
  }

  private settle(): void {
    if (this.loadState !== 'ready') return;
    this.announced = this.countText();
    const query = this.q.trim();
    const key = this.searchKey();
    if (key === this.lastEmitted) return;
    this.lastEmitted = key;
    if (query) this.emit('cabildo-tramite-finder-search', { query, count: this.found.length });
    this.url.write(this.urlState);
  }

  private onInput(event: Event): void {
    this.q = (event.target as HTMLInputElement).value.slice(0, MAX_QUERY_LENGTH);
    this.openId = null;
  }

  private onFieldKeydown(event: KeyboardEvent): void {
    if (this.roving.fromField(event)) return;
    if (event.key === 'Escape' && this.q) {
      event.preventDefault();
      this.q = '';
      this.openId = null;
    } else if (event.key === 'Enter') {
      event.preventDefault();
      clearTimeout(this.settleTimer);
      this.settle();
    }
  }

  private async open(id: string): Promise<void> {
    this.returnFocusTo = id;
    this.openId = id;
    this.emit('cabildo-tramite-finder-select', { id });
    this.url.write(this.urlState);
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('#detail-title')?.focus();
  }

  private async close(): Promise<void> {
    this.openId = null;
    this.url.write(this.urlState);
    await this.updateComplete;
    const back = this.roving.items().find((b) => b.dataset.id === this.returnFocusTo);
    (back ?? this.roving.field())?.focus();
  }

  private async showMore(): Promise<void> {
    const first = this.shown;
    this.shown += this.pageSize;
    await this.updateComplete;
    this.roving.focusItem(first);
  }

  // ---------------------------------------------------------------- URL

  private get urlState(): FinderUrlState {
    return { q: this.q, category: this.category, channel: this.channel, tramite: this.openId };
  }

  /** What the URL says (from UrlSyncController: on first load, or on Back). */
  private applyUrlState(state: Partial<FinderUrlState>, back = false): void {
    if (state.q !== undefined) this.q = state.q;
    if (state.category !== undefined) this.category = state.category;
    if (state.channel !== undefined) this.channel = state.channel;
    if (state.tramite !== undefined) this.openId = state.tramite;
    // A search the citizen goes back to was already reported: no second search event for it.
    if (back) this.lastEmitted = this.searchKey();
  }

  private searchKey(): string {
    return `${this.q.trim()}\u0000${this.category ?? ''}\u0000${this.channel ?? ''}`;
  }

  // ---------------------------------------------------------------- render helpers

  private get locale(): 'es' | 'en' {
    return getLocale();
  }

  private countText(): string {
    const n = this.found.length;
    if (this.loadState === 'loading') return msg('Cargando los trámites…');
    if (this.loadState === 'error') return msg('No se han podido cargar los trámites.');
    if (n === 0) return msg('Ningún trámite coincide con tu búsqueda.');
    if (!this.q.trim()) {
      return plural(n, { one: () => msg(str`${n} trámite disponible.`), other: () => msg(str`${n} trámites disponibles.`) });
    }
    return plural(n, { one: () => msg(str`${n} trámite encontrado.`), other: () => msg(str`${n} trámites encontrados.`) });
  }


  private categoryName(id: string): string {
    const category = this.finder.catalogue.categories?.find((c) => c.id === id);
    return category ? category.name[this.locale] : id;
  }

  private marked(text: string): Array<TemplateResult | string> {
    // Text nodes only: catalogue text can never become markup.
    return this.finder.highlight(text, this.q).map((s) => (s.match ? html`<mark>${s.text}</mark>` : s.text));
  }

  private hoursText(): string {
    // The office's regular week from the same hours and engine as the badge and the contact card; worked out once per
    // language (it is shown under every query that finds nothing, keystroke after keystroke).
    const lang = this.locale;
    let text = hoursTexts.get(lang);
    if (text === undefined) {
      const parsed = parseHours(DEFAULT_OFFICE.hours);
      const week = parsed.ok ? regularWeekText(parsed.hours) : null;
      text = week === null ? '' : msg(str`${week}, salvo festivos.`, { desc: 'Finder: the office hours, then "except public holidays"' });
      hoursTexts.set(lang, text);
    }
    return text;
  }

  // ---------------------------------------------------------------- render

  override render() {
    return html`
      <div class="finder ${this.loadState === 'loading' ? 'loading' : ''}">
        ${this.renderSearch()}
        <p class="visually-hidden" role="status">${this.announced}</p>
        <div id="results" class="output">${this.loadState === 'error' || (this.searchFailed && this.q.trim())
          ? this.renderError()
          : this.loadState === 'loading' || (this.indexing && !this.found.length && !this.related.length)
            ? html`<p class="loading" aria-hidden="true">${msg('Cargando los trámites…')}</p>`
            : this.openId
              ? this.renderDetail()
              : this.renderResults()}</div>
      </div>
    `;
  }

  private renderSearch() {
    const { categoryIds: categories, channelIds: channels } = this.source;
    return html`
      <form class="search" part="search" role="search" aria-label=${msg('Buscar trámites')} @submit=${(e: Event) => e.preventDefault()}>
        <label class="label" for="q">${msg('¿Qué necesitas hacer?')}</label>
        <p class="hint" id="hint">${msg('Escríbelo con tus palabras: por ejemplo «renovar la clave», «NIE» o «pareja de hecho».')}</p>
        <input
          id="q"
          part="input"
          type="search"
          autocomplete="off"
          spellcheck="false"
          enterkeyhint="search"
          aria-describedby="hint"
          aria-controls="results"
          maxlength=${MAX_QUERY_LENGTH}
          .value=${this.q}
          @input=${this.onInput}
          @focus=${() => void this.finder.prepare()}
          @keydown=${this.onFieldKeydown}
        />
        ${this.q?.length >= MAX_QUERY_LENGTH
          ? html`<p class="hint" role="status">
              ${msg(str`Solo se buscan los primeros ${MAX_QUERY_LENGTH} caracteres.`, { desc: 'Finder: the query reached its maximum length' })}
            </p>`
          : nothing}
        <div class="filters">
          <label>
            <span>${msg('Tema')}</span>
            <select
              @change=${(e: Event) => {
                this.category = (e.target as HTMLSelectElement).value || null;
                this.openId = null;
              }}
            >
              <option value="" ?selected=${!this.activeCategory}>${msg('Todos los temas')}</option>
              ${categories.map((id) => html`<option value=${id} ?selected=${this.activeCategory === id}>${this.categoryName(id)}</option>`)}
            </select>
          </label>
          <label>
            <span>${msg('Forma de hacerlo')}</span>
            <select
              @change=${(e: Event) => {
                this.channel = (e.target as HTMLSelectElement).value || null;
                this.openId = null;
              }}
            >
              <option value="" ?selected=${!this.channel}>${msg('Todas las formas')}</option>
              ${channels.map((c) => html`<option value=${c} ?selected=${channelFromId(this.channel) === c}>${channelLabel(c)}</option>`)}
            </select>
          </label>
        </div>
      </form>
    `;
  }

  private renderResults() {
    const visible = this.found.slice(0, this.shown);
    return html`
      ${this.found.length ? html`<p class="count" aria-hidden="true">${this.countText()}</p>` : nothing}
      ${this.found.length === 0
        ? this.renderNoResults()
        : html`
            ${this.renderList(visible, msg('Resultados'))}
            ${this.found.length > visible.length
              ? html`<button type="button" class="more" @click=${this.showMore}>
                  ${msg(str`Ver más resultados (${this.found.length - visible.length})`)}
                </button>`
              : nothing}
          `}
    `;
  }

  private renderList(list: Tramite[], label: string) {
    return html`
      <ul
        class="results"
        part="results"
        aria-label=${label}
        @keydown=${this.roving.onListKeydown}
        @pointerover=${this.prefetchDetails}
        @focusin=${this.prefetchDetails}
      >
        ${list.map((t) => (t.elsewhere ? this.renderReferral(t, t.elsewhere) : this.renderResult(t)))}
      </ul>
    `;
  }

  private renderResult(t: Tramite) {
    return html`
      <li class="result">
        <h3 class="result-title">
          <button type="button" class="result-link" data-id=${t.id} @click=${() => this.open(t.id)}>
            ${this.marked(t.title[this.locale])}
          </button>
        </h3>
        <p class="result-summary">${this.marked(t.summary[this.locale])}</p>
        <p class="result-meta">
          <span class="visually-hidden">${msg('Cómo hacerlo:')}</span>
          ${t.channels.map((c) => html`<span class="tag">${channelLabel(c)}</span>`)}
        </p>
      </li>
    `;
  }

  /** Done elsewhere: who does it and the link there, in the list itself; the detail says how the office helps. */
  private renderReferral(t: Tramite, elsewhere: Referral) {
    const lang = this.locale;
    const start = safeHref(t.start.url);
    return html`
      <li class="result referral">
        <h3 class="result-title">
          <button type="button" class="result-link" data-id=${t.id} @click=${() => this.open(t.id)}>
            ${this.marked(t.title[lang])}
          </button>
        </h3>
        <p class="elsewhere"><strong>${msg(str`No se hace en esta oficina: lo hace ${elsewhere.by[lang]}.`)}</strong></p>
        <p class="result-summary">${this.marked(t.summary[lang])}</p>
        ${start ? html`<p class="referral-link"><a href=${start}>${t.start.label[lang]}</a></p>` : nothing}
      </li>
    `;
  }

  private renderContacts(query: string) {
    const office = DEFAULT_OFFICE;
    const greeting = query
      ? msg(str`Hola, busco información sobre: ${query}`)
      : msg('Hola, necesito información sobre un trámite.');
    return html`
      <ul class="contacts">
        <li>
          <a href=${telHref(office.phone)}>${msg('Llámanos')}: ${formatPhone(office.phone)}</a>
        </li>
        ${office.whatsapp
          ? html`<li><a href=${whatsappHref(office.whatsapp, greeting)}>${msg('Escríbenos por WhatsApp', { desc: 'Visible text of the WhatsApp button' })}: ${formatPhone(office.whatsapp)}</a></li>`
          : nothing}
        <li>
          ${msg('Ven a la oficina')}: ${office.address.street}, ${office.address.locality}. ${this.hoursText()}
        </li>
      </ul>
    `;
  }

  private renderNoResults() {
    const query = this.q.trim();
    if (query && this.related.length) {
      return html`
        <div class="none">
          <h3>${msg(str`Ningún trámite coincide con todas las palabras de «${query}»`)}</h3>
          <p>${msg('Estos solo están relacionados con alguna de ellas:')}</p>
        </div>
        ${this.renderList(this.related, msg('Trámites relacionados'))}
        <div class="none">
          <h4>${msg('¿No es lo que buscas? Pregúntanos, te ayudamos:')}</h4>
          ${this.renderContacts(query)}
        </div>
      `;
    }
    return html`
      <div class="none">
        <h3>${query ? msg(str`No hemos encontrado trámites para «${query}»`) : msg('No hay trámites con estos filtros')}</h3>
        <p>${msg('Puedes probar a:')}</p>
        <ul>
          <li>${msg('revisar cómo está escrito;')}</li>
          <li>${msg('usar menos palabras o palabras más generales, como «certificado» o «cita»;')}</li>
          <li>${msg('quitar los filtros de tema o forma.')}</li>
        </ul>
        <h4>${msg('O pregúntanos, te ayudamos:')}</h4>
        ${this.renderContacts(query)}
      </div>
    `;
  }

  private renderError() {
    return html`
      <div class="error" role="alert">
        <h3>${msg('Ahora mismo no podemos mostrar los trámites')}</h3>
        <p>${msg('Pero podemos ayudarte por otros medios:')}</p>
        ${this.renderContacts('')}
      </div>
    `;
  }

  /** Until the built-in catalogue's details arrive: a box where they will be, then the failure if they do not. */
  private renderDetailsPending(t: Tramite) {
    if (this.detailsFailed === `${t.id} ${this.locale}`) {
      return html`<div class="error" role="alert">
        <p>${msg('Ahora mismo no podemos mostrar los pasos y documentos de este trámite. Pregúntanos, te ayudamos:')}</p>
        ${this.renderContacts(t.title[this.locale])}
      </div>`;
    }
    return html`<p class="details-loading" role="status">${msg('Cargando los pasos y documentos…')}</p>`;
  }

  private renderDetail() {
    const t = this.openTramite;
    if (!t) {
      return html`<div class="none">
          <h3>${msg('Este trámite no está en el catálogo')}</h3>
          <button type="button" class="back" @click=${this.close}>${msg('Volver a los resultados')}</button>
        </div>`;
    }
    if (t.elsewhere) return this.renderReferralDetail(t, t.elsewhere);
    const lang = this.locale;
    if (!detailsReady(t, lang)) {
      return html`
        <article class="detail" part="detail" aria-labelledby="detail-title" aria-busy="true">
          <button type="button" class="back" @click=${this.close}>${msg('Volver a los resultados')}</button>
          <p class="detail-category">${this.categoryName(t.category)}</p>
          <h3 id="detail-title" tabindex="-1">${t.title[lang]}</h3>
          <p class="detail-summary">${t.summary[lang]}</p>
          ${this.renderDetailsPending(t)}
        </article>
      `;
    }
    const start = safeHref(t.start.url);
    const office = DEFAULT_OFFICE;
    // The start button below is the link; a channel line never repeats it, and the web line names only a web address.
    const web = start && /^https:/.test(start) && !isWhatsappHref(start) ? new URL(start).hostname : null;
    const channelLine = (c: Channel) => {
      switch (c) {
        case 'web':
          return web ? msg(str`En ${web}, con el botón de abajo.`) : msg('Pregúntanos cómo hacerlo por internet.');
        case 'presencial':
          return html`${office.address.street}, ${office.address.locality}. ${this.hoursText()}`;
        case 'whatsapp':
          return office.whatsapp
            ? html`<a href=${whatsappHref(office.whatsapp, msg(str`Hola, quiero información sobre: ${t.title[lang]}`))}>${formatPhone(office.whatsapp)}</a>`
            : nothing;
        case 'telefono':
          return html`<a href=${telHref(office.phone)}>${formatPhone(office.phone)}</a>`;
        case 'email':
          return html`<a href=${`mailto:${office.email}`}>${office.email}</a>`;
      }
    };
    return html`
      <article class="detail" part="detail" aria-labelledby="detail-title">
        <button type="button" class="back" @click=${this.close}>${msg('Volver a los resultados')}</button>
        <p class="detail-category">${this.categoryName(t.category)}</p>
        <h3 id="detail-title" tabindex="-1">${t.title[lang]}</h3>
        <p class="detail-summary">${t.summary[lang]}</p>
        ${t.appointment === 'required'
          ? html`<p class="notice">${msg('Necesitas cita previa para la parte en persona.')}</p>`
          : t.appointment === 'recommended'
            ? html`<p class="notice">${msg('Te recomendamos pedir cita previa.')}</p>`
            : nothing}
        <h4>${msg('Para quién es')}</h4>
        <p>${t.audience[lang]}</p>
        <h4>${msg('Qué necesitas')}</h4>
        ${t.bring[lang].length
          ? html`<ul>${t.bring[lang].map((item) => html`<li>${item}</li>`)}</ul>`
          : html`<p>${msg('No necesitas llevar documentos.')}</p>`}
        <h4>${msg('Cómo se hace')}</h4>
        <ol>${t.steps[lang].map((step) => html`<li>${step}</li>`)}</ol>
        <h4>${msg('Dónde hacerlo')}</h4>
        <dl class="channels">
          ${t.channels.map((c) => html`<div><dt>${channelLabel(c)}</dt><dd>${channelLine(c)}</dd></div>`)}
        </dl>
        ${start
          ? html`<a class="start" part="start" href=${start}>
              ${t.start.label[lang]}<svg aria-hidden="true" focusable="false" viewBox="0 0 33 40" width="17" height="19"><path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"/></svg>
            </a>`
          : html`<p class="notice">${msg('El enlace de este trámite no está disponible; pregúntanos por teléfono o WhatsApp.')}</p>`}
      </article>
    `;
  }

  private renderReferralDetail(t: Tramite, elsewhere: Referral) {
    const lang = this.locale;
    return html`
      <article class="detail" part="detail" aria-labelledby="detail-title" aria-busy=${detailsReady(t, lang) ? nothing : 'true'}>
        <button type="button" class="back" @click=${this.close}>${msg('Volver a los resultados')}</button>
        <p class="detail-category">${this.categoryName(t.category)}</p>
        <h3 id="detail-title" tabindex="-1">${t.title[lang]}</h3>
        <p class="elsewhere"><strong>${msg(str`No se hace en esta oficina: lo hace ${elsewhere.by[lang]}.`)}</strong></p>
        <p class="detail-summary">${t.summary[lang]}</p>
        ${detailsReady(t, lang) ? this.renderReferralBody(t, elsewhere) : this.renderDetailsPending(t)}
      </article>
    `;
  }

  private renderReferralBody(t: Tramite, elsewhere: Referral) {
    const lang = this.locale;
    const start = safeHref(t.start.url);
    return html`
        ${t.bring[lang].length
          ? html`<h4>${msg('Qué necesitas')}</h4>
              <ul>${t.bring[lang].map((item) => html`<li>${item}</li>`)}</ul>`
          : nothing}
        <h4>${msg('Cómo se hace')}</h4>
        <ol>${t.steps[lang].map((step) => html`<li>${step}</li>`)}</ol>
        ${start
          ? html`<a class="start" part="start" href=${start}>
              ${t.start.label[lang]}<svg aria-hidden="true" focusable="false" viewBox="0 0 33 40" width="17" height="19"><path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"/></svg>
            </a>`
          : nothing}
        <h4>${msg('Cómo te ayudamos en la oficina')}</h4>
        <p>${elsewhere.help[lang]}</p>
        ${this.renderContacts(t.title[lang])}
    `;
  }
}
