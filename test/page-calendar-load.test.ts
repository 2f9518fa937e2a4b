// The page calendar's reader is a file of its own, fetched only by a page with a calendar block. When that fetch fails
// (offline, a file missing from the CDN folder), the widgets that show the status must say so and show no status that
// may be wrong, never wait for ever or throw.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/opening-hours.js';
import '../src/whatsapp-button.js';
import '../src/contact-card.js';
import type { OpeningHours } from '../src/opening-hours.js';
import type { WhatsappButton } from '../src/whatsapp-button.js';
import type { ContactCard } from '../src/contact-card.js';
import { setParserLoader } from '../src/internal/page-calendar.js';
import { silenceConsole } from './support/console.js';
import { text } from './support/text.js';

describe('page calendar whose reader cannot be fetched', () => {
  let block: HTMLScriptElement;
  let fetches = 0;

  beforeEach(() => {
    fetches = 0;
    setParserLoader(() => {
      fetches++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    });
    block = Object.assign(document.createElement('script'), { type: 'application/json', id: 'cabildo-calendar' });
    block.textContent = '{ "holidays": { "2027-02-09": "Martes de Carnaval" } }';
    document.body.prepend(block);
  });

  afterEach(() => {
    block.remove();
    setParserLoader(() => import('../src/internal/calendar-parser.js'));
  });

  it('each status widget reports calendar-load-failed, shows no status, and the page gets no uncaught error', async () => {
    const errors: Array<[string, string]> = [];
    const listener = (e: Event) => errors.push([(e as CustomEvent).detail.code, (e as CustomEvent).detail.message]);
    const thrown: unknown[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => thrown.push('reason' in e ? e.reason : e.error);
    document.addEventListener('cabildo-error', listener);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    const silenced = silenceConsole('warn');
    try {
      const root = await fixture<HTMLElement>(html`<div>
        <cabildo-opening-hours now="2027-02-09T10:00"></cabildo-opening-hours>
        <cabildo-whatsapp-button variant="inline" now="2027-02-09T10:00"></cabildo-whatsapp-button>
        <cabildo-contact-card now="2027-02-09T10:00"></cabildo-contact-card>
      </div>`);
      const badge = root.querySelector<OpeningHours>('cabildo-opening-hours')!;
      const button = root.querySelector<WhatsappButton>('cabildo-whatsapp-button')!;
      const card = root.querySelector<ContactCard>('cabildo-contact-card')!;
      await Promise.all([badge.updateComplete, button.updateComplete, card.updateComplete]);

      expect(errors.map(([code]) => code)).to.deep.equal(['calendar-load-failed', 'calendar-load-failed', 'calendar-load-failed']);
      for (const [, message] of errors) expect(message).to.equal('No se ha podido cargar el lector del calendario de festivos de la página.');
      // One fetch for the whole page, not one per widget.
      expect(fetches).to.equal(1);
      // No status guessed without the page's list (that Tuesday is a holiday on this page): the badge says it cannot
      // tell and gives the phone; the button and the card leave their status out but keep their channels.
      expect(text(badge.shadowRoot!.querySelector('.text'))).to.equal('');
      expect(text(badge.shadowRoot!.querySelector('.fallback'))).to.match(/^Horario no disponible/);
      expect(text(button.shadowRoot!.querySelector('.status .line'))).to.equal('');
      expect(button.shadowRoot!.querySelector('a[href^="https://wa.me/"]')).to.exist;
      expect(text(card.shadowRoot!.querySelector('.status'))).to.equal('');
      expect(card.shadowRoot!.querySelector('a[href^="tel:"]')).to.exist;
      expect(thrown).to.deep.equal([]);
    } finally {
      silenced.restore();
      document.removeEventListener('cabildo-error', listener);
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });
});
