import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { CabildoElement } from '../../internal/cabildo-element.js';
import { heading } from '../../internal/heading.js';
import { getLocale } from '../../internal/localization.js';
import { channelLabel } from '../../internal/channel-label.js';
import { canaryTimeLabel, invalidAttributeMessage, unbreakable } from '../../internal/messages.js';
import { DEFAULT_OFFICE, OFFICES, type Office, type OfficeId } from '../../data/office.js';
import { own } from '../../core/own.js';
import { formatPhone } from '../../core/phone.js';
import { callCost, type CallCost } from '../../core/call-cost.js';
import {
  CARD_CHANNELS,
  CHANNEL_OF,
  addressLine,
  channelHref,
  mapHref,
  resolveContact,
  type CardChannel,
  type ContactFacts,
} from '../../core/contact.js';
import { buildVCard, vcardFileName } from '../../core/vcard.js';
import { governmentOfficeJsonLd, jsonLdText } from '../../core/structured-data.js';
import { weeklyOpenings } from '../../core/weekly-hours.js';
import { plainText, rangeText } from '../../core/format.js';
import { hoursErrorText, weekSummaryText } from '../../internal/hours-text.js';
import { dateText, statusState } from '../../internal/status-text.js';
import { contactCardStyles } from './contact-card.styles.js';
import { JSON_LD_POLICY, releaseJsonLd, shareJsonLd } from './json-ld.js';
import { copyText } from './clipboard.js';
import { OfficeClock } from '../../internal/office-clock.js';
import { cardHours, type CardHours, type CardHoursResult } from './office-hours.js';
import { calendarOptions, calendarProblems, calendarReady, pageCalendar } from '../../internal/page-calendar.js';


/** How long "Copiado" stays beside a copy button. */
export const COPIED_SHOWN_MS = 5000;
/** How long the live region stays empty before a copy is announced (so a repeated copy is heard again). */
export const ANNOUNCE_GAP_MS = 100;

/**
 * An e-mail or web address with line-break opportunities after "@" and before each dot, so that a narrow screen
 * breaks it between its parts ("atencion…@" / "cabildodelanzarote.com"), never in the middle of a word.
 */
const breakable = (text: string): Array<string | TemplateResult> =>
  text.split(/(?<=@)|(?=\.)/).flatMap((part, i) => (i === 0 ? [part] : [html`<wbr />`, part]));

/** What can be copied: a channel or the address. */
export type CopyTarget = CardChannel | 'address';

/** The layouts of the card. */
export type ContactCardLayout = 'full' | 'compact';

interface CopyOutcome {
  target: CopyTarget;
  /** `copied`: on the clipboard; `manual`: the clipboard refused, the text is shown selected for the citizen to copy. */
  outcome: 'copied' | 'manual';
}

/**
 * Every way to reach the citizen office: phone, WhatsApp, email and web as real links with copy buttons, the address
 * with a map link, the live open/closed status and "add to contacts" (vCard 3.0).
 *
 * @tagname cabildo-contact-card
 * @summary Contact card of the Oficina de Información y Atención Ciudadana (OIAC), in full or compact layout.
 *
 * @csspart card - The card's box.
 * @csspart name - The office's name.
 * @csspart link - Every channel link.
 * @csspart button - The copy and "add to contacts" buttons.
 *
 * @cssprop --cabildo-brand - Colour of links and buttons.
 * @cssprop --cabildo-radius - Corner radius of the card and buttons.
 * @cssprop --cabildo-font - Font family.
 *
 * @event cabildo-error - An override could not be used (`detail: { code, message }`); that channel is left out. A page
 *   calendar that cannot be read (`invalid-calendar`) leaves the hours status out.
 */
export class ContactCard extends CabildoElement {
  // This widget's English, registered on define or connect and loaded only on an English page (see registerEnglish).
  protected static override english = ['contact-card', () => import('../../generated/locales/en/contact-card.js')] as const;

  static override styles = contactCardStyles;

  // Declared without decorators, as in every element: the build then needs no helper library.
  static override properties = {
    office: { reflect: true },
    name: {},
    phone: {},
    whatsapp: {},
    email: {},
    web: {},
    address: {},
    hours: {},
    now: {},
    layout: { reflect: true },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    copyOutcome: { state: true },
    announcement: { state: true },
  };

  /** Which office: `arrecife` (default) or `la-graciosa`. */
  office: OfficeId = 'arrecife';

  /** Overrides the office's name (both languages). */
  name?: string;

  /** Overrides the phone; `""` leaves the phone out. */
  phone?: string;

  /** Overrides the WhatsApp number; `""` leaves WhatsApp out. */
  whatsapp?: string;

  /** Overrides the email address; `""` leaves email out. */
  email?: string;

  /** Overrides the web address (https); `""` leaves the web out. */
  web?: string;

  /** Overrides the address with one line of text; `""` leaves the address out. */
  address?: string;

  /** Overrides the in-person hours (documented `opening_hours` subset, Canary time). */
  hours?: string;

  /** Freezes the clock at this ISO 8601 instant (for previews and tests). */
  now?: string;

  /** `full` (default): every detail; `compact`: name, status and links only. */
  layout: ContactCardLayout = 'full';

  /** Adds schema.org `GovernmentOffice` JSON-LD for this office to the page's head (once per page). */
  structuredData = false;

  /** The level of the office's name as a heading (2–6); default 2. */
  headingLevel = 2;

  private copyOutcome: CopyOutcome | null = null;
  private announcement = '';
  private copiedTimer?: ReturnType<typeof setTimeout>;

  /** The facts shown, after overrides. */
  private facts!: ContactFacts;
  /** The card's instant: `now` when valid, else the real time; wakes the card when the status changes. */
  private readonly clock = new OfficeClock(this, () => this.officeHours?.nextChange ?? null);
  /** Hours and status at the card's instant, or the reason the hours cannot be read. */
  private hoursResult: CardHoursResult | null = null;
  /** The page calendar's problem, when it cannot be read. */
  private calendarProblem: Array<[string, string]> = [];
  private jsonLdKey: string | null = null;

  /** The office whose defaults apply: an unknown `office` falls back to Arrecife (and is reported). */
  private get baseOffice(): Office {
    return own(OFFICES, this.office) ?? DEFAULT_OFFICE;
  }

  /** The vCard 3.0 text that "Añadir a contactos" downloads. */
  get vcard(): string {
    const facts = this.facts ?? this.resolveFacts();
    return buildVCard({
      name: facts.name,
      phone: facts.phone,
      whatsapp: facts.whatsapp,
      email: facts.email,
      web: facts.web,
      address: facts.address,
      note: this.officeHours && plainText(weekSummaryText(this.officeHours.week)),
    });
  }

  private resolveFacts(): ContactFacts {
    return resolveContact(this.baseOffice, getLocale(), {
      name: this.name,
      phone: this.phone,
      whatsapp: this.whatsapp,
      email: this.email,
      web: this.web,
      address: this.address,
    });
  }

  /** On a page with a calendar block, a render waits for the block's parser (internal/page-calendar.ts). */
  protected override renderWaits(): Array<Promise<unknown> | undefined> {
    return [calendarReady()];
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // Recomputed on every update: the name follows the page's language.
    this.facts = this.resolveFacts();
    const problems: Array<[code: string, attribute: string, value: string]> = this.facts.invalid.map(({ field, value }) => [
      `invalid-${field}`,
      field,
      value,
    ]);
    if (!own(OFFICES, this.office)) problems.push(['invalid-office', 'office', String(this.office)]);
    // An invalid `now` is reported by the clock, which then runs on real time.
    // The page's holiday calendar, shared by every widget; when it cannot be read, no hours status (as with bad hours).
    const calendar = pageCalendar();
    const options = calendarOptions(calendar);
    this.calendarProblem = calendarProblems(calendar);
    this.hoursResult = options ? cardHours(this.hoursText, this.clock.now(), options) : null;
    if (this.hoursResult && !this.hoursResult.ok) problems.push(['invalid-hours', 'hours', this.hoursText]);
    if (this.layout !== 'full' && this.layout !== 'compact') problems.push(['invalid-layout', 'layout', String(this.layout)]);
    this.report(problems);
    if (changed.has('office') || CARD_CHANNELS.some((c) => changed.has(c)) || changed.has('address')) this.copyOutcome = null;
  }

  /** The in-person hours: the `hours` attribute, else the office's. */
  private get hoursText(): string {
    return this.hours ?? this.baseOffice.hours;
  }


  /** The hours when they could be read. */
  private get officeHours(): CardHours | null {
    return this.hoursResult?.ok ? this.hoursResult.hours : null;
  }

  /** Reports each problem once while it lasts, again if it comes back. */
  private report(problems: Array<[string, string, string]>): void {
    this.reportProblems([
      ...problems.map(([code, attribute, value]): [string, string] => [code, invalidAttributeMessage(attribute, value)]),
      ...this.calendarProblem,
    ]);
  }

  override updated(): void {
    this.syncStructuredData();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.syncStructuredData();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.copiedTimer);
    if (this.jsonLdKey) releaseJsonLd(this.jsonLdKey, this);
    this.jsonLdKey = null;
  }

  private syncStructuredData(): void {
    const text = this.structuredData && this.isConnected ? this.structuredDataText() : null;
    if (text === this.jsonLdKey) return;
    if (this.jsonLdKey) releaseJsonLd(this.jsonLdKey, this);
    // Set before sharing: a block the page refuses is reported once, not retried on every render.
    this.jsonLdKey = text;
    if (!text) return;
    try {
      shareJsonLd(text, this);
    } catch {
      this.reportError(
        'structured-data-blocked',
        msg(str`La política de seguridad (CSP) de la página no permite añadir los datos estructurados: añade ${JSON_LD_POLICY} a la lista «trusted-types».`, {
          desc: 'Error for web editors: the page CSP refuses the Trusted Types policy of the JSON-LD block',
        }),
      );
    }
  }

  /** The JSON-LD text for this card's office. */
  private structuredDataText(): string {
    const hours = this.officeHours;
    return jsonLdText(governmentOfficeJsonLd(this.facts, hours ? weeklyOpenings(hours.week) : [], hours?.closures ?? []));
  }

  override render(): TemplateResult {
    const compact = this.layout === 'compact';
    return html`
      <div class="card ${compact ? 'compact' : 'full'}" part="card">
        ${heading(this.headingLevel, 'name', this.facts.name, 'name')}
        ${this.renderStatus(compact)}
        ${compact ? this.renderCompactChannels() : this.renderChannels()}
        ${compact ? nothing : this.renderAddContact()} ${this.renderProblems()}
        <p class="visually-hidden" role="status">${this.announcement}</p>
      </div>
    `;
  }

  /** The live status (the badge's text) and, in full layout, the time at the office. */
  private renderStatus(compact: boolean): TemplateResult | typeof nothing {
    const hours = this.officeHours;
    if (!hours) return nothing;
    const state = statusState(hours);
    return html`
      <p class="status ${state}" part="status"><span class="status-icon" aria-hidden="true"></span>${hours.statusText}</p>
      ${compact
        ? nothing
        : html`<p class="note clock">
            ${msg(str`Hora actual en la oficina: ${hours.clockText}`, {
              desc: 'Contact card: the time now at the office; "hora de Canarias" follows in brackets',
            })}
            (${canaryTimeLabel()})
          </p>`}
      ${hours.holidaysUnknown
        ? html`<p class="note warn">
            ${msg('Aún no constan los festivos de este año: confirma antes de ir un día señalado.', {
              desc: 'Contact card: the public holidays of the year are not known yet',
            })}
          </p>`
        : nothing}
    `;
  }

  /** The in-person hours and the next closures, under the address. */
  private renderHours(): TemplateResult | typeof nothing {
    const hours = this.officeHours;
    if (!hours) return nothing;
    // Noon UTC of an office date is the same date in Canary time.
    const day = (iso: string) => dateText(new Date(`${iso}T12:00:00Z`));
    return html`
      <p class="hours">
        <span class="label">${msg('Atención presencial:', { desc: 'Contact card: label before the in-person hours' })}</span>
        ${weekSummaryText(hours.week)}
      </p>
      ${hours.closures.length > 0
        ? html`<div class="closures">
            <p class="label">${msg('Próximos cierres:', { desc: 'Contact card: heading of the list of coming closed days' })}</p>
            <ul>
              ${hours.closures.map(
                ({ from, through, name }) =>
                  html`<li>
                    ${from === through ? day(from) : rangeText(day(from), day(through))}${name ? html` (${name})` : nothing}
                  </li>`,
              )}
            </ul>
          </div>`
        : nothing}
    `;
  }

  private channelLabel(target: CopyTarget): string {
    return target === 'address'
      ? msg('Dirección', { desc: 'Contact card: the postal address of the office' })
      : channelLabel(CHANNEL_OF[target]);
  }

  /** The text a channel shows (and copies). */
  private channelText(channel: CardChannel): string | null {
    const { facts } = this;
    switch (channel) {
      case 'phone':
        return facts.phone && formatPhone(facts.phone);
      case 'whatsapp':
        return facts.whatsapp && formatPhone(facts.whatsapp);
      case 'email':
        return facts.email;
      case 'web':
        return facts.web && facts.web.replace(/^https?:\/\//, '').replace(/\/$/, '');
    }
  }

  private renderChannels(): TemplateResult {
    const { facts } = this;
    return html`
      <dl class="channels">
        ${CARD_CHANNELS.map((channel) => {
          const href = channelHref(facts, channel);
          const text = this.channelText(channel);
          if (!href || !text) return nothing;
          return html`
            <div class="channel" data-channel=${channel}>
              <dt><span class="label">${this.channelLabel(channel)}</span> ${this.renderCopy(channel, channel === 'web' ? href : text)}</dt>
              <dd>
                <a part="link" href=${href} class="value">${breakable(text)}</a>
                ${this.renderNotes(channel)} ${this.renderManualCopy(channel, channel === 'web' ? href : text)}
              </dd>
            </div>
          `;
        })}
        ${facts.address ? this.renderAddress() : nothing}
      </dl>
      ${facts.whatsapp || facts.email
        ? html`<p class="note response-time">
            ${msg('La oficina no ha publicado un plazo de respuesta a los mensajes.', {
              desc: 'Contact card: honest note, shown once, that no response time is known for WhatsApp or e-mail',
            })}
          </p>`
        : nothing}
    `;
  }

  private renderAddress(): TemplateResult {
    const address = this.facts.address!;
    const line = addressLine(address);
    return html`
      <div class="channel" data-channel="address">
        <dt><span class="label">${this.channelLabel('address')}</span> ${this.renderCopy('address', line)}</dt>
        <dd>
          <address class="value">${line}</address>
          <a class="map" part="link" href=${mapHref(address)}
            >${msg('Ver en el mapa', { desc: 'Link to the address on OpenStreetMap' })}<span class="visually-hidden">
              (OpenStreetMap)</span
            ></a
          >
          ${this.renderManualCopy('address', line)} ${this.renderHours()}
        </dd>
      </div>
    `;
  }

  private renderNotes(channel: CardChannel): TemplateResult | typeof nothing {
    const { facts } = this;
    switch (channel) {
      case 'phone':
        return html`<p class="note">
          ${this.callCostText(callCost(facts.phone!))}
          ${facts.phone!.startsWith('+34')
            ? msg(str`Desde fuera de España: ${unbreakable(`+34 ${formatPhone(facts.phone!)}`)}.`, {
                desc: 'Contact card: the phone number to dial from abroad',
              })
            : nothing}
        </p>`;
      case 'whatsapp':
        return html`<p class="note">
          ${msg('Mensajes y llamadas por la aplicación WhatsApp (usa tu conexión de datos).', {
            desc: 'Contact card: what the WhatsApp line offers and costs',
          })}
        </p>`;
      case 'email':
      case 'web':
        return nothing;
    }
  }

  private callCostText(cost: CallCost): string {
    switch (cost) {
      case 'landline':
        return msg('Número fijo: se cobra como una llamada nacional normal, según tu tarifa. No es un número de tarificación especial.', {
          desc: 'Call cost of a Spanish geographic number',
        });
      case 'mobile':
        return msg('Número móvil: se cobra como una llamada a un móvil, según tu tarifa.', { desc: 'Call cost of a Spanish mobile number' });
      case 'free':
        return msg('Llamada gratuita.', { desc: 'Call cost of a Spanish freephone number (800/900)' });
      case 'shared':
        return msg('Número de tarificación especial: puede costar más que una llamada normal y no suele entrar en las tarifas planas.', {
          desc: 'Call cost of a Spanish 901/902 number',
        });
      case 'premium':
        return msg('Número de tarificación adicional: la llamada tiene un coste añadido.', {
          desc: 'Call cost of a Spanish premium-rate number',
        });
      case 'international':
        return msg('Número internacional: tu operador puede cobrarte la tarifa internacional.', {
          desc: 'Call cost of a number outside Spain',
        });
      case 'unknown':
        return msg('Consulta el coste de la llamada con tu operador.', { desc: 'Call cost not known' });
    }
  }

  private renderCopy(target: CopyTarget, text: string): TemplateResult {
    const label = this.channelLabel(target);
    const done = this.copyOutcome?.target === target && this.copyOutcome.outcome === 'copied';
    return html`
      <button part="button" type="button" class="copy" @click=${() => this.copy(target, text)}>
        ${msg('Copiar', { desc: 'Copy button' })}<span class="visually-hidden"> ${label}</span>
      </button>
      <span class="copied" aria-hidden="true">${done ? msg('Copiado', { desc: 'Shown next to a copy button after copying' }) : ''}</span>
    `;
  }

  /** When the clipboard refuses, the text is shown selected in a read-only field for the citizen to copy. */
  private renderManualCopy(target: CopyTarget, text: string): TemplateResult | typeof nothing {
    if (this.copyOutcome?.target !== target || this.copyOutcome.outcome !== 'manual') return nothing;
    const id = `manual-${target}`;
    return html`
      <div class="manual">
        <label for=${id}>${msg('No se ha podido copiar automáticamente. Cópialo desde aquí (Ctrl+C, ⌘C o manteniendo pulsado):', {
          desc: 'Shown when the clipboard is unavailable; a field with the selected text follows',
        })}</label>
        <input id=${id} class="manual-text" readonly .value=${text} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />
      </div>
    `;
  }

  private async copy(target: CopyTarget, text: string): Promise<void> {
    const label = this.channelLabel(target);
    const copied = await copyText(text);
    this.copyOutcome = { target, outcome: copied ? 'copied' : 'manual' };
    // "Copiado" goes after a while, as GitHub's copy buttons do; a second copy is announced again (the live region is
    // emptied first: the same text set twice would not be read twice).
    clearTimeout(this.copiedTimer);
    if (copied) {
      this.copiedTimer = setTimeout(() => {
        if (this.copyOutcome?.target === target && this.copyOutcome.outcome === 'copied') this.copyOutcome = null;
      }, COPIED_SHOWN_MS);
    }
    this.announcement = '';
    await this.updateComplete;
    if (!copied) {
      const input = this.renderRoot.querySelector<HTMLInputElement>(`#manual-${target}`);
      input?.focus();
      input?.select();
    }
    // A moment with the region empty, so that screen readers take the same words as new.
    await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_GAP_MS));
    this.announcement = copied
      ? msg(str`${label}: copiado (${text}).`, { desc: 'Screen-reader confirmation after copying; args: channel label, text' })
      : msg(str`${label}: no se ha podido copiar. El texto está seleccionado para copiarlo a mano.`, {
          desc: 'Screen-reader message when the clipboard refused; arg: channel label',
        });
  }

  private renderCompactChannels(): TemplateResult {
    const { facts } = this;
    return html`
      <ul class="links">
        ${CARD_CHANNELS.map((channel) => {
          const href = channelHref(facts, channel);
          const text = this.channelText(channel);
          if (!href || !text) return nothing;
          const copied = channel === 'web' ? href : text;
          return html`<li data-channel=${channel}>
            <span class="label">${this.channelLabel(channel)}</span> <a part="link" href=${href}>${breakable(text)}</a>
            ${this.renderCopy(channel, copied)} ${this.renderManualCopy(channel, copied)}
          </li>`;
        })}
        ${facts.address
          ? html`<li data-channel="address">
              <span class="label">${this.channelLabel('address')}</span>
              <a part="link" href=${mapHref(facts.address)}
                >${addressLine(facts.address)}<span class="visually-hidden">
                  (${msg('ver en el mapa de OpenStreetMap', { desc: 'Hidden suffix of the compact address link' })})</span
                ></a
              >
            </li>`
          : nothing}
      </ul>
    `;
  }

  private renderAddContact(): TemplateResult {
    return html`
      <p class="add-contact">
        <button part="button" type="button" class="add" @click=${this.downloadVCard}>
          ${msg('Añadir a contactos', { desc: 'Button that downloads a vCard of the office' })}
        </button>
        <span class="note">${msg('Descarga una ficha de contacto (vCard) para tu agenda.', { desc: 'Explains the add-to-contacts button' })}</span>
      </p>
    `;
  }

  /** The vCard's file name in the page's language. */
  get vcardFileName(): string {
    const facts = this.facts ?? this.resolveFacts();
    return vcardFileName(msg('contacto', { desc: 'First word of the downloaded vCard file name (lower case, no accents)' }), facts.name);
  }

  private downloadVCard = (): void => {
    const fileName = this.vcardFileName;
    const url = URL.createObjectURL(new Blob([this.vcard], { type: 'text/vcard;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    // The browser has taken the file by now; a later revoke keeps Safari from cancelling the download.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.announcement = msg(str`Se ha descargado ${fileName}. Ábrelo para añadir la oficina a tus contactos.`, {
      desc: 'Screen-reader confirmation after the vCard download; arg: file name',
    });
  };

  private renderProblems(): TemplateResult | typeof nothing {
    const problems: Array<[string, string]> = this.facts.invalid.map(({ field, value }) => [field, value]);
    const hoursError = this.hoursResult && !this.hoursResult.ok ? this.hoursResult.error : null;
    if (hoursError) problems.push(['hours', this.hoursText]);
    if (this.clock.invalidNow) problems.push(['now', this.clock.invalidNow]);
    if (problems.length === 0 && this.calendarProblem.length === 0) return nothing;
    return html`<ul class="problems">
      ${problems.map(
        ([field, value]) =>
          html`<li>${invalidAttributeMessage(field, value)}${field === 'hours' && hoursError ? ` (${hoursErrorText(hoursError)})` : ''}</li>`,
      )}${this.calendarProblem.map(([, message]) => html`<li>${message}</li>`)}
    </ul>`;
  }
}
