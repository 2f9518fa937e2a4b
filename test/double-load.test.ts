import { expect, fixture, html } from '@open-wc/testing';
import { getLocale, setLocale } from '../src/index.js';
import './fixtures/probe-element.js';

describe('loading the library twice', () => {
  it('a second copy at another URL loads without an exception and both keep working', async function () {
    // A ceiling, not a wait: the dev server compiles a second copy of every source first, slow on two busy cores.
    this.timeout(120_000);
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      // Same sources, different module URLs: a second instance of every module of ours, sharing lit and @lit/localize.
      const second = await import('/build/second-copy/src/index.ts' as string);
      await import('/build/second-copy/test/fixtures/probe-element.ts' as string);
      expect(second.VERSION).to.be.a('string');
      const el = await fixture(html`<cabildo-test-probe></cabildo-test-probe>`);
      await second.setLocale('en');
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(getLocale()).to.equal('en');
      expect(el.shadowRoot?.textContent).to.contain('Canary time');
    } finally {
      window.removeEventListener('error', onError);
      await setLocale('es');
    }
    expect(errors).to.deep.equal([]);
  });
});
