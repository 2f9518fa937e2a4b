import { expect } from '@open-wc/testing';
import { allowedTypos, editDistance, fold, queryTerms, SearchIndex, stem } from '../../src/core/search.js';
import { loadSearchEngine, TramiteSearch } from '../../src/core/tramite-search.js';

// The engine comes on demand in a page (the finder fetches it when first used); these tests use it at once.
before(() => loadSearchEngine());
import { BUILT_IN_CATALOGUE } from '../../src/data/catalogue.js';
import { RELEVANCE_QUERIES } from './relevance-queries.js';

const ids = (index: SearchIndex, query: string, names: string[]) => index.search(query).map((h) => names[h.index]);

describe('search: words', () => {
  it('folds case, accents and the @ of Cl@ve', () => {
    expect(fold('Extranjería ÑANDÚ Cl@ve')).to.equal('extranjeria nandu clave');
  });
  it('reduces plurals in Spanish and English', () => {
    expect(['parejas', 'asociaciones', 'papeles', 'certificados', 'partners', 'address', 'tres'].map(stem)).to.deep.equal([
      'pareja', 'asociacion', 'papel', 'certificado', 'partner', 'address', 'tres',
    ]);
  });
  it('drops filler words unless nothing else is left', () => {
    expect(queryTerms('me quiero quejar')).to.deep.equal(['quejar']);
    expect(queryTerms('how do I get a NIE')).to.deep.equal(['nie']);
    expect(queryTerms('de')).to.deep.equal(['de']);
  });
  it('allows typos by Algolia\'s rule and counts a swap as one', () => {
    expect([3, 4, 7, 8, 12].map(allowedTypos)).to.deep.equal([0, 1, 1, 2, 2]);
    expect(editDistance('clave', 'cavle')).to.equal(2);
    expect(editDistance('clave', 'calve')).to.equal(1);
    expect(editDistance('numerosa', 'nombrosa')).to.equal(2);
  });
});

describe('search: ranking', () => {
  const names = ['certificado', 'clave', 'pareja', 'pan'];
  const index = new SearchIndex(
    [
      [['Certificado digital', 10], ['firma electrónica', 8]],
      [['Cl@ve permanente', 10], ['contraseña', 8]],
      [['Pareja de hecho', 10], ['civil partnership', 8]],
      [['Pan', 10]],
    ],
    { synonyms: [['contraseña', 'password']] },
  );
  it('matches prefixes as you type', () => {
    expect(ids(index, 'certif', names)[0]).to.equal('certificado');
    expect(ids(index, 'pa', names)).to.include.members(['pareja', 'pan']);
  });
  it('tolerates one typo from 4 letters and two from 8, but none under 4', () => {
    expect(ids(index, 'clabe', names)[0]).to.equal('clave');
    expect(ids(index, 'sertifikado', names)[0]).to.equal('certificado');
    expect(ids(index, 'calve', names)[0]).to.equal('clave');
    expect(ids(index, 'pen ', names)).to.deep.equal([]);
    expect(ids(index, 'cxxtificado', names)).to.deep.equal(['certificado']);
    expect(ids(index, 'cxxxificado', names)).to.deep.equal([]);
  });
  it('finds synonyms and both languages', () => {
    expect(ids(index, 'password', names)[0]).to.equal('clave');
    expect(ids(index, 'partnership', names)[0]).to.equal('pareja');
  });
  it('puts entries that match every word first', () => {
    expect(ids(index, 'pareja clave', names).slice(0, 2)).to.have.members(['pareja', 'clave']);
    expect(index.search('certificado digital')[0].matched).to.equal(2);
  });
  it('does not count words found only in weak fields towards matching every word', () => {
    const weak = new SearchIndex(
      [
        [['Cl@ve: cambiar datos', 10], ['Certificado digital y Cl@ve', 2]],
        [['Certificado: renovar', 10], ['Certificado digital y Cl@ve', 2]],
        [['Cl@ve: renovar contraseña', 10]],
      ],
      { minWordWeight: 3 },
    );
    const hits = weak.search('renovar clave');
    expect(hits[0].index).to.equal(2);
    expect(hits.find((h) => h.index === 1)!.matched).to.equal(1);
  });
  it('highlights matched words as plain text segments', () => {
    expect(index.highlight('Certificado digital y firma', 'certif firma')).to.deep.equal([
      { text: 'Certif', match: true },
      { text: 'icado digital y ', match: false },
      { text: 'firma', match: true },
    ]);
    expect(index.highlight('Extranjería', 'extrangeria')).to.deep.equal([{ text: 'Extranjería', match: true }]);
    expect(index.highlight('<img onerror=x>', 'img')).to.deep.equal([
      { text: '<', match: false },
      { text: 'img', match: true },
      { text: ' onerror=x>', match: false },
    ]);
  });
});

describe('search: no index until it is needed, built in slices', () => {
  const big = { ...BUILT_IN_CATALOGUE, tramites: Array.from({ length: 2000 }, (_, i) => ({ ...BUILT_IN_CATALOGUE.tramites[i % 39], id: `t-${i}` })) };
  it('builds nothing for a blank query or a highlight, and the whole index for the first search', () => {
    const search = new TramiteSearch(BUILT_IN_CATALOGUE);
    search.find('');
    search.highlight('Renovar el DNI', 'dni');
    expect(search.indexed).to.be.false;
    expect(search.find('renovar dni').map((t) => t.id)).to.deep.equal(['dni']);
    expect(search.indexed).to.be.true;
  });
  it('lets other tasks run while it indexes thousands of entries, and then answers as a one-go build does', async () => {
    const search = new TramiteSearch(big);
    let otherTaskRan = false;
    setTimeout(() => (otherTaskRan = true));
    const prepared = search.prepare(1);
    expect(search.indexed).to.be.false;
    await prepared;
    expect(otherTaskRan).to.be.true;
    expect(search.indexed).to.be.true;
    expect(search.find('pasaporte').map((t) => t.id)).to.deep.equal(new TramiteSearch(big).find('pasaporte').map((t) => t.id));
  });
  it('answers the same once its lists are packed (compact), and still takes new documents afterwards', () => {
    const docs = BUILT_IN_CATALOGUE.tramites.map((t) => [[t.title.es, 10], [t.summary.es, 3]] as Array<[string, number]>);
    const loose = new SearchIndex(docs);
    const packed = new SearchIndex(docs);
    packed.compact();
    for (const [query] of RELEVANCE_QUERIES) expect(packed.search(query), query).to.deep.equal(loose.search(query));
    packed.add([['Tarjeta de pescador', 10]]);
    loose.add([['Tarjeta de pescador', 10]]);
    expect(packed.search('pescador').map((h) => h.index)).to.deep.equal([docs.length]);
    expect(packed.search('pasaporte')).to.deep.equal(loose.search('pasaporte'));
  });
});

describe('search: relevance on the built-in catalogue', () => {
  const search = new TramiteSearch(BUILT_IN_CATALOGUE);
  it(`has at least 80 realistic queries (${RELEVANCE_QUERIES.length}), a third of them for things done elsewhere`, () => {
    expect(RELEVANCE_QUERIES.length).to.be.at.least(80);
    const referralIds = new Set(BUILT_IN_CATALOGUE.tramites.filter((t) => t.elsewhere).map((t) => t.id));
    expect(RELEVANCE_QUERIES.filter(([, id]) => referralIds.has(id)).length).to.be.at.least(30);
  });
  for (const [query, expected, kind] of RELEVANCE_QUERIES) {
    it(`"${query}" → ${expected} first${kind === 'broad' ? '' : ', and no more than 3 results'}`, () => {
      const listed = search.listed(query).map((t) => t.id);
      expect(listed[0]).to.equal(expected);
      if (kind !== 'broad') expect(listed.length, listed.join(', ')).to.be.at.most(3);
    });
  }
  it('lists only what matches every word, and says when nothing does', () => {
    expect(search.find('renovar dni').map((t) => t.id)).to.deep.equal(['dni']);
    const none = search.answer('dni pareja');
    expect(none.matches).to.deep.equal([]);
    expect(none.related.map((t) => t.id)).to.include.members(['dni', 'pareja-de-hecho-inscripcion']);
    expect(none.related.length).to.be.at.most(5);
    expect(search.answer('xyzzy plugh')).to.deep.equal({ matches: [], related: [] });
  });
  it('does not read a word the catalogue has as typed as a typo of another ("passport" is not "password")', () => {
    expect(search.find('renew passport').map((t) => t.id)).to.deep.equal(['pasaporte']);
  });
  it('marks only what the citizen typed, never a synonym', () => {
    const marked = (text: string, q: string) => search.highlight(text, q).filter((s) => s.match).map((s) => s.text);
    expect(marked('Cambia el móvil o renueva la contraseña', 'renovar')).to.deep.equal([]);
    expect(marked('Renovar el DNI', 'renovar dni')).to.deep.equal(['Renovar', 'DNI']);
  });
  it('filters by category and channel, and lists everything for an empty query', () => {
    expect(search.find('')).to.have.length(BUILT_IN_CATALOGUE.tramites.length);
    expect(search.find('', { category: 'familia' }).map((t) => t.id)).to.have.members([
      'pareja-de-hecho-inscripcion', 'pareja-de-hecho-modificacion', 'pareja-de-hecho-extincion', 'familia-numerosa',
    ]);
    expect(search.find('clave', { channel: 'whatsapp' }).every((t) => t.channels.includes('whatsapp'))).to.be.true;
  });
});
