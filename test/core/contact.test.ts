import { expect } from '@open-wc/testing';
import { addressLine, channelHref, mapHref, resolveContact } from '../../src/core/contact.js';
import { callCost } from '../../src/core/call-cost.js';
import { governmentOfficeJsonLd, jsonLdText } from '../../src/core/structured-data.js';
import { ARRECIFE, LA_GRACIOSA } from '../../src/data/office.js';

describe('contact facts', () => {
  it('gives the Arrecife office its links: tel:, WhatsApp, mailto: and the web', () => {
    const facts = resolveContact(ARRECIFE, 'es');
    expect(channelHref(facts, 'phone')).to.equal('tel:+34928810100');
    expect(channelHref(facts, 'whatsapp')).to.equal('https://wa.me/34628538449');
    expect(channelHref(facts, 'email')).to.equal('mailto:atencioninformacionciudadana@cabildodelanzarote.com');
    expect(channelHref(facts, 'web')).to.equal('https://www.cabildodelanzarote.com/');
    expect(facts.invalid).to.deep.equal([]);
  });

  it('names the office in the requested language', () => {
    expect(resolveContact(LA_GRACIOSA, 'es').name).to.equal(LA_GRACIOSA.name.es);
    expect(resolveContact(LA_GRACIOSA, 'en').name).to.equal(LA_GRACIOSA.name.en);
  });

  it('applies overrides as typed by an editor, normalised', () => {
    const facts = resolveContact(ARRECIFE, 'es', {
      name: 'Oficina de Tías',
      phone: '928 83 38 19',
      whatsapp: '+34 600-11-22-33',
      email: ' info@tias.example ',
      web: 'https://tias.example/oac',
      address: 'Calle Libertad 50, 35572 Tías',
    });
    expect(facts.name).to.equal('Oficina de Tías');
    expect(channelHref(facts, 'phone')).to.equal('tel:+34928833819');
    expect(channelHref(facts, 'whatsapp')).to.equal('https://wa.me/34600112233');
    expect(channelHref(facts, 'email')).to.equal('mailto:info@tias.example');
    expect(channelHref(facts, 'web')).to.equal('https://tias.example/oac');
    expect(addressLine(facts.address!)).to.equal('Calle Libertad 50, 35572 Tías');
  });

  it('leaves out a channel whose override is empty, without calling it invalid', () => {
    const facts = resolveContact(ARRECIFE, 'es', { whatsapp: '', web: '  ', address: '' });
    expect(facts.whatsapp).to.equal(null);
    expect(facts.web).to.equal(null);
    expect(facts.address).to.equal(null);
    expect(facts.invalid).to.deep.equal([]);
  });

  it('leaves out and names every invalid override; never a broken or unsafe link', () => {
    const facts = resolveContact(ARRECIFE, 'es', {
      phone: '928 81 01 0x',
      whatsapp: '12345',
      email: 'not-an-email',
      web: 'javascript:alert(1)',
    });
    for (const channel of ['phone', 'whatsapp', 'email', 'web'] as const) expect(channelHref(facts, channel)).to.equal(null);
    expect(facts.invalid.map((i) => i.field)).to.deep.equal(['phone', 'whatsapp', 'email', 'web']);
    expect(resolveContact(ARRECIFE, 'es', { web: 'mailto:a@b.es' }).web, 'a web override must be a web page').to.equal(null);
    expect(resolveContact(ARRECIFE, 'es', { web: 'http://example.org' }).web, 'no plain http outside localhost').to.equal(null);
  });

  it('searches OpenStreetMap for the whole address, island included', () => {
    const href = mapHref(ARRECIFE.address);
    expect(href.startsWith('https://www.openstreetmap.org/search?query=')).to.be.true;
    expect(decodeURIComponent(href.split('query=')[1])).to.equal(
      'Avenida Fred Olsen, s/n, 35500 Arrecife, Lanzarote, Las Palmas, España',
    );
    expect(decodeURIComponent(mapHref(LA_GRACIOSA.address).split('query=')[1])).to.contain('La Graciosa');
  });
});

describe('call cost', () => {
  const cases: Array<[string, string]> = [
    ['+34928810100', 'landline'],
    ['+34628538449', 'mobile'],
    ['+34712345678', 'mobile'],
    ['+34900123456', 'free'],
    ['+34800123456', 'free'],
    ['+34902123456', 'shared'],
    ['+34901123456', 'shared'],
    ['+34806123456', 'premium'],
    ['+34905123456', 'premium'],
    ['+442079460958', 'international'],
  ];
  for (const [phone, cost] of cases) it(`${phone} is ${cost}`, () => expect(callCost(phone as `+${string}`)).to.equal(cost));
});

describe('schema.org GovernmentOffice', () => {
  const facts = resolveContact(ARRECIFE, 'es');
  const data = governmentOfficeJsonLd(facts, [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '14:00' }], [
    { from: '2026-12-08', through: '2026-12-08', name: 'Inmaculada Concepción' },
  ]);

  it('describes the office, its channels, address and weekly hours', () => {
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('GovernmentOffice');
    expect(data.name).to.equal(ARRECIFE.name.es);
    expect(data.telephone).to.equal('+34928810100');
    expect(data.email).to.equal(ARRECIFE.email);
    expect(data.address).to.deep.include({ '@type': 'PostalAddress', postalCode: '35500', addressLocality: 'Arrecife', addressCountry: 'ES' });
    expect(data.openingHoursSpecification).to.deep.equal([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((d) => `https://schema.org/${d}`),
        opens: '09:00',
        closes: '14:00',
      },
    ]);
    expect((data.specialOpeningHoursSpecification as unknown[])[0]).to.deep.include({ validFrom: '2026-12-08', opens: '00:00', closes: '00:00' });
  });

  it('writes JSON that cannot end a script element early', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.to.contain('<');
    expect(JSON.parse(text).name).to.equal('</script><script>alert(1)</script>');
  });
});
