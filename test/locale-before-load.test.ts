import { expect, fixture, html } from '@open-wc/testing';

// This page declares English before any of the library's modules load.
document.documentElement.lang = 'en';

describe('a page in English before the library loads', () => {
  it('renders English from the first paint', async () => {
    const { getLocale } = await import('../src/index.js');
    await import('./fixtures/probe-element.js');
    const el = await fixture(html`<cabildo-test-probe></cabildo-test-probe>`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(getLocale()).to.equal('en');
    expect(el.shadowRoot?.querySelector('p')?.textContent).to.equal('Canary time');
  });
});
