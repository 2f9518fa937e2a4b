import { expect } from '@open-wc/testing';
import { OFFICES } from '../../src/data/office.js';
import { isE164 } from '../../src/core/phone.js';
import { isEmail, safeHref } from '../../src/core/urls.js';

describe('office data', () => {
  for (const office of Object.values(OFFICES)) {
    describe(office.id, () => {
      it('has E.164 phones', () => {
        expect(isE164(office.phone), office.phone).to.be.true;
        if (office.whatsapp) expect(isE164(office.whatsapp), office.whatsapp).to.be.true;
      });
      it('has a valid e-mail and https web addresses', () => {
        expect(isEmail(office.email), office.email).to.be.true;
        for (const url of [office.web, office.sede]) {
          expect(new URL(url).protocol, url).to.equal('https:');
          expect(safeHref(url)).to.equal(new URL(url).href);
        }
      });
      it('names itself in both languages and works in Canary time', () => {
        expect(office.name.es).to.not.equal('');
        expect(office.name.en).to.not.equal('');
        expect(office.name.en).to.not.equal(office.name.es);
        expect(office.timeZone).to.equal('Atlantic/Canary');
        expect(office.hours).to.match(/\d\d:\d\d-\d\d:\d\d/);
      });
    });
  }

  it('the Arrecife office has the published numbers', () => {
    expect(OFFICES.arrecife.phone).to.equal('+34928810100');
    expect(OFFICES.arrecife.whatsapp).to.equal('+34628538449');
  });
});
