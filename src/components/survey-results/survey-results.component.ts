import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { CabildoElement } from '../../internal/cabildo-element.js';
import { getLocale } from '../../internal/localization.js';
import { invalidAttributeMessage, loadFailedMessage } from '../../internal/messages.js';
import { safeHref } from '../../core/urls.js';
import { SURVEY_CHANNELS } from '../../core/survey.js';
import { channelLabel } from '../../internal/channel-label.js';
import {
  csvUrl, isChannel, isDay, readSummary, summaryUrl, type Bucket, type SummaryFilters, type SurveySummary,
} from '../../core/survey-results.js';
import { styles } from './survey-results.styles.js';


/** What the results widget reaches for outside itself; tests may replace it through `environment`. */
export interface SurveyResultsEnvironment {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  /** Hands a downloaded file to the browser (default: a link to a Blob URL with `download`, clicked). */
  save: (file: Blob, filename: string) => void;
}

/** The browser's own download of a file made in the page: a Blob URL behind a `download` link, clicked once. */
function saveFile(root: ShadowRoot | HTMLElement, file: Blob, filename: string): void {
  const href = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  // Firefox reads the Blob after the click returns: the URL is freed a little later.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** Detail of `cabildo-survey-results-load`: the summary that was drawn. */
export interface SurveyResultsLoadDetail {
  url: string;
  count: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cabildo-survey-results-load': CustomEvent<SurveyResultsLoadDetail>;
  }
}

type Phase = 'idle' | 'loading' | 'ready' | 'unauthorized' | 'disabled' | 'failed';
type ExportPhase = '' | 'busy' | 'done' | 'unauthorized' | 'disabled' | 'failed';

const COMMENTS_PER_PAGE = 10;
const CHART_HEIGHT = 120;

/** Number formats, made once per locale. */
const formats = new Map<string, { count: Intl.NumberFormat; percent: Intl.NumberFormat; mean: Intl.NumberFormat; month: Intl.DateTimeFormat; monthShort: Intl.DateTimeFormat; day: Intl.DateTimeFormat; dateTime: Intl.DateTimeFormat }>();
function format(locale: string) {
  let f = formats.get(locale);
  if (!f) {
    const tag = locale === 'en' ? 'en-GB' : 'es-ES';
    f = {
      count: new Intl.NumberFormat(tag),
      percent: new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }),
      mean: new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      month: new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
      monthShort: new Intl.DateTimeFormat(tag, { month: 'short', timeZone: 'UTC' }),
      day: new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
      dateTime: new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Atlantic/Canary' }),
    };
    formats.set(locale, f);
  }
  return f;
}

/**
 * The survey's results for the office's staff: how many answered, how satisfied (1–5, the share of 4–5, the mean),
 * how many got their query resolved, the trend by week or month, each channel, and the citizens' comments (masked
 * before they were sent) with search and paging. Reads the collector's authenticated summary route; filters by date
 * and channel. Every chart is drawn beside, or as part of, a table with the same figures.
 *
 * @tag cabildo-survey-results
 * @tagname cabildo-survey-results
 * @summary Staff dashboard of the satisfaction survey's answers.
 *
 * @csspart filters - The filter form.
 * @csspart figures - The headline figures.
 * @csspart comments - The comments section.
 *
 * @cssprop --cabildo-brand - Brand colour (bars, buttons).
 * @cssprop --cabildo-brand-contrast - Text colour on the brand colour.
 * @cssprop --cabildo-radius - Corner radius.
 * @cssprop --cabildo-font - Font family.
 * @cssprop --cabildo-focus - Focus ring colour.
 *
 * @event cabildo-survey-results-load - A summary was loaded and drawn; `detail: { url, count }`.
 * @event cabildo-error - Bad configuration, a refused credential, or a failed load.
 */
export class SurveyResults extends CabildoElement {
  // This widget's English, registered on define or connect and loaded only on an English page (see registerEnglish).
  protected static override english = ['survey-results', () => import('../../generated/locales/en/survey-results.js')] as const;

  static override styles = styles;

  // Declared without decorators, as in every element: the build then needs no helper library.
  static override properties = {
    endpoint: { reflect: true },
    from: { reflect: true },
    to: { reflect: true },
    channel: { reflect: true },
    bucket: { reflect: true },
    headingLevel: { attribute: 'heading-level', reflect: true },
    token: { attribute: false },
    environment: { attribute: false },
    phase: { state: true },
    summary: { state: true },
    applied: { state: true },
    formProblem: { state: true },
    exportPhase: { state: true },
    exportedName: { state: true },
  };

  /** The collector's summary route, e.g. `/api/survey/summary` (https:, or relative to the page). */
  endpoint = '';

  /** First day shown (YYYY-MM-DD, Canary time); empty for all. */
  from = '';

  /** Last day shown (YYYY-MM-DD, included); empty for all. */
  to = '';

  /** Only answers about this channel (`presencial`, `telefono`, `email`, `whatsapp`, `web`, `otro`); empty for all. */
  channel = '';

  /** The trend's period: `month` (default) or `week`. */
  bucket = 'month';

  /** Level of the widget's headings (1–6; default 2: sections of a page whose title is the h1). */
  headingLevel = '2';

  /**
   * The staff token, sent as `Authorization: Bearer`. Set it from script, never as an attribute. Without it the
   * browser's own sign-in is used (the page and the route behind the same HTTP Basic sign-in).
   */
  token = '';

  /** Replacements for the browser facilities the widget uses (fetch); mainly for tests. */
  environment: Partial<SurveyResultsEnvironment> = {};

  private phase: Phase = 'idle';
  private summary: SurveySummary | null = null;
  private applied: SummaryFilters = { from: '', to: '', channel: '', bucket: 'month', q: '', offset: 0 };
  private formProblem = '';
  private exportPhase: ExportPhase = '';
  private exportedName = '';

  private request = 0;
  private readonly openDetailsForPrint = () => {
    for (const details of this.renderRoot.querySelectorAll('details')) details.open = true;
  };

  private get endpointUrl(): string | null {
    if (!this.endpoint) return null;
    const url = safeHref(this.endpoint, document.baseURI);
    return url && /^https?:/.test(url) ? url : null;
  }

  private get level(): number {
    const n = Number(this.headingLevel);
    return Number.isInteger(n) && n >= 1 && n <= 6 ? n : 2;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.openDetailsForPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.openDetailsForPrint);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const problems: Array<[string, string]> = [];
    if (this.endpoint && !this.endpointUrl) problems.push(['invalid-endpoint', invalidAttributeMessage('endpoint', this.endpoint)]);
    if (this.from && !isDay(this.from)) problems.push(['invalid-from', invalidAttributeMessage('from', this.from)]);
    if (this.to && !isDay(this.to)) problems.push(['invalid-to', invalidAttributeMessage('to', this.to)]);
    if (this.channel && !isChannel(this.channel)) problems.push(['invalid-channel', invalidAttributeMessage('channel', this.channel)]);
    if (this.bucket !== 'week' && this.bucket !== 'month') problems.push(['invalid-bucket', invalidAttributeMessage('bucket', this.bucket)]);
    if (this.headingLevel !== '2' && this.level !== Number(this.headingLevel)) problems.push(['invalid-heading-level', invalidAttributeMessage('heading-level', this.headingLevel)]);
    this.reportProblems(problems);
    if (['endpoint', 'from', 'to', 'channel', 'bucket', 'token', 'environment'].some((name) => changed.has(name as keyof SurveyResults))) {
      // Loaded once this update is drawn; shown as loading already in it.
      this.changedForLoad = true;
      if (this.endpointUrl) this.phase = 'loading';
    }
    if (changed.has('from') || changed.has('to') || changed.has('channel') || changed.has('bucket')) {
      const from = isDay(this.from) ? this.from : '';
      const to = isDay(this.to) ? this.to : '';
      this.applied = {
        ...this.applied,
        from,
        to: from && to && to < from ? '' : to,
        channel: isChannel(this.channel) ? this.channel : '',
        bucket: this.bucket === 'week' ? 'week' : 'month',
        offset: 0,
      };
    }
  }

  private changedForLoad = false;

  protected override updated(): void {
    // The trend keeps a readable width (24 px a period, up to 45rem) and scrolls in its own box below that. Set through
    // the CSSOM: a strict CSP (style-src without 'unsafe-inline') refuses style attributes in markup.
    const chart = this.renderRoot.querySelector<SVGSVGElement>('.trend svg[data-min-width]');
    chart?.style.setProperty('min-width', `${chart.dataset.minWidth}rem`);
    if (this.changedForLoad) {
      this.changedForLoad = false;
      void this.load();
    }
  }

  /** Loads the summary for the applied filters; a newer load wins over an older one still on its way. */
  async load(): Promise<void> {
    const endpoint = this.endpointUrl;
    if (!endpoint) {
      this.phase = 'idle';
      return;
    }
    const ticket = ++this.request;
    const url = summaryUrl(endpoint, this.applied, COMMENTS_PER_PAGE);
    this.phase = 'loading';
    let response: Response;
    let data: unknown;
    try {
      response = await this.fetcher(url, this.requestInit);
      data = response.ok ? await response.json() : null;
    } catch {
      if (ticket !== this.request) return;
      this.phase = 'failed';
      this.reportError('load-failed', loadFailedMessage(url));
      return;
    }
    if (ticket !== this.request) return;
    if (response.status === 401) {
      this.phase = 'unauthorized';
      this.summary = null;
      this.reportError('unauthorized', msg('El servidor no ha aceptado la clave del personal.'));
      return;
    }
    if (response.status === 403) {
      this.phase = 'disabled';
      this.summary = null;
      this.reportError('forbidden', msg('El servidor no permite consultar los resultados.'));
      return;
    }
    const summary = response.ok ? readSummary(data) : null;
    if (!summary) {
      this.phase = 'failed';
      this.reportError('load-failed', loadFailedMessage(url));
      return;
    }
    this.clearError();
    this.summary = summary;
    this.phase = 'ready';
    this.emit('cabildo-survey-results-load', { url, count: summary.count });
  }

  private get fetcher(): SurveyResultsEnvironment['fetch'] {
    return this.environment?.fetch ?? ((u: string, init: RequestInit) => fetch(u, init));
  }

  private get requestInit(): RequestInit {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    return { headers, credentials: 'same-origin', cache: 'no-store' };
  }

  /**
   * Downloads the answers under the applied date and channel filters as the collector's CSV (`export.csv` beside the
   * summary route), with the same credential, and hands the file to the browser.
   */
  async downloadCsv(): Promise<void> {
    const endpoint = this.endpointUrl;
    if (!endpoint || this.exportPhase === 'busy') return;
    const url = csvUrl(endpoint, this.applied);
    this.exportPhase = 'busy';
    const init = this.requestInit;
    (init.headers as Record<string, string>).Accept = 'text/csv';
    let response: Response;
    let file: Blob;
    try {
      response = await this.fetcher(url, init);
      file = response.ok ? await response.blob() : new Blob();
    } catch {
      this.exportPhase = 'failed';
      this.reportError('export-failed', loadFailedMessage(url));
      return;
    }
    if (!response.ok) {
      if (response.status === 401) {
        this.exportPhase = 'unauthorized';
        this.reportError('unauthorized', msg('El servidor no ha aceptado la clave del personal.'));
      } else if (response.status === 403) {
        this.exportPhase = 'disabled';
        this.reportError('forbidden', msg('El servidor no permite consultar los resultados.'));
      } else {
        this.exportPhase = 'failed';
        this.reportError('export-failed', loadFailedMessage(url));
      }
      return;
    }
    const named = /filename="([^"\\/]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1];
    const filename = named ?? `respuestas-encuesta-${new Date().toISOString().slice(0, 10)}.csv`;
    (this.environment?.save ?? ((blob: Blob, name: string) => saveFile(this.renderRoot as ShadowRoot, blob, name)))(file, filename);
    this.clearError('export-failed');
    this.exportedName = filename;
    this.exportPhase = 'done';
  }

  // ---- Labels and numbers ---------------------------------------------------------------------------------------


  private ratingLabel(value: number): string {
    // Ids of their own: the English of this staff widget lives in its own part (src/generated/locales/en/).
    return [
      msg('Muy insatisfecho', { id: 'survey-results-rating-1' }),
      msg('Insatisfecho', { id: 'survey-results-rating-2' }),
      msg('Ni satisfecho ni insatisfecho', { id: 'survey-results-rating-3' }),
      msg('Satisfecho', { id: 'survey-results-rating-4' }),
      msg('Muy satisfecho', { id: 'survey-results-rating-5' }),
    ][value - 1];
  }

  private resolvedLabel(value: 'yes' | 'partly' | 'no'): string {
    return { yes: msg('Resuelta'), partly: msg('En parte', { id: 'survey-results-partly' }), no: msg('No resuelta') }[value];
  }

  private percent(share: number | null): string {
    return share === null ? '—' : format(getLocale()).percent.format(share);
  }

  private mean(value: number | null): string {
    return value === null ? '—' : format(getLocale()).mean.format(value);
  }

  private count(value: number): string {
    return format(getLocale()).count.format(value);
  }

  private periodLabel(period: string, bucket: Bucket): string {
    const f = format(getLocale());
    const date = new Date(`${period}T00:00:00Z`);
    return bucket === 'month' ? f.month.format(date) : msg(str`Semana del ${f.day.format(date)}`);
  }

  private heading(text: string, id: string): TemplateResult {
    return html`<div class="heading" role="heading" aria-level=${this.level} id=${id}>${text}</div>`;
  }

  // ---- Filters --------------------------------------------------------------------------------------------------

  private onFilter(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const from = String(form.get('from') ?? '');
    const to = String(form.get('to') ?? '');
    const channel = String(form.get('channel') ?? '');
    const bucket = String(form.get('bucket') ?? 'month');
    if ((from && !isDay(from)) || (to && !isDay(to))) {
      this.formProblem = msg('Escribe las fechas como año-mes-día, por ejemplo 2026-01-31.');
      return;
    }
    if (from && to && to < from) {
      this.formProblem = msg('La fecha de fin no puede ser anterior a la de inicio.');
      return;
    }
    this.formProblem = '';
    this.applied = {
      ...this.applied,
      from,
      to,
      channel: isChannel(channel) ? channel : '',
      bucket: bucket === 'week' ? 'week' : 'month',
      offset: 0,
    };
    void this.load();
  }

  private onSearch(event: SubmitEvent): void {
    event.preventDefault();
    const q = String(new FormData(event.target as HTMLFormElement).get('q') ?? '').slice(0, 100);
    this.applied = { ...this.applied, q, offset: 0 };
    void this.load();
  }

  private page(direction: 1 | -1): void {
    const comments = this.summary?.comments;
    if (!comments) return;
    const offset = Math.max(0, comments.offset + direction * comments.limit);
    this.applied = { ...this.applied, offset };
    void this.load();
  }

  private renderFilters(): TemplateResult {
    const a = this.applied;
    return html`<form class="filters" part="filters" novalidate @submit=${this.onFilter} aria-describedby=${this.formProblem ? 'filter-problem' : nothing}>
      <div class="field">
        <label for="from">${msg('Desde')}</label>
        <input id="from" name="from" type="date" .value=${a.from} max=${a.to || nothing} />
      </div>
      <div class="field">
        <label for="to">${msg('Hasta')}</label>
        <input id="to" name="to" type="date" .value=${a.to} min=${a.from || nothing} />
      </div>
      <div class="field">
        <label for="channel">${msg('Canal')}</label>
        <select id="channel" name="channel">
          <option value="" ?selected=${!a.channel}>${msg('Todos los canales')}</option>
          ${SURVEY_CHANNELS.map((c) => html`<option value=${c} ?selected=${a.channel === c}>${channelLabel(c)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="bucket">${msg('Evolución por')}</label>
        <select id="bucket" name="bucket">
          <option value="month" ?selected=${a.bucket === 'month'}>${msg('Meses')}</option>
          <option value="week" ?selected=${a.bucket === 'week'}>${msg('Semanas')}</option>
        </select>
      </div>
      <button type="submit" class="button">${msg('Aplicar')}</button>
      ${this.formProblem ? html`<p class="problem" id="filter-problem" role="alert">${this.formProblem}</p>` : nothing}
    </form>`;
  }

  // ---- Figures and charts ---------------------------------------------------------------------------------------

  private renderFigures(s: SurveySummary): TemplateResult {
    return html`<dl class="figures" part="figures">
      <div class="figure"><dt>${msg('Respuestas')}</dt><dd>${this.count(s.count)}</dd></div>
      <div class="figure"><dt>${msg('Satisfechos (4 o 5)')}</dt><dd>${this.percent(s.satisfiedShare)}</dd></div>
      <div class="figure"><dt>${msg('Valoración media')}</dt><dd>${this.mean(s.mean)} <small>${msg('de 5')}</small></dd></div>
      <div class="figure"><dt>${msg('Consultas resueltas')}</dt><dd>${this.percent(s.resolvedShare)}</dd></div>
    </dl>`;
  }

  private renderExport(): TemplateResult {
    const status = {
      '': '',
      busy: msg('Preparando el archivo…', { id: 'survey-results-export-busy' }),
      done: msg(str`Descargado: ${this.exportedName}`, { id: 'survey-results-export-done' }),
      unauthorized: msg('El servidor no ha aceptado la clave del personal.'),
      disabled: msg('El servidor no permite consultar los resultados.'),
      failed: msg('No se ha podido descargar el archivo. Vuelve a intentarlo.', { id: 'survey-results-export-failed' }),
    }[this.exportPhase];
    return html`<div class="export">
      <button type="button" class="button secondary" aria-describedby="export-hint" @click=${() => void this.downloadCsv()}>
        ${msg('Descargar las respuestas (CSV)', { id: 'survey-results-export' })}
      </button>
      <p class="note" id="export-hint">${msg('Con las fechas y el canal elegidos, para abrir en Excel o LibreOffice.', { id: 'survey-results-export-hint' })}</p>
      <p class="note export-status" role="status">${status}</p>
    </div>`;
  }

  /** A bar, drawn as decoration in a table cell beside the number it shows. */
  private bar(share: number, tone: 'good' | 'neutral' | 'bad' = 'neutral'): TemplateResult {
    const width = Math.max(0, Math.min(100, share * 100));
    return html`<svg class="bar ${tone}" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      ${svg`<rect class="track" x="0" y="0" width="100" height="10"></rect><rect class="fill" x="0" y="0" width=${width} height="10"></rect>`}
    </svg>`;
  }

  private renderDistribution(s: SurveySummary): TemplateResult {
    const max = Math.max(1, ...s.distribution);
    return html`<section aria-labelledby="h-distribution">
      ${this.heading(msg('Valoraciones'), 'h-distribution')}
      <div class="table-wrap" tabindex="0" role="group" aria-labelledby="cap-distribution"><table class="bars">
        <caption id="cap-distribution" class="visually-hidden">${msg('Respuestas por valoración, de 1 a 5')}</caption>
        <thead><tr><th scope="col">${msg('Valoración')}</th><th scope="col">${msg('Respuestas')}</th><th scope="col">%</th><th scope="col"><span class="visually-hidden">${msg('Gráfico')}</span></th></tr></thead>
        <tbody>
          ${[5, 4, 3, 2, 1].map((value) => {
            const n = s.distribution[value - 1];
            return html`<tr>
              <th scope="row"><span class="rating-cell"><span class="rating">${value}</span> <span>${this.ratingLabel(value)}</span></span></th>
              <td class="num">${this.count(n)}</td>
              <td class="num">${this.percent(s.count ? n / s.count : null)}</td>
              <td class="chart">${this.bar(n / max, value >= 4 ? 'good' : value <= 2 ? 'bad' : 'neutral')}</td>
            </tr>`;
          })}
        </tbody>
      </table></div>
      <p class="note">${msg(str`Consultas resueltas: ${this.count(s.resolved.yes)}; en parte: ${this.count(s.resolved.partly)}; no resueltas: ${this.count(s.resolved.no)}.`)}</p>
    </section>`;
  }

  private renderChannels(s: SurveySummary): TemplateResult {
    const max = Math.max(1, ...s.channels.map((c) => c.count));
    return html`<section aria-labelledby="h-channels">
      ${this.heading(msg('Por canal'), 'h-channels')}
      <div class="table-wrap" tabindex="0" role="group" aria-labelledby="cap-channels"><table class="bars">
        <caption id="cap-channels" class="visually-hidden">${msg('Respuestas, satisfacción y consultas resueltas por canal')}</caption>
        <thead><tr>
          <th scope="col">${msg('Canal')}</th><th scope="col">${msg('Respuestas')}</th><th scope="col">${msg('Satisfechos')}</th>
          <th scope="col">${msg('Media')}</th><th scope="col">${msg('Resueltas')}</th><th scope="col"><span class="visually-hidden">${msg('Gráfico')}</span></th>
        </tr></thead>
        <tbody>
          ${s.channels.map((c) => html`<tr>
            <th scope="row">${channelLabel(c.channel)}</th>
            <td class="num">${this.count(c.count)}</td>
            <td class="num">${this.percent(c.satisfiedShare)}</td>
            <td class="num">${this.mean(c.mean)}</td>
            <td class="num">${this.percent(c.resolvedShare)}</td>
            <td class="chart">${this.bar(c.count / max)}</td>
          </tr>`)}
        </tbody>
      </table></div>
    </section>`;
  }

  private renderTrend(s: SurveySummary): TemplateResult {
    const { bucket, points } = s.trend;
    const step = 24;
    const width = Math.max(points.length, 1) * step;
    const label = bucket === 'month' ? msg('Evolución por meses') : msg('Evolución por semanas');
    const withData = points.filter((p) => p.count > 0);
    const first = withData[0];
    const last = withData.at(-1);
    const description = first && last
      ? msg(str`Satisfechos (4 o 5): ${this.percent(first.satisfiedShare)} en ${this.periodLabel(first.period, bucket)} y ${this.percent(last.satisfiedShare)} en ${this.periodLabel(last.period, bucket)}.`)
      : msg('No hay respuestas en estas fechas.');
    const every = Math.ceil(points.length / 12);
    return html`<section aria-labelledby="h-trend">
      ${this.heading(label, 'h-trend')}
      <p class="note">${msg('Porcentaje de satisfechos (4 o 5) en cada periodo; el número de respuestas de cada uno está en la tabla.', { id: 'survey-results-trend-note' })}</p>
      <figure class="trend">
        <div class="scroll" tabindex="0" role="group" aria-label=${label}>
          <svg viewBox="0 0 ${width} ${CHART_HEIGHT + 34}" data-min-width=${Math.min(width, 720) / 16} role="img" aria-label=${`${label}. ${description}`}>
            ${svg`<line class="axis" x1="0" y1=${CHART_HEIGHT + 12} x2=${width} y2=${CHART_HEIGHT + 12}></line>`}
            ${points.map((p, i) => {
              const h = (p.satisfiedShare ?? 0) * CHART_HEIGHT;
              const x = i * step + 3;
              return svg`<g>
                ${p.count ? svg`<rect class="column" x=${x} y=${CHART_HEIGHT + 12 - h} width=${step - 6} height=${h}></rect>` : nothing}
                <text class="share" x=${x + (step - 6) / 2} y=${CHART_HEIGHT + 8 - h} text-anchor="middle">${p.count ? this.percent(p.satisfiedShare) : ''}</text>
                ${i % every === 0 ? svg`<text class="tick" x=${x + (step - 6) / 2} y=${CHART_HEIGHT + 28} text-anchor="middle">${this.shortPeriod(p.period, bucket)}</text>` : nothing}
              </g>`;
            })}
          </svg>
        </div>
        <figcaption>${description}</figcaption>
      </figure>
      <details>
        <summary>${msg('Ver los datos en una tabla')}</summary>
        <div class="table-wrap" tabindex="0" role="group" aria-label=${label}><table>
          <caption class="visually-hidden">${label}</caption>
          <thead><tr><th scope="col">${msg('Periodo')}</th><th scope="col">${msg('Respuestas')}</th><th scope="col">${msg('Satisfechos')}</th><th scope="col">${msg('Media')}</th><th scope="col">${msg('Resueltas')}</th></tr></thead>
          <tbody>
            ${points.map((p) => html`<tr>
              <th scope="row">${this.periodLabel(p.period, bucket)}</th>
              <td class="num">${this.count(p.count)}</td>
              <td class="num">${this.percent(p.satisfiedShare)}</td>
              <td class="num">${this.mean(p.mean)}</td>
              <td class="num">${this.percent(p.resolvedShare)}</td>
            </tr>`)}
          </tbody>
        </table></div>
      </details>
    </section>`;
  }

  private shortPeriod(period: string, bucket: Bucket): string {
    const date = new Date(`${period}T00:00:00Z`);
    const f = format(getLocale());
    return bucket === 'month' ? f.monthShort.format(date) : f.day.format(date);
  }

  // ---- Comments -------------------------------------------------------------------------------------------------

  private renderComments(s: SurveySummary): TemplateResult {
    const { total, offset, limit, items } = s.comments;
    const shownFrom = total ? offset + 1 : 0;
    const shownTo = offset + items.length;
    const f = format(getLocale());
    return html`<section class="comments" part="comments" aria-labelledby="h-comments">
      ${this.heading(msg('Comentarios'), 'h-comments')}
      <p class="note">${msg('Los DNI y NIE, teléfonos, correos y los nombres que alguien da al presentarse («me llamo…») aparecen tapados.', { id: 'survey-results-masked' })}</p>
      <form class="search" role="search" @submit=${this.onSearch}>
        <label for="q">${msg('Buscar en los comentarios')}</label>
        <div class="search-row">
          <input id="q" name="q" type="search" maxlength="100" .value=${this.applied.q} />
          <button type="submit" class="button">${msg('Buscar')}</button>
        </div>
      </form>
      <p class="status" role="status">${total
        ? msg(str`Comentarios ${this.count(shownFrom)}–${this.count(shownTo)} de ${this.count(total)}`)
        : this.applied.q ? msg('Ningún comentario contiene ese texto.') : msg('No hay comentarios en estas fechas.')}</p>
      <ol class="comment-list" start=${shownFrom || 1}>
        ${items.map((c) => html`<li>
          <p class="comment-text">${c.comment}</p>
          <p class="comment-meta">
            <span>${msg(str`Valoración ${c.satisfaction} de 5`)}</span> ·
            <span>${this.resolvedLabel(c.resolved)}</span> ·
            <span>${channelLabel(c.channel)}</span> ·
            <time datetime=${c.receivedAt}>${f.dateTime.format(new Date(c.receivedAt))}</time>
          </p>
        </li>`)}
      </ol>
      ${total > limit ? html`<nav class="pager" aria-label=${msg('Páginas de comentarios')}>
        <button type="button" class="button secondary" ?disabled=${offset === 0} @click=${() => this.page(-1)}>${msg('Anteriores')}</button>
        <button type="button" class="button secondary" ?disabled=${shownTo >= total} @click=${() => this.page(1)}>${msg('Siguientes')}</button>
      </nav>` : nothing}
    </section>`;
  }

  // ---- Whole ----------------------------------------------------------------------------------------------------

  private renderMessage(): TemplateResult | typeof nothing {
    switch (this.phase) {
      case 'idle':
        return html`<p class="message" role="alert">${this.endpoint
          ? msg('La dirección de los resultados no es válida.')
          : msg('Falta la dirección de los resultados (atributo endpoint).')}</p>`;
      case 'unauthorized':
        return html`<p class="message" role="alert">${msg('No tienes acceso: inicia sesión con la clave del personal y vuelve a cargar la página.')}</p>`;
      case 'disabled':
        return html`<p class="message" role="alert">${msg('El acceso a los resultados no está activado en el servidor. Pide al equipo técnico que configure la clave del personal.')}</p>`;
      case 'failed':
        return html`<p class="message" role="alert">${msg('No se han podido cargar los resultados.')}
          <button type="button" class="button secondary" @click=${() => void this.load()}>${msg('Reintentar')}</button></p>`;
      default:
        return nothing;
    }
  }

  override render(): TemplateResult {
    const s = this.summary;
    const busy = this.phase === 'loading';
    return html`<div class="results" aria-busy=${busy ? 'true' : 'false'}>
      ${this.renderFilters()}
      ${this.renderMessage()}
      ${busy && !s ? html`<p class="message">${msg('Cargando resultados…')}</p>` : nothing}
      ${s && this.phase !== 'idle' ? html`<div class="body ${busy ? 'stale' : ''}">
        ${this.renderFigures(s)}
        ${this.renderExport()}
        <div class="grid">${this.renderDistribution(s)} ${this.renderChannels(s)}</div>
        ${this.renderTrend(s)}
        ${this.renderComments(s)}
      </div>` : nothing}
    </div>`;
  }
}
