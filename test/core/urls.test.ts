import { expect } from '@open-wc/testing';
import { isEmail, safeHref } from '../../src/core/urls.js';

describe('safe links', () => {
  it('keeps https:, tel: and mailto: links', () => {
    expect(safeHref('https://www.cabildodelanzarote.com')).to.equal('https://www.cabildodelanzarote.com/');
    expect(safeHref('tel:+34928810100')).to.equal('tel:+34928810100');
    expect(safeHref('mailto:a@b.es')).to.equal('mailto:a@b.es');
  });
  it('refuses script and data URLs in any spelling', () => {
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>',
      'vbscript:x', 'file:///etc/passwd', 'ftp://x.es']) {
      expect(safeHref(bad), bad).to.equal(null);
    }
  });
  it('allows http: only on the local machine', () => {
    expect(safeHref('http://localhost:8000/api')).to.equal('http://localhost:8000/api');
    expect(safeHref('http://127.0.0.1/x')).to.equal('http://127.0.0.1/x');
    expect(safeHref('http://example.com/')).to.equal(null);
  });
  it('resolves relative links against a base, and refuses them without one', () => {
    expect(safeHref('/sede', 'https://www.cabildodelanzarote.com/a/')).to.equal('https://www.cabildodelanzarote.com/sede');
    expect(safeHref('/sede')).to.equal(null);
  });
  it('recognises e-mail addresses', () => {
    expect(isEmail('atencioninformacionciudadana@cabildodelanzarote.com')).to.be.true;
    expect(isEmail('nombre.apellido+oac@lanzarote.es')).to.be.true;
    for (const good of ['josé.pérez@cabildodelanzarote.es', 'info@ayuntamientodelogroño.es', "o'brien@example.ie"]) {
      expect(isEmail(good), good).to.be.true;
    }
    const bad = ['', 'a@b', 'a b@c.es', '<a@b.es>', 'a@b.es,c@d.es', '@b.es',
      // What a mailto: link would read as headers, or a vCard as more than an address.
      'info@cabildo.es?cc=spy%40evil.example&subject=x', 'a@b.co#frag', 'a%40x@b.es', 'a@b.es;x', 'a@-b.es', 'a@b..es'];
    for (const value of bad) expect(isEmail(value), value).to.be.false;
  });
});
