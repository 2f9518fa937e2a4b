import { expect, fixture, html } from '@open-wc/testing';
import { until } from './support/until.js';
import { setLocale } from '../src/index.js';
import type { OpeningHours } from '../src/opening-hours.js';
import type { WhatsappButton } from '../src/whatsapp-button.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const note = (el: Element) => el.shadowRoot!.querySelector('[part="preview-note"]');
const fallback = (el: Element) => el.shadowRoot!.querySelector('[part="fallback"]');
const BAD = 'de lunes a viernes de 9 a 14 y sábados por la mañana';

/** Opens the test page with `suffix` in its address (as an editor would), for the length of one test. */
function withAddress(suffix: string) {
  const original = location.href;
  beforeEach(() => history.replaceState(null, '', `${location.pathname}${suffix}`));
  afterEach(() => history.replaceState(null, '', original));
}

describe("editors' preview (cabildo-debug in the page address)", () => {
  afterEach(() => setLocale('es'));

  describe('a citizen, on the plain address', () => {
    it('sees only the friendly fallback', async () => {
      const el = await fixture<OpeningHours>(html`<cabildo-opening-hours .hours=${BAD}></cabildo-opening-hours>`);
      expect(text(fallback(el))).to.contain('Horario no disponible');
      expect(note(el)).to.equal(null);
      expect(text(el.shadowRoot as unknown as Element)).not.to.contain('columna');
    });
  });

  for (const suffix of ['?cabildo-debug', '?q=cita&cabildo-debug', '#cabildo-debug']) {
    describe(`the editor, with ${suffix}`, () => {
      withAddress(suffix);

      it('sees why the hours fell back, with the column in the text as written, under the fallback', async () => {
        const el = await fixture<OpeningHours>(html`<cabildo-opening-hours .hours=${BAD}></cabildo-opening-hours>`);
        await until(() => note(el), 'no preview note');
        expect(text(fallback(el))).to.contain('Horario no disponible');
        expect(text(note(el))).to.contain('Para quien edita la página');
        expect(text(note(el))).to.contain('invalid-hours');
        expect(text(note(el))).to.contain('columna 40');
        expect(text(note(el))).to.contain('«por»');
        // Under the widget's own content, in reading order.
        expect(fallback(el)!.compareDocumentPosition(note(el)!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
        await expect(el).to.be.accessible();
      });
    });
  }

  describe('the editor, while fixing it', () => {
    withAddress('?cabildo-debug');

    it('sees nothing extra when the widget works, and the note goes once the mistake is fixed', async () => {
      const good = await fixture<OpeningHours>(html`<cabildo-opening-hours hours="Lunes-Viernes 9-14"></cabildo-opening-hours>`);
      expect(note(good)).to.equal(null);
      expect(good.status).not.to.equal(null);

      const el = await fixture<OpeningHours>(html`<cabildo-opening-hours .hours=${BAD}></cabildo-opening-hours>`);
      await until(() => note(el), 'no preview note');
      el.hours = 'de lunes a viernes de 9 a 14 y sábados de 10 a 12';
      await el.updateComplete;
      await until(() => !note(el), 'the note stays after the fix');
      expect(el.status).not.to.equal(null);
    });

    it('is in the page language and names every widget problem (WhatsApp button, two attributes)', async () => {
      await setLocale('en');
      const el = await fixture<WhatsappButton>(
        html`<cabildo-whatsapp-button variant="inline" phone="nope" hours="Lu-Vi por la mañana"></cabildo-whatsapp-button>`,
      );
      await until(() => note(el), 'no preview note');
      const words = text(note(el));
      expect(words).to.contain("For the page's editor");
      expect(words).to.contain('invalid-phone');
      expect(words).to.contain('invalid-hours');
      await expect(el).to.be.accessible();
    });
  });
});
