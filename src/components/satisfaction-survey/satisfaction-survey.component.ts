import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { CabildoElement } from '../../internal/cabildo-element.js';
import { heading } from '../../internal/heading.js';
import { channelLabel } from '../../internal/channel-label.js';
import { getLocale } from '../../internal/localization.js';
import { invalidAttributeMessage, plural } from '../../internal/messages.js';
import { safeHref } from '../../core/urls.js';
import {
  SURVEY_CHANNELS, COMMENT_LIMIT, DEFAULT_SURVEY_ID, RATINGS, RESOLVED, SURVEY_ID_PATTERN, buildPayload, checkDraft, newAnswerId,
  type Resolved, type SurveyDraft, type SurveyField, type SurveyPayload, type SurveyProblem,
} from '../../core/survey.js';
import { SurveyDelivery, type DeliveryOutcome, type SurveyEnvironment } from './survey-delivery.js';
import { styles } from './satisfaction-survey.styles.js';


/** Detail of `cabildo-satisfaction-survey-sent`: the answer the endpoint accepted. */
export interface SurveySentDetail {
  id: string;
  status: number;
}

/** Detail of `cabildo-satisfaction-survey-queued`: the answer kept in the browser, and when it will be retried. */
export interface SurveyQueuedDetail {
  id: string;
  /** The HTTP status that was answered, or null for a network failure or an offline browser. */
  status: number | null;
  nextAttemptAt: string;
  /** False when the browser's storage is unavailable: the answer then survives only while the page stays open. */
  persistent: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cabildo-satisfaction-survey-submit': CustomEvent<SurveyPayload>;
    'cabildo-satisfaction-survey-sent': CustomEvent<SurveySentDetail>;
    'cabildo-satisfaction-survey-queued': CustomEvent<SurveyQueuedDetail>;
  }
}

export type { SurveyEnvironment } from './survey-delivery.js';

/** A form filled in faster than this is a bot's: it gets a thank-you and nothing is sent. */
export const MIN_FILL_MS = 3000;
const ANSWERED_KEY = 'cabildo-satisfaction-survey:answered:';


type Phase = 'form' | 'sending' | 'thanked' | 'answered-before';
/** How the thank-you describes the answer: received, handed to the page only, waiting in the queue. */
type Delivery = 'delivered' | 'handed-over' | 'queued' | 'queued-memory' | 'rejected';


/**
 * Arrow keys go round a group of radios, from the last back to the first and the other way, as the WAI-ARIA APG radio
 * group asks. Chromium and Firefox do it natively; WebKit (Safari) stops at the ends, so at an end this moves to the
 * other end itself (checking it, as the browser would), in every engine alike.
 */
function wrapArrowKeys(event: KeyboardEvent): void {
  const radio = event.target as HTMLInputElement;
  if (radio.type !== 'radio' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const rtl = getComputedStyle(radio).direction === 'rtl';
  const next = event.key === 'ArrowDown' || event.key === (rtl ? 'ArrowLeft' : 'ArrowRight');
  const previous = event.key === 'ArrowUp' || event.key === (rtl ? 'ArrowRight' : 'ArrowLeft');
  if (!next && !previous) return;
  const group = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLInputElement>('input[type="radio"]:not(:disabled)')];
  if (group.length < 2 || radio !== (next ? group.at(-1) : group[0])) return;
  event.preventDefault();
  const other = next ? group[0] : group.at(-1)!;
  other.focus();
  other.click();
}

/**
 * A short satisfaction survey whose answers always arrive, once: three questions and an optional comment, sent as JSON
 * to `endpoint`. Answers that cannot be delivered (offline, 408, 429, 5xx) wait in the browser and are retried with
 * backoff, when the browser comes back online and on the next page load, always with the same id.
 * Without `endpoint`, answers only go to the `cabildo-satisfaction-survey-submit` event.
 *
 * @tag cabildo-satisfaction-survey
 * @tagname cabildo-satisfaction-survey
 * @summary Accessible satisfaction survey with an offline-safe delivery queue.
 *
 * @csspart form - The survey form.
 * @csspart submit - The send button.
 * @csspart thanks - The thank-you message (a live region).
 *
 * @cssprop --cabildo-brand - Brand colour (button, selected answers).
 * @cssprop --cabildo-brand-contrast - Text colour on the brand colour.
 * @cssprop --cabildo-radius - Corner radius.
 * @cssprop --cabildo-font - Font family.
 * @cssprop --cabildo-focus - Focus ring colour.
 *
 * @event cabildo-satisfaction-survey-submit - Cancelable; `detail` is the payload. Cancel it to send the answer yourself.
 * @event cabildo-satisfaction-survey-sent - The endpoint accepted an answer (2xx); `detail: { id, status }`.
 * @event cabildo-satisfaction-survey-queued - An answer could not be delivered and waits in the browser; `detail: { id, status, nextAttemptAt, persistent }`.
 * @event cabildo-error - Bad configuration, or the endpoint refused an answer (4xx).
 */
export class SatisfactionSurvey extends CabildoElement {
  // This widget's English, registered on define or connect and loaded only on an English page (see registerEnglish).
  protected static override english = ['satisfaction-survey', () => import('../../generated/locales/en/satisfaction-survey.js')] as const;

  static override styles = styles;

  // Declared without decorators, as in every element: the build then needs no helper library.
  static override properties = {
    endpoint: { reflect: true },
    surveyId: { attribute: 'survey-id', reflect: true },
    privacyHref: { attribute: 'privacy-href' },
    once: { type: Boolean, reflect: true },
    environment: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    phase: { state: true },
    delivery: { state: true },
    draft: { state: true },
    errors: { state: true },
    rejectedStatus: { state: true },
  };

  /** URL that receives the answers by POST (JSON). Without it, answers only go to the submit event. */
  endpoint = '';

  /** Identifies the survey in the payload and in the exported answers. */
  surveyId = DEFAULT_SURVEY_ID;

  /** Link to the full privacy information (https:, or a relative URL on the page's site). */
  privacyHref = '';

  /** Show the survey only once per browser: after answering, a short note replaces it (remembered in localStorage, no cookies). */
  once = false;

  /** Replacements for the browser facilities the survey uses (fetch, storage, clock, timers, randomness); mainly for tests. */
  environment: Partial<SurveyEnvironment> = {};

  /** The level of the comment question as a heading in the page's outline, 2–6; default 2. */
  headingLevel = 2;

  private phase: Phase = 'form';
  private delivery: Delivery = 'delivered';
  private draft: SurveyDraft = {};
  private errors = new Map<SurveyField, SurveyProblem>();
  private rejectedStatus: number | null = null;

  private get thanks(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.thanks');
  }
  private get rejectedMessage(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.rejected');
  }
  private get honeypot(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('input[name="website"]');
  }

  private startedAt = 0;
  private currentId: string | null = null;

  /** Sending, the queue and its retries (see survey-delivery.ts); this element only shows what happens. */
  private readonly sender = new SurveyDelivery(this, {
    endpoint: () => this.endpointUrl,
    environment: () => this.environment,
    onOutcome: (outcome) => this.onOutcome(outcome),
  });

  private get env(): SurveyEnvironment {
    return this.sender.env;
  }

  private get storage() {
    return this.sender.storage;
  }

  /** The endpoint as an absolute URL, or null when unset or unsafe. */
  private get endpointUrl(): string | null {
    if (!this.endpoint) return null;
    const url = safeHref(this.endpoint, document.baseURI);
    return url && /^https?:/.test(url) ? url : null;
  }

  private get answeredKey(): string {
    return ANSWERED_KEY + this.surveyId;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.startedAt = this.env.now();
    if (this.once && this.phase === 'form' && this.storage.getItem(this.answeredKey)) this.phase = 'answered-before';
    // Waiting answers are retried at once on every page load: on the first connection by updated(), once the endpoint
    // is known; here when the element is attached again.
    if (this.hasUpdated) void this.sender.retry(true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('endpoint') && this.endpoint && !this.endpointUrl) {
      this.reportError('invalid-endpoint', invalidAttributeMessage('endpoint', this.endpoint));
    }
    if (changed.has('privacyHref') && this.privacyHref && !this.privacyLink) {
      this.reportError('invalid-privacy-href', invalidAttributeMessage('privacy-href', this.privacyHref));
    }
    if (changed.has('surveyId') && !SURVEY_ID_PATTERN.test(this.surveyId)) {
      this.reportError('invalid-survey-id', invalidAttributeMessage('survey-id', this.surveyId));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('endpoint') || changed.has('environment')) void this.sender.retry(true);
  }

  private get privacyLink(): string | null {
    return safeHref(this.privacyHref, document.baseURI);
  }

  private get effectiveSurveyId(): string {
    return SURVEY_ID_PATTERN.test(this.surveyId) ? this.surveyId : DEFAULT_SURVEY_ID;
  }

  // ---- Delivery outcomes ------------------------------------------------------------------------------------------

  /** Turns what happened to an answer into events, and into the thank-you when it is this visit's answer. */
  private onOutcome(outcome: DeliveryOutcome): void {
    const isCurrent = outcome.id === this.currentId;
    switch (outcome.kind) {
      case 'queued':
        if (outcome.firstFailure) {
          this.emit('cabildo-satisfaction-survey-queued', {
            id: outcome.id, status: outcome.status, nextAttemptAt: new Date(outcome.nextAttemptAt).toISOString(),
            persistent: outcome.persistent,
          });
        }
        if (isCurrent) this.delivery = outcome.persistent ? 'queued' : 'queued-memory';
        break;
      case 'delivered':
        this.emit('cabildo-satisfaction-survey-sent', { id: outcome.id, status: outcome.status });
        if (isCurrent) this.delivery = 'delivered';
        break;
      case 'rejected':
        this.reportError('survey-rejected', this.rejectedText(outcome.status));
        if (isCurrent) {
          this.rejectedStatus = outcome.status;
          // A retry refused after the thank-you was shown: say so there, rather than let it promise a delivery.
          if (this.phase === 'thanked') this.delivery = 'rejected';
        }
        break;
    }
  }

  // ---- Form -------------------------------------------------------------------------------------------------------

  private setField(field: SurveyField, value: string | number): void {
    this.draft = { ...this.draft, [field]: value };
    if (this.errors.has(field) && !checkDraft(this.draft).some((p) => p.field === field)) {
      const errors = new Map(this.errors);
      errors.delete(field);
      this.errors = errors;
    }
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.phase !== 'form') return;
    this.rejectedStatus = null;
    const problems = checkDraft(this.draft);
    this.errors = new Map(problems.map(({ field, problem }) => [field, problem]));
    if (problems.length > 0) {
      await this.updateComplete;
      this.focusField(problems[0].field);
      return;
    }
    const env = this.env;
    const now = env.now();
    // Spam traps: a filled hidden field, or a form answered faster than a person can. Bots see a normal thank-you.
    if (this.honeypot?.value || now - this.startedAt < MIN_FILL_MS) {
      await this.thank('delivered');
      return;
    }
    const payload = buildPayload({
      id: newAnswerId(crypto),
      surveyId: this.effectiveSurveyId,
      draft: this.draft,
      locale: getLocale(),
      pageUrl: location.href,
      now,
    });
    const endpoint = this.endpointUrl;
    const proceed = this.emit('cabildo-satisfaction-survey-submit', payload, { cancelable: true });
    if (!proceed || !endpoint) {
      this.rememberAnswered();
      await this.thank('handed-over');
      return;
    }
    this.rememberAnswered();
    this.currentId = payload.id;
    this.phase = 'sending';
    // Into the queue before the first attempt: closing the tab mid-request loses nothing.
    const verdict = await this.sender.send(payload);
    if (verdict === 'rejected') {
      // Not recorded anywhere: the citizen may try again, so the survey is not "answered" yet.
      if (this.once) this.storage.removeItem(this.answeredKey);
      this.currentId = null;
      this.phase = 'form';
      await this.updateComplete;
      this.rejectedMessage?.focus();
      return;
    }
    await this.thank(this.delivery);
  }

  private rememberAnswered(): void {
    if (this.once) this.storage.setItem(this.answeredKey, new Date(this.env.now()).toISOString());
  }

  private async thank(delivery: Delivery): Promise<void> {
    this.delivery = delivery;
    this.phase = 'thanked';
    await this.updateComplete;
    this.thanks?.focus();
  }

  private focusField(field: SurveyField): void {
    const root = this.renderRoot as ShadowRoot;
    const target =
      field === 'comment'
        ? root.querySelector<HTMLElement>('#comment')
        : (root.querySelector<HTMLElement>(`input[name="${field}"]:checked`) ?? root.querySelector<HTMLElement>(`input[name="${field}"]`));
    target?.focus();
  }

  // ---- Rendering --------------------------------------------------------------------------------------------------

  private rejectedText(status: number): string {
    return msg(str`No hemos podido registrar tu respuesta (error ${status}). Inténtalo de nuevo más tarde.`, {
      desc: 'Shown when the survey endpoint refuses an answer with a 4xx status',
    });
  }

  private errorText(field: SurveyField, problem: SurveyProblem): string {
    switch (field) {
      case 'satisfaction':
        return msg('Elige tu grado de satisfacción, del 1 al 5.');
      case 'resolved':
        return msg('Indica si hemos resuelto tu consulta.');
      case 'channel':
        return msg('Indica por qué medio nos contactaste.');
      case 'comment': {
        const over = (this.draft.comment ?? '').length - COMMENT_LIMIT;
        return problem === 'too-long'
          ? plural(over, {
              one: () => msg(str`El comentario es demasiado largo: borra ${over} carácter (máximo ${COMMENT_LIMIT}).`),
              other: () => msg(str`El comentario es demasiado largo: borra ${over} caracteres (máximo ${COMMENT_LIMIT}).`),
            })
          : '';
      }
    }
  }

  private ratingLabel(value: number): string {
    return [
      msg('Muy insatisfecho'),
      msg('Insatisfecho'),
      msg('Ni satisfecho ni insatisfecho'),
      msg('Satisfecho'),
      msg('Muy satisfecho'),
    ][value - 1];
  }

  private resolvedLabel(value: Resolved): string {
    return { yes: msg('Sí'), partly: msg('En parte'), no: msg('No') }[value];
  }


  private renderError(field: SurveyField): TemplateResult | typeof nothing {
    const problem = this.errors.get(field);
    if (!problem) return nothing;
    return html`<p class="error" id="${field}-error">
      <span class="visually-hidden">${msg('Error:')}</span> ${this.errorText(field, problem)}
    </p>`;
  }

  /** A face as decoration: the mouth curves from a frown (1) to a smile (5). */
  /**
   * A face per rating, each with its own shape (never colour alone): 1 frowns hard under slanted brows, 2 frowns a
   * little, 3 is straight, 4 smiles, 5 laughs with an open mouth and smiling eyes.
   */
  private face(value: number): TemplateResult {
    const eyes =
      value === 5
        ? svg`<path d="M6.8 10.2q1.7-2 3.4 0M13.8 10.2q1.7-2 3.4 0" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"></path>`
        : svg`<circle cx="8.5" cy="9.8" r="1.4" fill="currentColor"></circle><circle cx="15.5" cy="9.8" r="1.4" fill="currentColor"></circle>`;
    const mouths: Record<number, ReturnType<typeof svg>> = {
      1: svg`<path d="M7 18Q12 12.5 17 18" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"></path>
        <path d="M6.3 6.3l3.8 1.6M17.7 6.3l-3.8 1.6" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"></path>`,
      2: svg`<path d="M8 16.8Q12 14.6 16 16.8" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round"></path>`,
      3: svg`<path d="M8 16h8" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round"></path>`,
      4: svg`<path d="M8 15.2Q12 17.6 16 15.2" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round"></path>`,
      5: svg`<path d="M6.8 13.6h10.4Q17 19.2 12 19.2T6.8 13.6z" fill="currentColor"></path>`,
    };
    return html`<svg class="face face-${value}" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      ${svg`<circle cx="12" cy="12" r="10.8" fill="none" stroke="currentColor" stroke-width="1.4"></circle>`}${eyes}${mouths[value]}
    </svg>`;
  }

  private renderChoices<T extends string | number>(
    field: 'satisfaction' | 'resolved' | 'channel',
    legend: string,
    values: readonly T[],
    label: (value: T) => TemplateResult | string,
    layout: string,
  ): TemplateResult {
    const invalid = this.errors.has(field);
    const disabled = this.phase === 'sending';
    return html`<fieldset class="question ${invalid ? 'invalid' : ''}" aria-describedby=${invalid ? `${field}-error` : nothing}>
      <legend>${legend}</legend>
      ${this.renderError(field)}
      <div class="choices ${layout}" @keydown=${wrapArrowKeys}>
        ${values.map(
          (value) => html`<label class="choice">
            <input
              type="radio"
              name=${field}
              .value=${String(value)}
              .checked=${this.draft[field] === value}
              ?disabled=${disabled}
              aria-invalid=${invalid ? 'true' : nothing}
              @change=${() => this.setField(field, value)}
            />
            ${label(value)}
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderComment(): TemplateResult {
    const length = (this.draft.comment ?? '').length;
    const left = COMMENT_LIMIT - length;
    const invalid = this.errors.has('comment');
    const count =
      left >= 0
        ? plural(left, { one: () => msg(str`Te queda ${left} carácter`), other: () => msg(str`Te quedan ${left} caracteres`) })
        : plural(-left, {
            one: () => msg(str`Tienes ${-left} carácter de más`),
            other: () => msg(str`Tienes ${-left} caracteres de más`),
          });
    return html`<div class="question comment ${invalid ? 'invalid' : ''}">
      ${heading(this.headingLevel, 'comment-label', html`<label for="comment">${msg('¿Quieres contarnos algo más? (opcional)')}</label>`)}
      <p id="comment-hint" class="warning">
        <strong>${msg('No incluyas datos personales')}</strong>
        ${msg('como tu nombre, DNI, teléfono o correo electrónico. Antes de enviar tapamos los DNI, NIE, teléfonos y correos que reconocemos, pero no los nombres.')}
      </p>
      ${this.renderError('comment')}
      <textarea
        id="comment"
        name="comment"
        rows="4"
        .value=${this.draft.comment ?? ''}
        ?disabled=${this.phase === 'sending'}
        aria-describedby="comment-hint comment-count${invalid ? ' comment-error' : ''}"
        aria-invalid=${invalid ? 'true' : nothing}
        @input=${(e: InputEvent) => this.setField('comment', (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p id="comment-count" class="count ${left < 0 ? 'over' : ''}">${count}</p>
    </div>`;
  }

  private renderPrivacy(): TemplateResult {
    const link = this.privacyLink;
    return html`<p class="privacy">
      ${msg('Tu respuesta es anónima: no pedimos tu nombre ni tus datos de contacto y solo la usamos para mejorar la atención.')}
      ${link ? html`<a href=${link}>${msg('Más información sobre protección de datos')}</a>` : nothing}
    </p>`;
  }

  private renderForm(): TemplateResult {
    const sending = this.phase === 'sending';
    return html`<form part="form" novalidate @submit=${this.onSubmit} aria-busy=${sending ? 'true' : 'false'}>
      ${this.renderChoices('satisfaction', msg('En general, ¿cómo valoras la atención que te hemos dado?'), RATINGS,
        (value) => html`<span class="rating">${this.face(value)}<span class="rating-text"><span class="rating-number">${value}</span>
          ${this.ratingLabel(value)}</span></span>`, 'scale')}
      ${this.renderChoices('resolved', msg('¿Hemos resuelto tu consulta?'), RESOLVED, (value) => this.resolvedLabel(value), 'row')}
      ${this.renderChoices('channel', msg('¿Cómo te has puesto en contacto con nosotros?'), SURVEY_CHANNELS, channelLabel, 'grid')}
      ${this.renderComment()}
      <div class="trap" aria-hidden="true">
        <label for="website">${msg('Deja este campo vacío')}</label>
        <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
      </div>
      ${this.renderPrivacy()}
      ${this.endpoint && !this.endpointUrl
        ? html`<p class="notice">${msg('Esta encuesta no está bien configurada: tu respuesta no se podrá enviar.')}</p>`
        : nothing}
      ${this.rejectedStatus !== null
        ? html`<p class="error rejected" role="alert" tabindex="-1">${this.rejectedText(this.rejectedStatus)}</p>`
        : nothing}
      <button part="submit" class="submit" type="submit" ?disabled=${sending}>
        ${sending ? msg('Enviando…') : msg('Enviar respuesta')}
      </button>
    </form>`;
  }

  private renderThanks(): TemplateResult | typeof nothing {
    if (this.phase !== 'thanked') return nothing;
    const detail = {
      delivered: msg('Hemos recibido tu respuesta.'),
      'handed-over': '',
      queued: msg('Ahora mismo no podemos enviarla: la hemos guardado en este navegador y la enviaremos automáticamente en cuanto sea posible.'),
      'queued-memory': msg('Ahora mismo no podemos enviarla: lo seguiremos intentando mientras esta página esté abierta.'),
      rejected: this.rejectedStatus === null ? '' : this.rejectedText(this.rejectedStatus),
    }[this.delivery];
    return html`<p class="thanks-title">${msg('¡Gracias por tu opinión!')}</p>${detail ? html`<p>${detail}</p>` : nothing}`;
  }

  override render(): TemplateResult {
    if (this.phase === 'answered-before') {
      return html`<p class="answered">${msg('Ya has respondido a esta encuesta. ¡Gracias por tu opinión!')}</p>`;
    }
    return html`${this.phase === 'thanked' ? nothing : this.renderForm()}
      <div part="thanks" class="thanks ${this.phase === 'thanked' ? 'shown' : ''}" role="status" tabindex="-1">${this.renderThanks()}</div>`;
  }
}
