import { expect, fixture, html } from '@open-wc/testing';
import { setLocale, type ContactCard } from '../src/index.js';
import { COPIED_SHOWN_MS } from '../src/components/contact-card/contact-card.component.js';
import { silenceConsole } from './support/console.js';
import { text } from './support/text.js';
import { until } from './support/until.js';

/** After a copy: waits until the live region says something (it is emptied first, then filled after a pause). */
async function announced(el: ContactCard): Promise<void> {
  const status = el.shadowRoot!.querySelector('[role="status"]')!;
  await until(() => text(status) !== '', 'the copy was never announced');
  await el.updateComplete;
}
import { ARRECIFE, LA_GRACIOSA } from '../src/data/office.js';

// A frozen instant for every card: Wednesday 2 December 2026, 10:00 Canary time (open).
const NOW = '2026-12-02T10:00:00Z';

async function card(template = html`<cabildo-contact-card now=${NOW}></cabildo-contact-card>`): Promise<ContactCard> {
  const el = await fixture<ContactCard>(template);
  await el.updateComplete;
  return el;
}

const $ = (el: ContactCard, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: ContactCard, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const channelLink = (el: ContactCard, channel: string) =>
  $(el, `[data-channel="${channel}"] a`) as HTMLAnchorElement | null;

/** Undoes vCard line folding (CRLF + space). */
const unfold = (vcard: string) => vcard.replace(/\r\n /g, '');

async function inLocale(locale: 'es' | 'en'): Promise<void> {
  document.documentElement.lang = locale;
  await setLocale(locale);
}

const silenceWarnings = () => silenceConsole('warn').restore;

/** Replaces navigator.clipboard for one test. */
function stubClipboard(value: Partial<Clipboard> | undefined): () => void {
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
  return () => delete (navigator as unknown as Record<string, unknown>).clipboard;
}

afterEach(async () => {
  await inLocale('es');
});

describe('<cabildo-contact-card> channels', () => {
  it('shows the Arrecife office by default, with every channel as a real link in a fixed order', async () => {
    const el = await card();
    expect(text($(el, 'h2.name'))).to.equal(ARRECIFE.name.es);
    expect($$(el, '.channel').map((c) => c.dataset.channel)).to.deep.equal(['phone', 'whatsapp', 'email', 'web', 'address']);
    expect(channelLink(el, 'phone')!.href).to.equal('tel:+34928810100');
    expect(text(channelLink(el, 'phone'))).to.equal('928 81 01 00');
    expect(channelLink(el, 'whatsapp')!.href).to.equal('https://wa.me/34628538449');
    expect(text(channelLink(el, 'whatsapp'))).to.equal('628 53 84 49');
    expect(channelLink(el, 'email')!.href).to.equal(`mailto:${ARRECIFE.email}`);
    expect(channelLink(el, 'web')!.href).to.equal('https://www.cabildodelanzarote.com/');
    expect(text(channelLink(el, 'web'))).to.equal('www.cabildodelanzarote.com');
    const map = channelLink(el, 'address')!;
    expect(map.href.startsWith('https://www.openstreetmap.org/search?query=')).to.be.true;
    expect(text($(el, '[data-channel="address"] .value'))).to.equal('Avenida Fred Olsen, s/n, 35500 Arrecife');
  });

  it('shows the La Graciosa office with its own name and address and working links', async () => {
    const el = await card(html`<cabildo-contact-card office="la-graciosa" now=${NOW}></cabildo-contact-card>`);
    expect(text($(el, 'h2.name'))).to.equal(LA_GRACIOSA.name.es);
    expect(channelLink(el, 'phone')!.href).to.equal('tel:+34928810100');
    expect(channelLink(el, 'whatsapp')!.href).to.equal('https://wa.me/34628538449');
    expect(text($(el, '[data-channel="address"] .value'))).to.equal('35540 Caleta de Sebo');
    expect(decodeURIComponent(channelLink(el, 'address')!.href)).to.contain('La Graciosa');
  });

  it('says what a call costs and marks unknown response times honestly', async () => {
    const el = await card();
    expect(text($(el, '[data-channel="phone"] .note'))).to.contain('llamada nacional normal');
    expect(text($(el, '[data-channel="phone"] .note'))).to.contain('Desde fuera de España: +34 928 81 01 00.');
    const responseTime = $$(el, '.note').filter((note) => text(note).includes('no ha publicado un plazo de respuesta'));
    expect(responseTime, 'said once, for WhatsApp and e-mail alike').to.have.length(1);
    const premium = await card(html`<cabildo-contact-card phone="902 123 456" now=${NOW}></cabildo-contact-card>`);
    expect(text($(premium, '[data-channel="phone"] .note'))).to.contain('tarificación especial');
  });

  it('loads no map and requests nothing from third parties: the address is a plain link', async () => {
    const el = await card();
    expect($$(el, 'iframe, img, object, embed')).to.have.length(0);
    const thirdParty = performance
      .getEntriesByType('resource')
      .filter((r) => !r.name.startsWith(location.origin) && !r.name.startsWith('data:'));
    expect(thirdParty.map((r) => r.name)).to.deep.equal([]);
  });

  it('takes every fact from attributes, normalised', async () => {
    const el = await card(html`<cabildo-contact-card
      name="Oficina de Tías"
      phone="928 83 38 19"
      whatsapp="0034 600 11 22 33"
      email="info@tias.example"
      web="https://tias.example/oac"
      address="Calle Libertad 50, 35572 Tías"
      now=${NOW}
    ></cabildo-contact-card>`);
    expect(text($(el, 'h2.name'))).to.equal('Oficina de Tías');
    expect(channelLink(el, 'phone')!.href).to.equal('tel:+34928833819');
    expect(channelLink(el, 'whatsapp')!.href).to.equal('https://wa.me/34600112233');
    expect(channelLink(el, 'email')!.href).to.equal('mailto:info@tias.example');
    expect(channelLink(el, 'web')!.href).to.equal('https://tias.example/oac');
    expect(text($(el, '[data-channel="address"] .value'))).to.equal('Calle Libertad 50, 35572 Tías');
    expect(decodeURIComponent(channelLink(el, 'address')!.href)).to.contain('Calle Libertad 50, 35572 Tías');
  });

  it('follows attribute changes after it is on the page', async () => {
    const el = await card();
    el.setAttribute('phone', '928 00 00 00');
    el.setAttribute('office', 'la-graciosa');
    await el.updateComplete;
    expect(channelLink(el, 'phone')!.href).to.equal('tel:+34928000000');
    expect(text($(el, 'h2.name'))).to.equal(LA_GRACIOSA.name.es);
  });

  it('leaves a channel out when its attribute is empty, without an error', async () => {
    const errors: string[] = [];
    const el = await fixture<ContactCard>(html`<cabildo-contact-card
      whatsapp=""
      web=""
      @cabildo-error=${(e: CustomEvent) => errors.push(e.detail.code)}
    ></cabildo-contact-card>`);
    expect($$(el, '.channel').map((c) => c.dataset.channel)).to.deep.equal(['phone', 'email', 'address']);
    expect(errors).to.deep.equal([]);
  });

  it('leaves out each invalid override with a visible message and one cabildo-error each, never a broken link', async () => {
    const restore = silenceWarnings();
    const errors: Array<{ code: string; message: string }> = [];
    const listener = (e: CustomEvent) => errors.push(e.detail);
    document.addEventListener('cabildo-error', listener);
    try {
      const el = await card(html`<cabildo-contact-card
        phone="928 81 01 0x"
        whatsapp="12345"
        email="no es un correo"
        web="javascript:alert(1)"
        now=${NOW}
      ></cabildo-contact-card>`);
      expect($$(el, '.channel').map((c) => c.dataset.channel)).to.deep.equal(['address']);
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-phone', 'invalid-whatsapp', 'invalid-email', 'invalid-web']);
      expect(errors[0].message).to.contain('928 81 01 0x');
      for (const a of $$(el, 'a') as HTMLAnchorElement[]) expect(a.href).to.match(/^https:\/\/www\.openstreetmap\.org\//);
      expect(text($(el, '.problems'))).to.contain('"javascript:alert(1)"');
      // A re-render (e.g. a language change) does not report the same problems again.
      el.requestUpdate();
      await el.updateComplete;
      expect(errors).to.have.length(4);
      // Fixing one brings its channel back.
      el.setAttribute('email', 'ok@example.org');
      await el.updateComplete;
      expect(channelLink(el, 'email')!.href).to.equal('mailto:ok@example.org');
      expect(errors).to.have.length(4);
    } finally {
      document.removeEventListener('cabildo-error', listener);
      restore();
    }
  });

  it('reports an unknown office and shows the Arrecife office instead', async () => {
    const restore = silenceWarnings();
    const errors: string[] = [];
    try {
      const el = await fixture<ContactCard>(html`<cabildo-contact-card
        office="tinajo"
        @cabildo-error=${(e: CustomEvent) => errors.push(e.detail.code)}
      ></cabildo-contact-card>`);
      expect(errors).to.deep.equal(['invalid-office']);
      expect(text($(el, 'h2.name'))).to.equal(ARRECIFE.name.es);
    } finally {
      restore();
    }
  });

  // Names of Object.prototype members must not be read as offices (own-property lookups).
  for (const office of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
    it(`reports office="${office}" and shows the Arrecife office, without throwing`, async () => {
      const restore = silenceWarnings();
      const errors: Array<{ code: string; message: string }> = [];
      const thrown: unknown[] = [];
      const onError = (e: ErrorEvent) => thrown.push(e.error);
      window.addEventListener('error', onError);
      try {
        const el = await fixture<ContactCard>(html`<cabildo-contact-card
          office=${office}
          now=${NOW}
          @cabildo-error=${(e: CustomEvent) => errors.push(e.detail)}
        ></cabildo-contact-card>`);
        expect(errors.map((e) => e.code)).to.deep.equal(['invalid-office']);
        expect(errors[0].message).to.contain(office);
        expect(text($(el, 'h2.name'))).to.equal(ARRECIFE.name.es);
        expect(channelLink(el, 'phone')!.getAttribute('href')).to.equal('tel:+34928810100');
        expect(el.vcard).to.contain('TEL');
        expect(thrown).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
        restore();
      }
    });
  }

  it('reports a `now` that is not a date, and keeps every channel', async () => {
    const restore = silenceWarnings();
    const errors: string[] = [];
    try {
      const el = await fixture<ContactCard>(html`<cabildo-contact-card
        now="mañana"
        @cabildo-error=${(e: CustomEvent) => errors.push(e.detail.code)}
      ></cabildo-contact-card>`);
      expect(errors).to.deep.equal(['invalid-now']);
      expect($$(el, '.channel')).to.have.length(5);
      expect(text($(el, '.problems'))).to.contain('"mañana"');
    } finally {
      restore();
    }
  });

  it('speaks English on an English page', async () => {
    await inLocale('en');
    const el = await card();
    expect(text($(el, 'h2.name'))).to.equal(ARRECIFE.name.en);
    expect(text($(el, '[data-channel="phone"] dt .label'))).to.equal('Phone');
    expect(text($(el, '.add'))).to.equal('Add to contacts');
  });

  it('compact layout: one line per channel, a link and its copy button', async () => {
    const el = await card(html`<cabildo-contact-card layout="compact" now=${NOW}></cabildo-contact-card>`);
    expect($$(el, 'li').map((c) => c.dataset.channel)).to.deep.equal(['phone', 'whatsapp', 'email', 'web', 'address']);
    expect(channelLink(el, 'phone')!.href).to.equal('tel:+34928810100');
    expect($$(el, 'button.copy')).to.have.length(4);
  });

  it('fits a 320 px wide screen without scrolling sideways, in both layouts', async () => {
    for (const layout of ['full', 'compact']) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px"><cabildo-contact-card layout=${layout} now=${NOW}></cabildo-contact-card></div>`,
      );
      const el = wrapper.firstElementChild as ContactCard;
      await el.updateComplete;
      const box = $(el, '.card')!;
      expect(box.scrollWidth, layout).to.be.at.most(box.clientWidth);
      expect(el.getBoundingClientRect().width, layout).to.be.at.most(320);
    }
  });

  it('uses the heading level the page asks for', async () => {
    const el = await card(html`<cabildo-contact-card heading-level="3" now=${NOW}></cabildo-contact-card>`);
    expect($(el, '.name')!.localName, 'a real heading at the level the page asks for').to.equal('h3');
  });
});

describe('<cabildo-contact-card> copy buttons', () => {
  it('copies the phone with the Clipboard API and confirms it in words, also to screen readers', async () => {
    const written: string[] = [];
    const restore = stubClipboard({ writeText: async (t: string) => void written.push(t) });
    try {
      const el = await card();
      const button = $(el, '[data-channel="phone"] button.copy')!;
      expect(text(button)).to.equal('Copiar Teléfono');
      button.click();
      await announced(el);
      expect(written).to.deep.equal(['928 81 01 00']);
      expect(text($(el, '[data-channel="phone"] .copied'))).to.equal('Copiado');
      expect(text($(el, '[role="status"]'))).to.equal('Teléfono: copiado (928 81 01 00).');
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('announces a second copy again, and takes "Copiado" away after a while', async () => {
    const restore = stubClipboard({ writeText: async () => undefined });
    const realSetTimeout = window.setTimeout;
    const later: Array<() => void> = [];
    window.setTimeout = ((fn: () => void, ms?: number) =>
      ms === COPIED_SHOWN_MS ? (later.push(fn), 0) : realSetTimeout(fn, ms)) as typeof window.setTimeout;
    try {
      const el = await card();
      const status = $(el, '[role="status"]')!;
      const heard: string[] = [];
      new MutationObserver(() => heard.push(text(status))).observe(status, { childList: true, subtree: true, characterData: true });
      const said = () => heard.filter((h) => h === 'Teléfono: copiado (928 81 01 00).').length;
      for (let n = 1; n <= 2; n++) {
        $(el, '[data-channel="phone"] button.copy')!.click();
        await until(() => said() === n, `copy ${n} was not announced`);
      }
      expect(said(), 'announced twice').to.equal(2);
      expect(text($(el, '[data-channel="phone"] .copied'))).to.equal('Copiado');
      later.at(-1)!();
      await el.updateComplete;
      expect(text($(el, '[data-channel="phone"] .copied'))).to.equal('');
    } finally {
      window.setTimeout = realSetTimeout;
      restore();
    }
  });

  it('offers a copy button for every channel in the compact layout too', async () => {
    const written: string[] = [];
    const restore = stubClipboard({ writeText: async (t: string) => void written.push(t) });
    try {
      const el = await card(html`<cabildo-contact-card layout="compact" now=${NOW}></cabildo-contact-card>`);
      const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.links button.copy')];
      expect(buttons.map((b) => text(b))).to.deep.equal(['Copiar Teléfono', 'Copiar WhatsApp', 'Copiar Correo electrónico', 'Copiar Web']);
      buttons[0].click();
      await until(() => written.length > 0, 'nothing was copied');
      expect(written).to.deep.equal(['928 81 01 00']);
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('copies the full web address and the address line', async () => {
    const written: string[] = [];
    const restore = stubClipboard({ writeText: async (t: string) => void written.push(t) });
    try {
      const el = await card();
      $(el, '[data-channel="web"] button.copy')!.click();
      await until(() => written.length === 1, 'the web address was not copied');
      $(el, '[data-channel="address"] button.copy')!.click();
      await until(() => written.length === 2, 'the address was not copied');
      expect(written).to.deep.equal(['https://www.cabildodelanzarote.com/', 'Avenida Fred Olsen, s/n, 35500 Arrecife']);
    } finally {
      restore();
    }
  });

  it('when the browser denies the clipboard, shows the text selected in a field and says so', async () => {
    const restore = stubClipboard({
      writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
    });
    try {
      const el = await card();
      $(el, '[data-channel="email"] button.copy')!.click();
      await announced(el);
      const field = $(el, '[data-channel="email"] input.manual-text') as HTMLInputElement;
      expect(field.value).to.equal(ARRECIFE.email);
      expect(field.readOnly).to.be.true;
      expect(el.shadowRoot!.activeElement === field, 'the field has focus').to.be.true;
      expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, ARRECIFE.email.length]);
      expect(text($(el, '[role="status"]'))).to.contain('no se ha podido copiar');
      expect(text($(el, '[data-channel="email"] .copied'))).to.equal('');
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('when there is no Clipboard API at all (insecure page), falls back the same way', async () => {
    const restore = stubClipboard(undefined);
    try {
      await inLocale('en');
      const el = await card();
      $(el, '[data-channel="phone"] button.copy')!.click();
      await announced(el);
      expect(($(el, '[data-channel="phone"] input.manual-text') as HTMLInputElement).value).to.equal('928 81 01 00');
      expect(text($(el, '[role="status"]'))).to.equal('Phone: could not be copied. The text is selected for you to copy it by hand.');
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });
});

describe('<cabildo-contact-card> add to contacts', () => {
  function captureDownload(): { files: Array<{ name: string; blob: Blob }>; restore: () => void } {
    const files: Array<{ name: string; blob: Blob }> = [];
    const blobs = new Map<string, Blob>();
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      files.push({ name: this.download, blob: blobs.get(this.getAttribute('href')!)! });
    };
    return {
      files,
      restore: () => {
        URL.createObjectURL = create;
        HTMLAnchorElement.prototype.click = click;
      },
    };
  }

  it('downloads the office as a vCard 3.0 file named in Spanish', async () => {
    const download = captureDownload();
    try {
      const el = await card();
      $(el, 'button.add')!.click();
      expect(download.files).to.have.length(1);
      const [file] = download.files;
      expect(file.name).to.equal('contacto-oficina-de-informacion-y-atencion-ciudadana-oiac-cabildo-de-lanzarote.vcf');
      expect(file.blob.type).to.equal('text/vcard;charset=utf-8');
      const folded = await file.blob.text();
      expect(folded).to.equal(el.vcard);
      const vcard = unfold(folded);
      expect(vcard).to.contain('VERSION:3.0\r\n');
      expect(vcard).to.contain('TEL;TYPE=WORK,VOICE:+34928810100\r\n');
      expect(vcard).to.contain('TEL;TYPE=CELL:+34628538449\r\n');
      expect(vcard).to.contain(`EMAIL;TYPE=INTERNET,WORK:${ARRECIFE.email}\r\n`);
      expect(vcard).to.contain('ADR;TYPE=WORK:;;Avenida Fred Olsen\\, s/n;Arrecife;Lanzarote\\, Las Palmas;35500;ES\r\n');
      expect(vcard).to.contain('NOTE:Lunes a viernes\\, 9:00–14:00 (hora de Canarias)\r\n');
      expect(text($(el, '[role="status"]'))).to.contain('Se ha descargado contacto-oficina');
    } finally {
      download.restore();
    }
  });

  it('names the file in English on an English page, and leaves out invalid channels', async () => {
    const restore = silenceWarnings();
    const download = captureDownload();
    try {
      await inLocale('en');
      const el = await card(html`<cabildo-contact-card office="la-graciosa" whatsapp="nope" now=${NOW}></cabildo-contact-card>`);
      $(el, 'button.add')!.click();
      expect(download.files[0].name).to.equal('contact-la-graciosa-citizen-services-office-cabildo-de-lanzarote-and-government.vcf');
      const vcard = unfold(await download.files[0].blob.text());
      expect(vcard).not.to.contain('TYPE=CELL');
      expect(vcard).to.contain(`FN:${LA_GRACIOSA.name.en}\r\n`);
    } finally {
      download.restore();
      restore();
    }
  });
});

describe('<cabildo-contact-card> structured data', () => {
  const blocks = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];

  it('adds nothing to the head without the attribute', async () => {
    await card();
    expect(blocks()).to.have.length(0);
  });

  it('adds one GovernmentOffice data block for two cards of the same office, and removes it with the last card', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <cabildo-contact-card structured-data now=${NOW}></cabildo-contact-card>
      <cabildo-contact-card structured-data layout="compact" now=${NOW}></cabildo-contact-card>
    </div>`);
    const cards = [...wrapper.querySelectorAll('cabildo-contact-card')];
    await Promise.all(cards.map((c) => c.updateComplete));
    expect(blocks()).to.have.length(1);
    const data = JSON.parse(blocks()[0].textContent!);
    expect(data['@type']).to.equal('GovernmentOffice');
    expect(data.name).to.equal(ARRECIFE.name.es);
    expect(data.telephone).to.equal('+34928810100');
    expect(data.openingHoursSpecification).to.deep.include({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((d) => `https://schema.org/${d}`),
      opens: '09:00',
      closes: '14:00',
    });
    // The holiday of 8 December is within the next 30 days: closed that day.
    expect(data.specialOpeningHoursSpecification[0]).to.deep.include({ validFrom: '2026-12-08', validThrough: '2026-12-08', opens: '00:00', closes: '00:00' });
    cards[0].remove();
    expect(blocks()).to.have.length(1);
    cards[1].remove();
    expect(blocks()).to.have.length(0);
  });

  it('writes the block through a Trusted Types policy that takes only JSON, or as plain text where the policy cannot be made', async () => {
    // (A page that enforces Trusted Types and refuses the policy is checked by npm run check:csp: the card reports
    // structured-data-blocked there.)
    const scope = globalThis as unknown as Record<symbol | string, unknown>;
    const key = Symbol.for('cabildo.json-ld-policy');
    const saved = scope[key];
    const created: string[] = [];
    const refuse = (name: string) => {
      created.push(name);
      throw new TypeError(`Policy ${name} disallowed.`);
    };
    Object.defineProperty(window, 'trustedTypes', { configurable: true, value: { createPolicy: refuse } });
    delete scope[key];
    const errors: string[] = [];
    try {
      const el = document.createElement('cabildo-contact-card');
      el.addEventListener('cabildo-error', (e) => errors.push(e.detail.code));
      el.setAttribute('structured-data', '');
      el.setAttribute('now', NOW);
      document.body.append(el);
      await el.updateComplete;
      expect(created).to.deep.equal(['cabildo-json-ld']);
      expect(blocks()).to.have.length(1);
      expect(JSON.parse(blocks()[0].textContent!)['@type']).to.equal('GovernmentOffice');
      expect(errors).to.deep.equal([]);
      el.remove();
    } finally {
      delete (window as unknown as Record<string, unknown>).trustedTypes;
      scope[key] = saved;
    }
    // The real policy refuses anything that is not JSON.
    const policy = scope[key] as { createScript(text: string): unknown } | undefined;
    expect(policy, 'the earlier card created the policy').to.exist;
    expect(() => policy!.createScript('alert(1)')).to.throw();
    expect(String(policy!.createScript('{"a":1}'))).to.equal('{"a":1}');
  });

});

describe('<cabildo-contact-card> accessibility', () => {
  for (const locale of ['es', 'en'] as const) {
    it(`passes axe in every layout and office, and with invalid overrides (${locale})`, async () => {
      await inLocale(locale);
      const restore = silenceWarnings();
      try {
        for (const template of [
          html`<cabildo-contact-card now=${NOW}></cabildo-contact-card>`,
          html`<cabildo-contact-card office="la-graciosa" now=${NOW}></cabildo-contact-card>`,
          html`<cabildo-contact-card layout="compact" now=${NOW}></cabildo-contact-card>`,
          html`<cabildo-contact-card layout="compact" office="la-graciosa" now="2026-12-02T15:00:00Z"></cabildo-contact-card>`,
          html`<cabildo-contact-card phone="x" email="y" web="ftp://z" now=${NOW}></cabildo-contact-card>`,
        ]) {
          const el = await card(template);
          await expect(el).to.be.accessible();
        }
      } finally {
        restore();
      }
    });
  }
});
