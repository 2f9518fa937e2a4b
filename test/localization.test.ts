import { expect, fixture, html } from '@open-wc/testing';
import { msg } from '@lit/localize';
import { getLocale, setLocale } from '../src/index.js';
import { CabildoElement } from '../src/internal/cabildo-element.js';
import { registerEnglish } from '../src/internal/localization.js';
import type { ProbeElement } from './fixtures/probe-element.js';
import './fixtures/probe-element.js';
import { until } from './support/until.js';

/** Resolves when @lit/localize has finished switching to a new locale. */
function nextLocaleChange(): Promise<void> {
  return new Promise((resolve) => {
    const listener = (e: Event) => {
      if ((e as CustomEvent<{ status: string }>).detail.status !== 'ready') return;
      window.removeEventListener('lit-localize-status', listener);
      resolve();
    };
    window.addEventListener('lit-localize-status', listener);
  });
}

describe('localisation', () => {
  afterEach(async () => {
    document.documentElement.lang = 'es';
    await setLocale('es');
  });

  it('speaks Spanish on a page in Spanish', async () => {
    const el = await fixture<ProbeElement>(html`<cabildo-test-probe></cabildo-test-probe>`);
    expect(getLocale()).to.equal('es');
    expect(el.text).to.equal('hora de Canarias');
  });

  it('follows <html lang> when the page changes it after the library loaded', async () => {
    const el = await fixture<ProbeElement>(html`<cabildo-test-probe></cabildo-test-probe>`);
    const changed = nextLocaleChange();
    document.documentElement.lang = 'en-GB';
    await changed;
    await el.updateComplete;
    expect(getLocale()).to.equal('en');
    expect(el.text).to.equal('Canary time');
  });

  it('falls back to Spanish for a language it does not speak', async () => {
    await setLocale('en');
    const el = await fixture<ProbeElement>(html`<cabildo-test-probe></cabildo-test-probe>`);
    expect(el.text).to.equal('Canary time');
    const changed = nextLocaleChange();
    document.documentElement.lang = 'fr';
    await changed;
    await el.updateComplete;
    expect(getLocale()).to.equal('es');
    expect(el.text).to.equal('hora de Canarias');
  });

  it('switches every element with setLocale()', async () => {
    const el = await fixture<ProbeElement>(html`<cabildo-test-probe></cabildo-test-probe>`);
    await setLocale('en');
    await el.updateComplete;
    expect(getLocale()).to.equal('en');
    expect(el.text).to.equal('Canary time');
    await setLocale('es');
    await el.updateComplete;
    expect(el.text).to.equal('hora de Canarias');
  });
});

describe('English in parts', () => {
  afterEach(async () => {
    document.documentElement.lang = 'es';
    await setLocale('es');
  });

  it('loads the English of a widget registered after the page switched to English, and re-renders it', async () => {
    await setLocale('en');
    class LateElement extends CabildoElement {
      override render() {
        return html`<p>${msg('Hola desde una parte tardía', { id: 'test-late-part' })}</p>`;
      }
    }
    LateElement.define('cabildo-test-late');
    const el = await fixture<LateElement>(html`<cabildo-test-late></cabildo-test-late>`);
    const text = () => el.shadowRoot!.querySelector('p')!.textContent;
    expect(text(), 'before its part arrives').to.equal('Hola desde una parte tardía');
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    registerEnglish('test-late', async () => {
      await arrived;
      return { templates: { 'test-late-part': 'Hello from a late part' } };
    });
    const ready = nextLocaleChange();
    release();
    await ready;
    await el.updateComplete;
    expect(text()).to.equal('Hello from a late part');
  });

  it('downloads English only for a page in English, and only the parts registered there', async () => {
    const requested: string[] = [];
    const part = (name: string) => async () => {
      requested.push(name);
      return { templates: {} };
    };
    registerEnglish('test-a', part('test-a'));
    await setLocale('en');
    registerEnglish('test-b', part('test-b'));
    await until(() => requested.length === 2, 'the part registered on an English page is requested');
    expect(requested).to.deep.equal(['test-a', 'test-b']);
    await setLocale('es');
    // On a Spanish page registering is all there is: a download would start within this call.
    registerEnglish('test-c', part('test-c'));
    expect(requested, 'a Spanish page downloads no English').to.deep.equal(['test-a', 'test-b']);
  });
});
