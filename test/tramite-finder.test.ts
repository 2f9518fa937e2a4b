import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/tramite-finder.js';
import type { TramiteFinder } from '../src/tramite-finder.js';
import { setLocale } from '../src/internal/localization.js';
import type { CabildoErrorDetail } from '../src/internal/events.js';
import { text as normalise } from './support/text.js';
import { until } from './support/until.js';
import { BUILT_IN_CATALOGUE } from '../src/data/catalogue.js';

const ALL = BUILT_IN_CATALOGUE.tramites.length;


function $(el: TramiteFinder, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}
function $$(el: TramiteFinder, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}
const text = (el: TramiteFinder) => normalise(el.shadowRoot);
const field = (el: TramiteFinder) => $(el, '#q') as HTMLInputElement;
const titles = (el: TramiteFinder) => $$(el, '.result-link').map((b) => b.textContent!.trim());

async function type(el: TramiteFinder, value: string): Promise<void> {
  const input = field(el);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

function key(target: HTMLElement, k: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));
}

/** Collects cabildo-error events (and silences their console warnings) until `stop()`. */
async function withErrors(template: ReturnType<typeof html>) {
  const errors: CabildoErrorDetail[] = [];
  const listener = (e: Event) => errors.push((e as CustomEvent<CabildoErrorDetail>).detail);
  document.addEventListener('cabildo-error', listener);
  const warn = console.warn;
  console.warn = () => {};
  const el = await fixture<TramiteFinder>(template);
  return {
    el,
    errors,
    stop: () => {
      console.warn = warn;
      document.removeEventListener('cabildo-error', listener);
    },
  };
}


afterEach(async () => {
  await setLocale('es');
});

describe('<cabildo-tramite-finder>', () => {
  it('lists every built-in procedure when the query is empty, with a count', async () => {
    const el = await fixture<TramiteFinder>(html`<cabildo-tramite-finder></cabildo-tramite-finder>`);
    expect(el.results).to.have.length(ALL);
    expect(text(el)).to.contain(`${ALL} trámites disponibles`);
    expect($$(el, '.result')).to.have.length(10);
    expect($(el, '.more')!.textContent).to.contain(String(ALL - 10));
  });

  it('answers the query attribute with the right procedure first, by the next update', async () => {
    const el = await fixture<TramiteFinder>(html`<cabildo-tramite-finder q="familia nombrosa"></cabildo-tramite-finder>`);
    expect(el.results[0].id).to.equal('familia-numerosa');
    el.q = 'civil partnership';
    await el.updateComplete;
    expect(el.results[0].id).to.equal('pareja-de-hecho-inscripcion');
    expect(titles(el)[0]).to.equal('Pareja de hecho: inscripción');
  });

  it('updates live as the citizen types, highlights matches and fires one settled search event', async () => {
    const el = await fixture<TramiteFinder>(html`<cabildo-tramite-finder></cabildo-tramite-finder>`);
    const searches: Array<{ query: string; count: number }> = [];
    el.addEventListener('cabildo-tramite-finder-search', (e) => searches.push(e.detail));
    await type(el, 'ex');
    await type(el, 'extrangeria');
    expect(el.results[0].id).to.equal('extranjeria');
    const marks = $$(el, '.result-link mark').map((m) => m.textContent);
    expect(marks).to.include('Extranjería');
    await until(() => searches.some((s) => s.query === 'extrangeria'), 'the search settled');
    // Typed in quick succession, "ex" settles only if the machine paused longer than the settling time between them.
    expect(searches.filter((s) => s.query !== 'ex')).to.deep.equal([{ query: 'extrangeria', count: el.results.length }]);
    expect($(el, '[role="status"]')!.textContent).to.match(/trámites? encontrados?/);
  });

  it('fires the search event for zero results and shows tips with phone, WhatsApp and in-person hours', async () => {
    const el = await fixture<TramiteFinder>(html`<cabildo-tramite-finder></cabildo-tramite-finder>`);
    const searched = oneEvent(el, 'cabildo-tramite-finder-search');
    await type(el, 'xyzzy quux');
    const { detail } = await searched;
    expect(detail).to.deep.equal({ query: 'xyzzy quux', count: 0 });
    expect(text(el)).to.contain('No hemos encontrado trámites para «xyzzy quux»');
    expect($(el, '.none a[href="tel:+34928810100"]')).to.exist;
    const wa = $(el, '.none a[href^="https://wa.me/34628538449"]') as HTMLAnchorElement;
    expect(decodeURIComponent(wa.href)).to.contain('xyzzy quux');
    expect(text(el)).to.contain('Lunes a viernes, 9:00–14:00 (hora de Canarias), salvo festivos.');
    await expect(el).to.be.accessible();
  });

  it('is usable with the keyboard: arrows through results, Enter opens, Back returns focus', async () => {
    const el = await fixture<TramiteFinder>(html`<cabildo-tramite-finder></cabildo-tramite-finder>`);
    await type(el, 'clave');
    const input = field(el);
    key(input, 'ArrowDown');
    const buttons = $$(el, '.result-link');
    expect(el.shadowRoot!.activeElement === buttons[0]).to.be.true;
    key(buttons[0], 'ArrowDown');
    expect(el.shadowRoot!.activeElement === buttons[1]).to.be.true;
    key(buttons[1], 'End');
    expect(el.shadowRoot!.activeElement === buttons[buttons.length - 1]).to.be.true;
    key(buttons[buttons.length - 1], 'Home');
    key(buttons[0], 'ArrowUp');
    expect(el.shadowRoot!.activeElement === input).to.be.true;
    key(input, 'ArrowDown');
    key(buttons[0], 'ArrowDown');
    const id = buttons[1].dataset.id;
    const selected = oneEvent(el, 'cabildo-tramite-finder-select');
    buttons[1].click(); // Enter on a <button> is a click
    const { detail } = await selected;
    expect(detail).to.deep.equal({ id });
    await until(() => el.shadowRoot!.activeElement?.id === 'detail-title', 'focus on the procedure title');
    ($(el, '.back') as HTMLButtonElement).click();
    await until(() => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id === id, 'focus back on the opened result');
    key(el.shadowRoot!.activeElement as HTMLElement, 'Escape');
    expect(el.shadowRoot!.activeElement === field(el)).to.be.true;
    key(field(el), 'Escape');
    await el.updateComplete;
    expect(el.q).to.equal('');
    expect(el.results).to.have.length(ALL);
  });

  it('shows a detail view with what to bring, steps and a start button named for the action', async () => {
    const el = await fixture<TramiteFinder>(html`<cabildo-tramite-finder q="certificado digital"></cabildo-tramite-finder>`);
    ($$(el, '.result-link')[0] as HTMLButtonElement).click();
    await el.updateComplete;
    const detail = $(el, '.detail')!;
    expect(detail.querySelector('h3')!.textContent).to.equal('Certificado digital: acreditar tu identidad');
    expect(detail.textContent).to.contain('Qué necesitas');
    expect(detail.querySelectorAll('ol li').length).to.equal(4);
    const start = detail.querySelector('a.start') as HTMLAnchorElement;
    expect(start.textContent!.trim()).to.equal('Solicitar el certificado en la FNMT');
    expect(start.href).to.equal('https://www.sede.fnmt.gob.es/certificados/persona-fisica/obtener-certificado-software');
    expect(detail.textContent).to.contain('Necesitas cita previa');
    // The start link once; the web line names the web address it leads to; no office-only note for citizens.
    expect([...detail.querySelectorAll('a')].filter((a) => a.href === start.href)).to.have.length(1);
    expect(detail.textContent!.replace(/\s+/g, ' ')).to.contain('WebEn www.sede.fnmt.gob.es, con el botón de abajo.');
    expect(detail.textContent).not.to.contain('pendiente de confirmar');
    await expect(el).to.be.accessible();
  });

  it('filters by category and by channel', async () => {
    const el = await fixture<TramiteFinder>(html`<cabildo-tramite-finder category="asociaciones"></cabildo-tramite-finder>`);
    expect(el.results.map((t) => t.id)).to.have.members(['asociacion-inscripcion', 'asociacion-extincion']);
    const [category, channel] = $$(el, 'select') as HTMLSelectElement[];
    category.value = '';
    category.dispatchEvent(new Event('change'));
    channel.value = 'whatsapp';
    channel.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.category).to.equal(null);
    expect(el.results.length).to.be.greaterThan(1);
    expect(el.results.every((t) => t.channels.includes('whatsapp'))).to.be.true;
    expect(titles(el)).to.include('Cita previa en la oficina');
  });

  it('names channels as the other widgets do, and reads channel="online" as the web', async () => {
    const web = await fixture<TramiteFinder>(html`<cabildo-tramite-finder channel="web"></cabildo-tramite-finder>`);
    const online = await fixture<TramiteFinder>(html`<cabildo-tramite-finder channel="online"></cabildo-tramite-finder>`);
    expect(web.results.length).to.be.greaterThan(0);
    expect(online.results.map((t) => t.id)).to.deep.equal(web.results.map((t) => t.id));
    const options = [...($$(online, 'select')[1] as HTMLSelectElement).options];
    expect(options.find((o) => o.selected)!.value).to.equal('web');
    expect(options.map((o) => o.textContent!.trim()).slice(1)).to.have.members(['En persona', 'Teléfono', 'WhatsApp', 'Correo electrónico', 'Web']);
  });

  it('speaks English on an English page and finds Spanish words there too', async () => {
    await setLocale('en');
    const el = await fixture<TramiteFinder>(html`<cabildo-tramite-finder q="pareja de hecho"></cabildo-tramite-finder>`);
    expect(titles(el)[0]).to.equal('Registered unmarried couple (pareja de hecho): registration');
    expect(text(el)).to.contain('procedures found');
    expect(($(el, 'label.label') as HTMLElement).textContent).to.equal('What do you need to do?');
  });

  it('renders hostile catalogue text as inert text and never links javascript:', async () => {
    (window as unknown as { __hacked?: number }).__hacked = undefined;
    const el = await fixture<TramiteFinder>(html`<cabildo-tramite-finder src="/test/fixtures/catalogue-hostile.json"></cabildo-tramite-finder>`);
    await until(() => el.results.length === 1);
    await el.updateComplete;
    await type(el, 'img hostil');
    expect($$(el, 'img, script, b')).to.have.length(0);
    expect(titles(el)[0]).to.contain('<img src=x onerror="window.__hacked=1">');
    expect($$(el, 'mark').map((m) => m.textContent)).to.include.members(['img', 'hostil']);
    ($$(el, '.result-link')[0] as HTMLButtonElement).click();
    await el.updateComplete;
    expect($$(el, 'img, script, b')).to.have.length(0);
    expect($$(el, 'a').some((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? ''))).to.be.false;
    // The entry whose start link is javascript: was left out of the catalogue (and reported); this one's link is
    // https, with its hostile query encoded.
    expect(($(el, 'a.start') as HTMLAnchorElement).href).to.match(/^https:\/\/sede\.example\.es\/inicio\?x=%22%3E%3Cscript%3E/);
    expect(text(el)).to.contain('<a href="javascript:alert(1)">enlace</a>');
    // Nothing that could run later (img, script, javascript: link) is in the page, so nothing is waited for.
    expect((window as unknown as { __hacked?: number }).__hacked).to.equal(undefined);
  });

  it('loads a catalogue from src and searches it', async () => {
    const el = await fixture<TramiteFinder>(html`<cabildo-tramite-finder src="/test/fixtures/catalogue-valid.json" q="pescar"></cabildo-tramite-finder>`);
    await until(() => el.results.length > 0);
    expect(el.results[0].id).to.equal('licencia-de-pesca');
  });

  it('skips invalid entries, reports them, and shows the valid ones', async () => {
    const { el, errors, stop } = await withErrors(html`<cabildo-tramite-finder src="/test/fixtures/catalogue-invalid-entries.json"></cabildo-tramite-finder>`);
    try {
      await until(() => errors.length > 0);
      await el.updateComplete;
      expect(errors[0].code).to.equal('catalogue-invalid-entries');
      expect(errors[0].message).to.contain('5');
      expect(titles(el)).to.deep.equal(['Trámite bueno', 'Otro trámite bueno']);
    } finally {
      stop();
    }
  });

  const failures: Array<[string, string]> = [
    ['/test/fixtures/does-not-exist.json', 'catalogue-http'],
    ['/test/fixtures/catalogue-page.html', 'catalogue-content-type'],
    ['/test/fixtures/catalogue-broken.json', 'catalogue-json'],
    ['javascript:alert(1)', 'catalogue-url'],
  ];
  for (const [src, code] of failures) {
    it(`falls back to the office's contact channels on ${code} (${src})`, async () => {
      const { el, errors, stop } = await withErrors(html`<cabildo-tramite-finder src=${src}></cabildo-tramite-finder>`);
      try {
        await until(() => errors.length > 0);
        await el.updateComplete;
        expect(errors.map((e) => e.code)).to.deep.equal([code]);
        const alert = $(el, '[role="alert"]')!;
        expect(alert.textContent).to.contain('Ahora mismo no podemos mostrar los trámites');
        expect(alert.querySelector('a[href="tel:+34928810100"]')).to.exist;
        expect(alert.querySelector('a[href^="https://wa.me/34628538449"]')).to.exist;
        expect(el.results).to.deep.equal([]);
        await expect(el).to.be.accessible();
      } finally {
        stop();
      }
    });
  }

  describe('with a stubbed network', () => {
    const realFetch = window.fetch;
    afterEach(() => {
      window.fetch = realFetch;
    });

    it('gives up after the timeout', async () => {
      window.fetch = (_input, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
      const { el, errors, stop } = await withErrors(html`<cabildo-tramite-finder src="/slow.json" timeout="100"></cabildo-tramite-finder>`);
      try {
        expect(text(el)).to.contain('Cargando los trámites');
        await expect(el).to.be.accessible();
        await until(() => errors.length > 0);
        expect(errors[0].code).to.equal('catalogue-timeout');
        await el.updateComplete;
        expect($(el, '[role="alert"]')).to.exist;
      } finally {
        stop();
      }
    });

    it('refuses an oversized catalogue', async () => {
      // An endless body without Content-Length: reading stops at the cap (16 MB) instead of filling the memory.
      let sent = 0;
      const endless = new ReadableStream<Uint8Array>({
        pull(controller) {
          sent += 1 << 20;
          controller.enqueue(new Uint8Array(1 << 20).fill(32));
        },
      });
      window.fetch = async () => new Response(endless, { headers: { 'Content-Type': 'application/json' } });
      const { el, errors, stop } = await withErrors(html`<cabildo-tramite-finder src="/big.json"></cabildo-tramite-finder>`);
      try {
        await until(() => errors.length > 0);
        expect(errors[0].code).to.equal('catalogue-too-large');
        expect(sent).to.be.within(16_000_000, 20_000_000);
        await el.updateComplete;
        expect($(el, '[role="alert"]')).to.exist;
      } finally {
        stop();
      }
    });
  });

  describe('sync-url', () => {
    let original: string;
    beforeEach(() => {
      original = location.href;
    });
    afterEach(() => {
      history.replaceState(null, '', original);
    });

    it('reads the query from the URL, writes settled searches and opened procedures, and follows Back', async () => {
      const url = new URL(location.href);
      url.searchParams.set('q', 'nie');
      history.replaceState(null, '', url);
      const el = await fixture<TramiteFinder>(html`<cabildo-tramite-finder sync-url></cabildo-tramite-finder>`);
      expect(el.q).to.equal('nie');
      expect(field(el).value).to.equal('nie');
      expect(el.results[0].id).to.equal('extranjeria');

      await type(el, 'familia numerosa');
      await until(() => new URL(location.href).searchParams.get('q') === 'familia numerosa', 'the settled search in the URL');

      ($$(el, '.result-link')[0] as HTMLButtonElement).click();
      await el.updateComplete;
      expect(new URL(location.href).searchParams.get('tramite')).to.equal('familia-numerosa');

      history.back();
      await oneEvent(window, 'popstate');
      await el.updateComplete;
      expect($(el, '.detail')).to.equal(null);
      expect(el.q).to.equal('familia numerosa');

      history.back();
      await oneEvent(window, 'popstate');
      await el.updateComplete;
      expect(el.q).to.equal('nie');
      expect(field(el).value).to.equal('nie');
    });

    it('adds one history entry per search, not one per pause in the typing, and Back reports no new search', async () => {
      const el = await fixture<TramiteFinder>(html`<cabildo-tramite-finder sync-url></cabildo-tramite-finder>`);
      const searches: string[] = [];
      el.addEventListener('cabildo-tramite-finder-search', (e) => searches.push(e.detail.query));
      // history.length stops at 50 in Chromium: count the new entries the finder asks for instead.
      const push = history.pushState;
      let pushed = 0;
      history.pushState = function (...args: Parameters<History['pushState']>) {
        pushed++;
        return push.apply(this, args);
      };
      try {
        for (const [i, query] of ['cl', 'clav', 'clave', 'clav'].entries()) {
          await type(el, query);
          await until(() => searches.length === i + 1, `the search for "${query}" settled`);
        }
        expect(pushed, 'one entry for the whole typing').to.equal(1);
        expect(new URL(location.href).searchParams.get('q')).to.equal('clav');
        await type(el, 'nie');
        await until(() => searches.length === 5, 'the search for "nie" settled');
        expect(pushed, 'a different search is a new entry').to.equal(2);
      } finally {
        history.pushState = push;
      }
      expect(searches).to.deep.equal(['cl', 'clav', 'clave', 'clav', 'nie']);
      history.back();
      await oneEvent(window, 'popstate');
      await el.updateComplete;
      // Enter settles the search at once, as the pause after typing would: Back must have left nothing new to report.
      key(field(el), 'Enter');
      expect(el.q).to.equal('clav');
      expect(searches, 'going back is not a new search').to.have.length(5);
    });

    it('keeps the q attribute when the URL has no query', async () => {
      const el = await fixture<TramiteFinder>(html`<cabildo-tramite-finder sync-url q="fnmt"></cabildo-tramite-finder>`);
      expect(el.q).to.equal('fnmt');
      expect(el.results[0].id).to.equal('acreditacion-certificado-digital');
    });

    it('leaves the URL alone without sync-url', async () => {
      const before = location.href;
      const el = await fixture<TramiteFinder>(html`<cabildo-tramite-finder></cabildo-tramite-finder>`);
      const searched = oneEvent(el, 'cabildo-tramite-finder-search');
      await type(el, 'clave');
      await searched; // the settled search, when a synced finder writes the URL
      expect(location.href).to.equal(before);
    });
  });

  it('reports an invalid limit and uses the default', async () => {
    const { el, errors, stop } = await withErrors(html`<cabildo-tramite-finder limit="-3"></cabildo-tramite-finder>`);
    stop();
    expect(errors[0].code).to.equal('invalid-limit');
    expect($$(el, '.result')).to.have.length(10);
  });

  it('reports a failure again when it comes back after another one', async () => {
    const el = document.createElement('cabildo-tramite-finder');
    const codes: string[] = [];
    el.addEventListener('cabildo-error', (e) => codes.push(`${e.detail.code} ${e.detail.message.includes('missing-a') ? 'a' : 'b'}`));
    const warn = console.warn;
    console.warn = () => {};
    try {
      document.body.append(el);
      for (const name of ['a', 'b', 'a']) {
        const failed = oneEvent(el, 'cabildo-error');
        el.src = `/test/fixtures/missing-${name}.json`;
        await failed;
      }
      expect(codes).to.deep.equal(['catalogue-http a', 'catalogue-http b', 'catalogue-http a']);
    } finally {
      console.warn = warn;
      el.remove();
    }
  });

  it('sends the citizen to the body that does a procedure the office does not, first and plainly', async () => {
    const el = await fixture<TramiteFinder>(html`<cabildo-tramite-finder q="renovar dni"></cabildo-tramite-finder>`);
    expect(el.results.map((t) => t.id)).to.deep.equal(['dni']);
    const first = $(el, '.result')!;
    expect(first.textContent!.replace(/\s+/g, ' ')).to.contain('No se hace en esta oficina: lo hace la Policía Nacional');
    expect((first.querySelector('.referral-link a') as HTMLAnchorElement).href).to.equal('https://www.citapreviadnie.es/');
    // "renovar" also means "cambiar" to the search, but only what was typed is marked.
    expect($$(el, 'mark').map((m) => m.textContent!.toLowerCase())).to.have.members(['dni', 'renovar', 'dni']);
    ($(el, '.result-link') as HTMLButtonElement).click();
    await el.updateComplete;
    const detail = $(el, '.detail')!;
    expect(detail.textContent).to.contain('Cómo te ayudamos en la oficina');
    expect((detail.querySelector('a.start') as HTMLAnchorElement).href).to.equal('https://www.citapreviadnie.es/');
    await expect(el).to.be.accessible();
    ($(el, '.back') as HTMLButtonElement).click();
    await setLocale('en');
    el.q = 'health card';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Health card (tarjeta sanitaria)']);
    expect(text(el)).to.contain('Not done at this office: it is done by the Canary Health Service');
  });

  it('says when nothing matches every word, and shows the closest under a heading that says they are only related', async () => {
    const el = await fixture<TramiteFinder>(html`<cabildo-tramite-finder q="dni pareja"></cabildo-tramite-finder>`);
    expect(el.results).to.deep.equal([]);
    expect(text(el)).to.contain('Ningún trámite coincide con todas las palabras de «dni pareja»');
    expect(text(el)).to.contain('Estos solo están relacionados con alguna de ellas');
    const related = $$(el, '.result-link').map((b) => b.dataset.id);
    expect(related).to.include.members(['dni', 'pareja-de-hecho-inscripcion']);
    await expect(el).to.be.accessible();
  });

  it('lists the unconfirmed entries for the editor in the console once, not for the citizen', async () => {
    const info = console.info;
    const lines: string[] = [];
    console.info = (line: string) => lines.push(line);
    try {
      const catalogue = JSON.parse(JSON.stringify(BUILT_IN_CATALOGUE));
      const a = await fixture<TramiteFinder>(html`<cabildo-tramite-finder .catalogue=${catalogue}></cabildo-tramite-finder>`);
      await fixture<TramiteFinder>(html`<cabildo-tramite-finder .catalogue=${catalogue}></cabildo-tramite-finder>`);
      expect(lines).to.have.length(1);
      expect(lines[0]).to.contain('pendientes de confirmar').and.to.contain('familia-numerosa');
      expect(text(a)).not.to.contain('confirmar');
    } finally {
      console.info = info;
    }
  });

  it('shows every procedure for a category that does not exist (the editor\'s mistake goes to the console)', async () => {
    const { el, errors, stop } = await withErrors(html`<cabildo-tramite-finder category="pesca"></cabildo-tramite-finder>`);
    stop();
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-category']);
    expect(el.results).to.have.length(ALL);
    expect(($$(el, 'select')[0] as HTMLSelectElement).value).to.equal('');
  });

  it('reports a channel or category that does not exist, in the built-in catalogue and in a loaded one', async () => {
    for (const [template, attribute] of [
      [html`<cabildo-tramite-finder channel="fax"></cabildo-tramite-finder>`, 'channel'],
      [html`<cabildo-tramite-finder category="pesca"></cabildo-tramite-finder>`, 'category'],
    ] as const) {
      const { errors, stop } = await withErrors(template);
      stop();
      expect(errors.map((e) => e.code), attribute).to.deep.equal([`invalid-${attribute}`]);
      expect(errors[0].message).to.contain(`"${attribute}"`);
    }
    const el = document.createElement('cabildo-tramite-finder');
    el.setAttribute('src', '/test/fixtures/catalogue-valid.json');
    el.setAttribute('category', 'no-existe');
    const error = oneEvent(el, 'cabildo-error');
    document.body.append(el);
    expect((await error).detail.code).to.equal('invalid-category');
    el.remove();
  });

  it('treats a catalogue without one valid entry as unusable: the error, and the office channels', async () => {
    const el = document.createElement('cabildo-tramite-finder');
    el.setAttribute('src', '/test/fixtures/catalogue-hostile.json?none');
    const doc = { version: 1, tramites: [{ id: 'x' }, { id: 'y', title: 'sin más' }] };
    const realFetch = window.fetch;
    window.fetch = async () => new Response(JSON.stringify(doc), { headers: { 'Content-Type': 'application/json' } });
    try {
      const error = oneEvent(el, 'cabildo-error');
      document.body.append(el);
      const { detail } = await error;
      expect(detail.code).to.equal('catalogue-schema');
      expect(detail.message).to.contain('tramites: title');
      await el.updateComplete;
      expect($(el, '.error a[href="tel:+34928810100"]')).to.exist;
    } finally {
      window.fetch = realFetch;
      el.remove();
    }
  });

  it('shows more results on demand and moves focus to the first new one', async () => {
    const el = await fixture<TramiteFinder>(html`<cabildo-tramite-finder limit="4"></cabildo-tramite-finder>`);
    expect($$(el, '.result')).to.have.length(4);
    ($(el, '.more') as HTMLButtonElement).click();
    await until(() => el.shadowRoot!.activeElement === $$(el, '.result-link')[4], 'focus on the first new result');
    expect($$(el, '.result')).to.have.length(8);
  });

  for (const locale of ['es', 'en'] as const) {
    it(`passes axe in every state (${locale})`, async () => {
      await setLocale(locale);
      const el = await fixture<TramiteFinder>(html`<cabildo-tramite-finder></cabildo-tramite-finder>`);
      await expect(el).to.be.accessible(); // empty query
      await type(el, 'clave');
      await expect(el).to.be.accessible(); // results
      await type(el, 'zzzz qqqq');
      await expect(el).to.be.accessible(); // no results
      await type(el, 'clave');
      ($$(el, '.result-link')[0] as HTMLButtonElement).click();
      await el.updateComplete;
      await expect(el).to.be.accessible(); // detail
    });
  }
});

describe('<cabildo-tramite-finder> with hostile values', () => {
  it('cuts a 1 MB q to 200 characters, reports it, says so under the field, and still answers', async () => {
    const { el, errors, stop } = await withErrors(html`<cabildo-tramite-finder q=${'renovar la clave '.repeat(62_000)}></cabildo-tramite-finder>`);
    try {
      expect(el.q).to.have.length(200);
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-q']);
      expect(errors[0].message).to.contain('200');
      expect(text(el)).to.contain('Solo se buscan los primeros 200 caracteres.');
      expect(field(el).maxLength).to.equal(200);
      expect(field(el).value).to.have.length(200);
    } finally {
      stop();
    }
  });

  it('cuts what is typed or pasted to 200 characters', async () => {
    const el = await fixture<TramiteFinder>(html`<cabildo-tramite-finder></cabildo-tramite-finder>`);
    field(el).value = 'nie '.repeat(100);
    field(el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.q).to.have.length(200);
    expect(el.results.length).to.be.above(0);
  });

  it('cuts a 100 KB ?q= in a shared link to 200 characters', async () => {
    const original = location.href;
    const url = new URL(location.href);
    url.searchParams.set('q', 'x'.repeat(100_000));
    history.replaceState(null, '', url);
    const { el, errors, stop } = await withErrors(html`<cabildo-tramite-finder sync-url></cabildo-tramite-finder>`);
    try {
      expect(el.q).to.equal('x'.repeat(200));
      expect(errors.map((e) => e.code)).to.include('invalid-q');
    } finally {
      stop();
      history.replaceState(null, '', original);
    }
  });

  for (const [value, used] of [
    ['3000000000', '120000'],
    ['-5', '8000'],
    ['abc', '8000'],
    ['0', '8000'],
    ['10', '100'],
  ]) {
    it(`reports timeout="${value}" and uses ${used} ms instead`, async () => {
      const { el, errors, stop } = await withErrors(html`<cabildo-tramite-finder timeout=${value}></cabildo-tramite-finder>`);
      try {
        expect(errors.map((e) => e.code)).to.deep.equal(['invalid-timeout']);
        expect(errors[0].message).to.equal(`El atributo "timeout" no es válido: "${value}". Se usa ${used}.`);
        expect(el.results.length).to.be.above(0);
      } finally {
        stop();
      }
    });
  }

  it('with timeout="3000000000" a slow catalogue is still loading, not failed at once', async () => {
    const fetch = window.fetch;
    let started = false;
    window.fetch = (_input, init) => {
      started = true;
      return new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    };
    const { el, errors, stop } = await withErrors(html`<cabildo-tramite-finder src="/slow.json" timeout="3000000000"></cabildo-tramite-finder>`);
    try {
      await until(() => started);
      // A timer that overflowed would fire at once, before a zero-delay task queued after it: one turn of the event
      // loop (a task barrier, not a wait for some milliseconds).
      await new Promise((resolve) => setTimeout(resolve, 0));
      await el.updateComplete;
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-timeout']);
      expect(text(el)).to.contain('Cargando los trámites');
    } finally {
      stop();
      window.fetch = fetch;
      el.remove();
    }
  });
});
