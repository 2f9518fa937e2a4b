import { expect, fixture, html } from '@open-wc/testing';
import { getLocale, setLocale } from '../src/index.js';
import type { ProbeElement } from './fixtures/probe-element.js';
import './fixtures/probe-element.js';

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
