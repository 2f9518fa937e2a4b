import { html, nothing, svg, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { CabildoElement } from '../../internal/cabildo-element.js';
import { canaryTimeLabel, invalidAttributeMessage, loadFailedMessage, tooLongMessage } from '../../internal/messages.js';
import {
  formatOfficeTime,
  hoursErrorText,
  nextOpeningText,
  regularWeekText,
  visitorTimeText,
} from '../../internal/hours-text.js';
import { getLocale } from '../../internal/localization.js';
import { OfficeClock } from '../../internal/office-clock.js';
import { calendarOptions, calendarProblems, calendarReady, pageCalendar } from '../../internal/page-calendar.js';
import { officeStatus, parseHours, type HoursParseResult, type OfficeStatus } from '../../core/schedule.js';
import { formatPhone, normalizePhone, whatsappHref, type E164 } from '../../core/phone.js';
import { safeHref } from '../../core/urls.js';
import { ARRECIFE } from '../../data/arrecife.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { whatsappButtonStyles } from './whatsapp-button.styles.js';
import { isGreetingDismissed, rememberGreetingDismissed } from './greeting-memory.js';
import { FloatingGuard, CompactQuery, BannerWatch, PillRoom } from './floating-guard.js';
import { encodeQr, type QrCode } from './qr-code.js';


/** Detail of `cabildo-whatsapp-open`. */
export interface WhatsappOpenDetail {
  /** The `https://wa.me/…` link about to open. */
  href: string;
  /** True when people answer now (inside the staffed hours). */
  staffed: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cabildo-whatsapp-open': CustomEvent<WhatsappOpenDetail>;
  }
}

type QrState = { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready'; code: QrCode } | { kind: 'failed' } | { kind: 'too-long' };

/** The longest `message` used: a longer one is cut to it (and reported). */
export const MAX_MESSAGE_LENGTH = 1000;
/** The most characters a QR code holds (version 40, error correction M, byte mode): a longer link gets no QR code. */
export const QR_CAPACITY = 2331;
const qrTooLongText = () =>
  msg('El mensaje es demasiado largo para un código QR: abre WhatsApp en este ordenador con el enlace de abajo.', {
    desc: 'The WhatsApp link with its message does not fit in a QR code',
  });

const defaultMessage = () =>
  msg('Hola, quería hacer una consulta.', { desc: 'Default text prefilled in the WhatsApp chat with the office' });

// The icons are our own drawings (a speech bubble with a handset, a QR sign, a cross), decorative only.
const chatIcon = svg`<path fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" d="M12 2.6a9.4 9.4 0 0 0-8.1 14.2L2.6 21.4l4.7-1.3A9.4 9.4 0 1 0 12 2.6z"/><path fill="currentColor" d="M8.7 7.2h1.1l1.2 2.7-1 1.2a7 7 0 0 0 2.9 2.9l1.2-1 2.7 1.2v1.1c0 .7-.6 1.4-1.4 1.4A8.3 8.3 0 0 1 7.3 8.6c0-.8.7-1.4 1.4-1.4z"/>`;
const qrIcon = svg`<path fill="currentColor" d="M3 3h8v8H3zm2 2v4h4V5zm8-2h8v8h-8zm2 2v4h4V5zM3 13h8v8H3zm2 2v4h4v-4zm8-2h2v2h-2zm4 0h4v2h-4zm-4 4h4v4h-4zm6 0h2v4h-4v-2h2z"/>`;
const closeIcon = svg`<path fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" d="M5 5l14 14M19 5 5 19"/>`;

/**
 * A WhatsApp click-to-chat button for the citizen office: a real link to `https://wa.me/…` that says who answers and
 * when, with an optional greeting bubble, a QR code to continue on the phone and a privacy notice. Nothing is requested
 * from WhatsApp or any other host, and nothing is stored, before the citizen acts.
 *
 * @summary The office's WhatsApp line, one tap away, honest about who answers and when.
 * @tagname cabildo-whatsapp-button
 *
 * @csspart link - The link that opens WhatsApp.
 * @csspart bubble - The greeting bubble.
 * @csspart dialog - The QR code dialog.
 *
 * On a narrow, zoomed or touch screen the floating button is a round 56 px button with a status dot; it opens a small
 * panel with the greeting, the full status, the WhatsApp link, the QR code and the privacy notice. On a wide screen with
 * a mouse it is a pill with the status written out.
 *
 * @cssprop --cabildo-whatsapp-offset-bottom - Distance of the floating button from the bottom edge (default 1rem; the safe-area inset is added).
 * @cssprop --cabildo-whatsapp-offset-side - Distance of the floating button from the side edge (default 1rem; the safe-area inset is added).
 * @cssprop --cabildo-whatsapp-z-index - Stacking order of the floating button (default 900, below usual cookie banners).
 * @cssprop --cabildo-whatsapp-color - Background of the button (default #0b6b3a, a WhatsApp green with 4.5:1 contrast).
 * @cssprop --cabildo-whatsapp-color-contrast - Text on the button (default #ffffff).
 * @cssprop --cabildo-whatsapp-color-dark - Background of the button in dark mode (default #3ddc84).
 *
 * @event cabildo-whatsapp-open - Right before WhatsApp opens; cancelable (cancelling stops the navigation). `detail: { href, staffed }`.
 * @event cabildo-error - Bad configuration (phone, hours, privacy-url, the page calendar: `invalid-calendar`) or a failed load of the QR encoder. `detail: { code, message }`.
 */
export class WhatsappButton extends CabildoElement {
  // This widget's English, registered on define or connect and loaded only on an English page (see registerEnglish).
  protected static override english = ['whatsapp-button', () => import('../../generated/locales/en/whatsapp-button.js')] as const;

  static override styles = [sharedStyles, whatsappButtonStyles];

  // Declared without decorators, as in every element: the build then needs no helper library.
  static override properties = {
    phone: { type: String },
    message: { type: String },
    variant: { type: String, reflect: true },
    position: { type: String, reflect: true },
    hours: { type: String },
    assistant: { type: Boolean },
    now: { type: String },
    greeting: { type: String },
    qr: { type: String },
    privacyUrl: { type: String, attribute: 'privacy-url' },
    above: { type: String },
    greetingClosed: { state: true, attribute: false },
    qrState: { state: true, attribute: false },
    panelOpen: { state: true, attribute: false },
  };

  /** The WhatsApp number (spaces, dashes, dots, `+` or `00` accepted; a bare 9-digit Spanish number gets +34). */
  phone: string = ARRECIFE.whatsapp ?? '';

  /** Text prefilled in the chat (at most {@link MAX_MESSAGE_LENGTH} characters); empty for none; unset for a short localised greeting to the office. */
  message?: string;

  /** `floating` (fixed to a corner, the default) or `inline` (a normal button in the page flow). */
  variant: 'floating' | 'inline' = 'floating';

  /** Corner of the floating button: `right` (default) or `left`. */
  position: 'right' | 'left' = 'right';

  /** When people answer, in the opening-hours syntax (default the office's hours). */
  hours: string = ARRECIFE.hours;

  /** An automated assistant answers around the clock; people still answer in the staffed hours. */
  assistant = false;

  /** Freezes the clock at this ISO 8601 instant (for previews and tests). */
  now?: string;

  /** A call to action shown in a bubble beside the button until the citizen dismisses it. */
  greeting?: string;

  /** QR code of the link, to continue on a phone: `auto` (offered on devices without a touch screen), `always`, `never`. */
  qr: 'auto' | 'always' | 'never' = 'auto';

  /** The Cabildo's privacy page, linked from the notice that the chat continues in WhatsApp. */
  privacyUrl?: string;

  /**
   * A CSS selector of something fixed to the bottom of the screen that the floating button must stay above, such as
   * the page's cookie banner (`above="#cookie-banner"`): while it shows, the button rises above it.
   */
  above?: string;

  private greetingClosed = false;
  private panelOpen = false;
  private qrState: QrState = { kind: 'idle' };

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private get launcher(): HTMLAnchorElement | null {
    return this.renderRoot.querySelector('a.launcher');
  }

  private readonly guard = new FloatingGuard(this, () => this.variant !== 'inline');
  private readonly compactQuery = new CompactQuery(this);
  // On a wide screen: is there room for the pill beside the page's content?
  private readonly room = new PillRoom(this, () => this.variant !== 'inline' && !this.compactQuery.matches);
  private readonly banner = new BannerWatch(this, () => (this.variant === 'inline' ? undefined : this.above));
  private readonly clock = new OfficeClock(this, () => this.office?.nextChange ?? null);
  private schedule: HoursParseResult | null = null;
  private office: OfficeStatus | null = null;
  private at = new Date(0);
  private qrOpener: HTMLElement | null = null;

  /** The `https://wa.me/<digits>?text=<encoded>` link the button opens; empty when the phone is not valid. */
  get href(): string {
    const phone = normalizePhone(this.phone);
    // Cut to the maximum, never in the middle of a character written with two code units (an emoji).
    const text = String(this.message ?? defaultMessage()).slice(0, MAX_MESSAGE_LENGTH).replace(/[\uD800-\uDBFF]$/, '');
    return phone ? whatsappHref(phone, text) : '';
  }

  /** On a page with a calendar block, a render waits for the block's parser (internal/page-calendar.ts). */
  protected override renderWaits(): Array<Promise<unknown> | undefined> {
    return [calendarReady()];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Before the first render, so that the button is drawn in its final shape.
    if (!this.hasUpdated || changed.has('variant') || changed.has('position')) this.room.measure();
    if (changed.has('greeting')) this.greetingClosed = this.greeting ? isGreetingDismissed(this.greeting) : false;
    if (changed.has('phone') || changed.has('message')) this.qrState = { kind: 'idle' };
    if (changed.has('hours') || !this.schedule) this.schedule = parseHours(this.hours ?? ARRECIFE.hours);
    this.at = this.clock.now();
    // The page's holiday calendar, shared by every widget; when it cannot be read, no status is shown (as with bad hours).
    const options = calendarOptions(pageCalendar());
    this.office = this.schedule.ok && options ? officeStatus(this.schedule.hours, this.at, options) : null;
    if (changed.has('above')) this.banner.watch();
    this.checkConfiguration();
  }

  protected override updated(): void {
    this.lift();
  }

  /** True when the floating button is the round launcher (narrow, zoomed or touch screens, or no room beside the content). */
  private get compact(): boolean {
    return this.variant !== 'inline' && (this.compactQuery.matches || this.room.crowded);
  }

  private checkConfiguration(): void {
    const bad: Array<[string, string]> = [];
    if (!normalizePhone(this.phone)) bad.push(['phone', this.phone]);
    if (this.privacyUrl && !this.privacyHref) bad.push(['privacy-url', this.privacyUrl]);
    if (!['floating', 'inline'].includes(this.variant)) bad.push(['variant', this.variant]);
    if (!['right', 'left'].includes(this.position)) bad.push(['position', this.position]);
    if (!['auto', 'always', 'never'].includes(this.qr)) bad.push(['qr', this.qr]);
    if (this.above && !this.banner.valid) bad.push(['above', this.above]);
    const problems: Array<[string, string]> = bad.map(([name, value]) => [`invalid-${name}`, invalidAttributeMessage(name, value)]);
    if (this.schedule && !this.schedule.ok) {
      const reason = hoursErrorText(this.schedule.error);
      problems.push(['invalid-hours', `${invalidAttributeMessage('hours', this.hours)} ${reason}`]);
    }
    problems.push(...calendarProblems(pageCalendar()));
    if (String(this.message ?? '').length > MAX_MESSAGE_LENGTH) problems.push(['invalid-message', tooLongMessage('message', MAX_MESSAGE_LENGTH)]);
    this.reportProblems(problems);
  }

  private get privacyHref(): string | null {
    return safeHref(this.privacyUrl, document.baseURI);
  }

  private get offersQr(): boolean {
    if (this.qr === 'always') return true;
    if (this.qr === 'never') return false;
    // A phone already has WhatsApp at hand; a computer may not, and its camera-less visitor can scan with the phone.
    return !(window.matchMedia?.('(any-pointer: coarse)').matches || navigator.maxTouchPoints > 0);
  }

  /** Whether people answer now (inside the staffed hours). */
  private get staffed(): boolean {
    return this.office?.open ?? false;
  }

  private onOpen(event: MouseEvent): void {
    const href = this.href;
    const proceed = this.emit('cabildo-whatsapp-open', { href, staffed: this.staffed }, { cancelable: true });
    // The link itself navigates, straight from the citizen's click: no window.open, so no pop-up blocker interferes.
    if (!proceed) event.preventDefault();
    else if (this.dialog?.open) this.dialog.close();
  }

  private dismissGreeting(): void {
    if (this.greeting) rememberGreetingDismissed(this.greeting);
    this.greetingClosed = true;
    // The close button disappears with the bubble: keep the keyboard user's place on the button itself.
    void this.updateComplete.then(() => this.launcher?.focus());
  }

  private onBubbleKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.dismissGreeting();
    }
  }

  private async openQr(event: Event): Promise<void> {
    this.qrOpener = event.currentTarget as HTMLElement;
    this.dialog?.showModal();
    if (this.qrState.kind === 'ready' || this.qrState.kind === 'loading') return;
    const href = this.href;
    if (href.length > QR_CAPACITY) {
      this.qrState = { kind: 'too-long' };
      this.reportError('qr-too-long', qrTooLongText());
      return;
    }
    this.qrState = { kind: 'loading' };
    try {
      const code = await encodeQr(href);
      if (href === this.href) this.qrState = { kind: 'ready', code };
    } catch {
      this.qrState = { kind: 'failed' };
      this.reportError('qr-load-failed', loadFailedMessage('uqr'));
    }
  }

  private closeQr(): void {
    this.dialog?.close();
  }

  private onDialogClose(): void {
    // Focus goes back to what opened the dialog (APG dialog pattern).
    this.qrOpener?.focus();
    this.qrOpener = null;
  }

  private onDialogClick(event: MouseEvent): void {
    // A click on the backdrop (the dialog element itself, outside its content box) closes it.
    const dialog = this.dialog;
    if (!dialog || event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside =
      event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) dialog.close();
  }

  override render() {
    const phone = normalizePhone(this.phone);
    if (!phone) {
      return html`<p class="unavailable" role="status">
        ${msg('WhatsApp no está disponible: el número configurado no es válido.', {
          desc: 'Shown instead of the WhatsApp button when its phone attribute is not a valid number',
        })}
      </p>`;
    }
    const inline = this.variant === 'inline';
    if (this.compact) return this.renderCompact(phone);
    const showBubble = Boolean(this.greeting) && !this.greetingClosed;
    return html`
      <div class="widget ${this.guard.away ? 'away' : ''}">
        ${showBubble ? this.renderBubble() : nothing}
        ${!inline && !showBubble && this.privacyHref ? this.renderPrivacyLink(this.privacyHref, 'privacy') : nothing}
        <div class="row">${this.renderLink(inline)} ${this.offersQr ? this.renderQrButton(inline) : nothing}</div>
        ${inline ? this.renderNotice() : nothing}
      </div>
      ${this.offersQr ? this.renderDialog(phone) : nothing}
    `;
  }

  /**
   * Raises the floating button above the banner named by `above` while it shows. Set through the CSSOM on the host
   * (a style attribute in the template is refused by a strict CSP's style-src).
   */
  private lift(): void {
    const height = this.banner.height;
    if (height) this.style.setProperty('--_lift', `${height}px`);
    else this.style.removeProperty('--_lift');
  }

  /** The round launcher and the panel it opens (narrow, zoomed or touch screens). */
  private renderCompact(phone: E164) {
    const title = msg('Escríbenos por WhatsApp', { desc: 'Visible text of the WhatsApp button' });
    const status = this.office ? [...this.statusLines(this.office), ...(this.assistant && !this.office.open ? [this.staffedHours()] : [])] : [];
    const dot = !this.office ? 'none' : this.office.open ? 'staffed' : this.assistant ? 'assistant' : 'unstaffed';
    return html`
      <div
        class="widget compact ${this.panelOpen ? 'open' : ''} ${this.guard.away ? 'away' : ''}"
        @keydown=${this.onPanelKeydown}
      >
        <button
          type="button"
          class="launcher round"
          aria-expanded=${this.panelOpen ? 'true' : 'false'}
          aria-controls=${this.panelOpen ? 'panel' : nothing}
          aria-label=${[title, ...status].join('. ')}
          @click=${this.togglePanel}
        >
          <span class="icon"><svg viewBox="0 0 24 24" aria-hidden="true">${chatIcon}</svg></span>
          <span class="dot ${dot}"></span>
        </button>
        ${this.panelOpen ? this.renderPanel(title) : nothing}
      </div>
      ${this.offersQr ? this.renderDialog(phone) : nothing}
    `;
  }

  private renderPanel(title: string) {
    const opens = msg('(abre WhatsApp, un servicio externo al Cabildo)', {
      desc: 'Added to the accessible name of the WhatsApp button: it leaves the site',
    });
    return html`<div class="bubble panel" id="panel" part="bubble" role="group" aria-label="WhatsApp">
      ${this.greeting ? html`<p class="greeting">${this.greeting}</p>` : nothing}
      ${this.renderStatus()}
      <a class="chat" part="link" href=${this.href} target="_blank" rel="noopener noreferrer" @click=${this.onOpen}
        ><span class="icon"><svg viewBox="0 0 24 24" aria-hidden="true">${chatIcon}</svg></span
        ><span>${title}<span class="visually-hidden"> ${opens}</span></span></a
      >
      ${this.offersQr ? this.renderQrButton(true) : nothing}
      ${this.renderNotice()}
      <button
        type="button"
        class="close"
        aria-label=${msg('Cerrar mensaje', { desc: 'Close button of the greeting bubble' })}
        @click=${this.closePanel}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true">${closeIcon}</svg>
      </button>
    </div>`;
  }

  private togglePanel(): void {
    this.panelOpen = !this.panelOpen;
  }

  private closePanel(): void {
    this.panelOpen = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('button.launcher')?.focus());
  }

  private onPanelKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.panelOpen) {
      event.stopPropagation();
      this.closePanel();
    }
  }

  private renderLink(inline: boolean) {
    const title = msg('Escríbenos por WhatsApp', { desc: 'Visible text of the WhatsApp button' });
    const opens = msg('(abre WhatsApp, un servicio externo al Cabildo)', {
      desc: 'Added to the accessible name of the WhatsApp button: it leaves the site',
    });
    // The name is the title, the status and the note that WhatsApp opens (visible on the floating button, whose
    // notice has no room beside it; hidden in the page flow, where the notice follows). The floating button's privacy
    // link sits above it, or in the greeting bubble while that is open.
    return html`<a
      class="launcher"
      part="link"
      href=${this.href}
      target="_blank"
      rel="noopener noreferrer"
      @click=${this.onOpen}
    >
      <span class="icon"><svg viewBox="0 0 24 24" aria-hidden="true">${chatIcon}</svg></span>
      <span class="text">
        <span class="title"
          ><span class="long">${title}</span><span class="short">WhatsApp</span
          >${inline ? html`<span class="visually-hidden"> ${opens}</span>` : nothing}</span
        >
        ${this.renderStatus()}
        ${inline ? nothing : html`<span class="external">${opens}</span>`}
      </span>
    </a>`;
  }

  private renderStatus() {
    const status = this.office;
    if (!status) return nothing;
    const lines = this.statusLines(status);
    const when = status.closesAt ?? status.nextOpening;
    // Visitors on another clock (mainland Spain, abroad) are told which clock the times are on.
    const zone = when && visitorTimeText(when) ? html` <span class="zone">(${canaryTimeLabel()})</span>` : nothing;
    // With the assistant answering, the weekly staffed hours follow (they name their clock themselves).
    const staffed = this.assistant && !status.open ? html`<span class="line">${this.staffedHours()}</span>` : nothing;
    return html`<span class="status ${status.open ? 'staffed' : 'unstaffed'}" id="status"
      >${lines.map((line, i) => html`<span class="line">${line}${i === lines.length - 1 ? zone : nothing}</span>`)}${staffed}</span
    >`;
  }

  /** Who answers and when, in one or two lines. */
  private statusLines(status: OfficeStatus): string[] {
    if (status.open) {
      const until = status.closesAt
        ? msg(str`Te atendemos hasta las ${formatOfficeTime(status.closesAt)}`, {
            desc: 'WhatsApp status while people answer: until the closing time',
          })
        : msg('Te atendemos ahora', { desc: 'WhatsApp status while people answer, closing time unknown' });
      const after = msg('Después, asistente automático 24 h', {
        desc: 'Second status line with an assistant: it answers outside the staffed hours',
      });
      return this.assistant ? [until, after] : [until];
    }
    const when = status.nextOpening && nextOpeningText(status.nextOpening, this.at, true);
    if (this.assistant) {
      const assistant = msg('Asistente automático 24 h', { desc: 'WhatsApp status: an automated assistant answers now' });
      const people = when
        ? msg(str`Una persona te atenderá ${when}`, {
            desc: 'With the assistant on: when people answer again, e.g. "el lunes a partir de las 9:00"',
          })
        : null;
      return people ? [assistant, people] : [assistant];
    }
    return [
      when
        ? msg(str`Fuera de horario: escríbenos y te responderemos ${when}`, {
            desc: 'WhatsApp status outside the staffed hours; the argument is e.g. "el lunes a partir de las 9:00"',
          })
        : msg('Fuera de horario: escríbenos y te responderemos lo antes posible', {
            desc: 'WhatsApp status outside the staffed hours, next opening unknown',
          }),
    ];
  }

  /** With the assistant answering, the hours in which people answer: "Atención personal: lunes a viernes, 9:00–14:00 (…)". */
  private staffedHours(): string {
    const summary = this.schedule?.ok ? regularWeekText(this.schedule.hours) : '';
    // Spanish writes on in lower case after a colon ("Atención personal: lunes a viernes…").
    const week = getLocale() === 'es' ? summary.charAt(0).toLowerCase() + summary.slice(1) : summary;
    return msg(str`Atención personal: ${week}`, { desc: 'With the assistant on: the weekly hours in which people answer' });
  }

  private renderQrButton(inline: boolean) {
    const label = msg('Código QR para seguir en el móvil', { desc: 'Button that shows a QR code of the WhatsApp link' });
    return html`<button
      type="button"
      class="qr-button"
      aria-haspopup="dialog"
      aria-label=${inline ? nothing : label}
      @click=${this.openQr}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true">${qrIcon}</svg>${inline ? html`<span>${label}</span>` : nothing}
    </button>`;
  }

  private renderBubble() {
    return html`<div class="bubble" part="bubble" @keydown=${this.onBubbleKeydown}>
      <p>${this.greeting}</p>
      ${this.renderNotice()}
      <button
        type="button"
        class="close"
        aria-label=${msg('Cerrar mensaje', { desc: 'Close button of the greeting bubble' })}
        @click=${this.dismissGreeting}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true">${closeIcon}</svg>
      </button>
    </div>`;
  }

  private renderNotice() {
    const privacy = this.privacyHref;
    return html`<p class="notice">
      ${msg('La conversación continúa en WhatsApp, un servicio ajeno al Cabildo.', {
        desc: 'Privacy notice beside the WhatsApp button',
      })}
      ${privacy ? this.renderPrivacyLink(privacy) : nothing}
    </p>`;
  }

  private renderPrivacyLink(href: string, className = '') {
    return html`<a class=${className} href=${href}>${msg('Privacidad', { desc: "Link to the Cabildo's privacy page" })}</a>`;
  }

  private renderDialog(phone: E164) {
    const state = this.qrState;
    const label = msg('Código QR del enlace de WhatsApp de la oficina', { desc: 'Text alternative of the QR code' });
    return html`<dialog part="dialog" aria-labelledby="qr-title" @close=${this.onDialogClose} @click=${this.onDialogClick}>
      <header>
        <h2 id="qr-title">${msg('Continúa en tu móvil', { desc: 'Title of the QR code dialog' })}</h2>
        <button type="button" class="close" aria-label=${msg('Cerrar', { desc: 'Close the QR dialog' })} @click=${this.closeQr}>
          <svg viewBox="0 0 24 24" aria-hidden="true">${closeIcon}</svg>
        </button>
      </header>
      <p>
        ${msg(str`Escanea el código con la cámara del móvil y se abrirá WhatsApp con la oficina (${formatPhone(phone)}).`, {
          desc: 'Explains the QR code; the argument is the WhatsApp number',
        })}
      </p>
      <div class="qr">
        ${state.kind === 'ready'
          ? html`<svg viewBox="0 0 ${state.code.size} ${state.code.size}" role="img" aria-label=${label} shape-rendering="crispEdges">
              <rect width="100%" height="100%" fill="#fff" />
              <path fill="#000" d=${state.code.path} />
            </svg>`
          : state.kind === 'failed'
            ? html`<p>${msg('No se ha podido generar el código QR.', { desc: 'The QR encoder failed to load' })}</p>`
            : state.kind === 'too-long'
              ? html`<p>${qrTooLongText()}</p>`
            : html`<p>${msg('Preparando el código…', { desc: 'While the QR code is being created' })}</p>`}
      </div>
      <a class="open-here" href=${this.href} target="_blank" rel="noopener noreferrer" @click=${this.onOpen}>
        ${msg('Abrir WhatsApp en este ordenador', { desc: 'Link in the QR dialog to open WhatsApp on the computer' })}
      </a>
      ${this.renderNotice()}
    </dialog>`;
  }
}
