import { expect, fixture, html } from '@open-wc/testing';
import { RESERVE_SPACE_CSS, releaseSpace, reserveSpace } from '../src/internal/reserve-space.js';

// Before a widget's code arrives its tag keeps the space it will take, with the editor's fallback content inside;
// then the widget replaces the fallback in that space.
describe('reserved space before the widgets load', () => {
  it('is one constructable stylesheet adopted by the document, however many times it is asked for (no <style>, CSP-safe)', () => {
    const styles = document.querySelectorAll('style, link[rel=stylesheet]').length;
    const before = document.adoptedStyleSheets.length;
    reserveSpace();
    reserveSpace();
    expect(document.adoptedStyleSheets.length).to.equal(before + 1);
    expect(document.querySelectorAll('style, link[rel=stylesheet]').length).to.equal(styles);
    expect([...document.querySelectorAll('[style]')]).to.have.length(0);
  });

  it('gives each widget not yet defined its height, with the fallback content showing inside', async () => {
    reserveSpace();
    const page = await fixture<HTMLElement>(html`<div>
      <cabildo-opening-hours><p>Lunes a viernes, de 9:00 a 14:00.</p></cabildo-opening-hours>
      <cabildo-opening-hours variant="week"></cabildo-opening-hours>
      <cabildo-tramite-finder><p><a href="https://cabildodelanzarote.sedelectronica.es/">Trámites</a></p></cabildo-tramite-finder>
      <cabildo-contact-card></cabildo-contact-card>
      <cabildo-satisfaction-survey></cabildo-satisfaction-survey>
      <cabildo-whatsapp-button><a href="https://wa.me/34628538449">WhatsApp</a></cabildo-whatsapp-button>
    </div>`);
    const height = (selector: string) => page.querySelector(selector)!.getBoundingClientRect().height;
    expect(height('cabildo-opening-hours')).to.be.at.least(34);
    expect(height('cabildo-opening-hours[variant=week]')).to.be.at.least(300);
    expect(height('cabildo-tramite-finder')).to.be.at.least(1000);
    expect(height('cabildo-contact-card')).to.be.at.least(600);
    expect(height('cabildo-satisfaction-survey')).to.be.at.least(600);
    // The fallback link is there to use while the widget loads (and for good if it never does).
    const link = page.querySelector('cabildo-tramite-finder a')!.getBoundingClientRect();
    expect(link.width).to.be.above(0);
    // Nothing for the floating button: its fallback link waits at the end of the page, and the button appears in its
    // corner without moving anything.
    expect(getComputedStyle(page.querySelector('cabildo-whatsapp-button')!).position).to.equal('static');
  });

  it('is released for a widget whose code failed to load: its fallback shows as the editor wrote it', async () => {
    reserveSpace();
    const el = await fixture<HTMLElement>(html`<cabildo-satisfaction-survey><p><a href="mailto:x@example.org">Opina por correo</a></p></cabildo-satisfaction-survey>`);
    const reserved = el.getBoundingClientRect().height;
    expect(reserved).to.be.at.least(600);
    releaseSpace('cabildo-satisfaction-survey');
    // Back to the fallback's own height (a line or two of text with its margins).
    expect(el.getBoundingClientRect().height).to.be.below(reserved / 4);
    // The other widgets keep theirs.
    const card = await fixture<HTMLElement>(html`<cabildo-contact-card></cabildo-contact-card>`);
    expect(card.getBoundingClientRect().height).to.be.at.least(600);
  });

  it('once defined, the widget renders in place of its fallback content', async () => {
    reserveSpace();
    const el = await fixture<HTMLElement>(html`<cabildo-opening-hours><p class="fallback">Lunes a viernes, de 9:00 a 14:00.</p></cabildo-opening-hours>`);
    expect(el.querySelector('.fallback')!.getBoundingClientRect().height).to.be.above(0);
    await import('../src/opening-hours.js');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.textContent).to.match(/\S/);
    // Not slotted: the fallback has no box any more, and is still in the page for search engines and readers.
    expect(el.querySelector('.fallback')!.getBoundingClientRect().height).to.equal(0);
  });

  it('is the CSS the editor guides print, word for word (and the demo page uses)', async () => {
    for (const guide of ['/docs/guia-editores.md', '/docs/editor-guide.md', '/demo/demo.css']) {
      const text = await (await fetch(guide)).text();
      expect(text.includes(RESERVE_SPACE_CSS.trim()), `${guide} prints RESERVE_SPACE_CSS`).to.be.true;
    }
  });
});
