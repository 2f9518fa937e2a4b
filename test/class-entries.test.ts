import { expect, fixture, html } from '@open-wc/testing';
import { until } from './support/until.js';

// The class entries (`@cabildo-lanzarote/widgets/classes/*.js` are the component modules) have no side effects:
// importing one registers no tag, downloads no English and does not follow <html lang>. Defining or connecting an
// element starts that. This file imports only component modules, in a page of its own, in English.

const TAGS = [
  'cabildo-whatsapp-button', 'cabildo-opening-hours', 'cabildo-tramite-finder', 'cabildo-contact-card',
  'cabildo-satisfaction-survey', 'cabildo-survey-results',
];
const englishRequests = () =>
  performance.getEntriesByType('resource').map((e) => e.name).filter((url) => url.includes('/generated/locales/en/'));

describe('class entries', () => {
  it('import without registering tags, loading English or following the page language', async () => {
    document.documentElement.lang = 'en';
    const modules = await Promise.all([
      import('../src/components/whatsapp-button/whatsapp-button.component.js'),
      import('../src/components/opening-hours/opening-hours.component.js'),
      import('../src/components/tramite-finder/tramite-finder.component.js'),
      import('../src/components/contact-card/contact-card.component.js'),
      import('../src/components/satisfaction-survey/satisfaction-survey.component.js'),
      import('../src/components/survey-results/survey-results.component.js'),
    ]);
    expect(modules.map((m) => Object.keys(m).length > 0)).to.deep.equal([true, true, true, true, true, true]);
    expect(TAGS.filter((tag) => customElements.get(tag)), 'no tag registered').to.deep.equal([]);
    expect(englishRequests(), 'no English downloaded').to.deep.equal([]);
    const { getLocale } = await import('../src/internal/localization.js');
    expect(getLocale(), 'the page language is not followed yet').to.equal('es');

    // An integrator's own tag: connecting it starts the page's localization and loads this widget's English.
    const { OpeningHours } = modules[1];
    customElements.define('my-office-hours', class extends OpeningHours {});
    const el = await fixture<InstanceType<typeof OpeningHours>>(html`<my-office-hours now="2026-12-02T10:00:00Z"></my-office-hours>`);
    await until(() => getLocale() === 'en', 'the page language followed once an element is connected');
    await until(() => el.shadowRoot!.textContent!.includes('Open'), 'the English of the widget');
    expect(englishRequests().some((url) => url.includes('/opening-hours.'))).to.be.true;
    expect(TAGS.filter((tag) => customElements.get(tag)), 'still no cabildo-* tag').to.deep.equal([]);
  });
});
