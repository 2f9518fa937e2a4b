import { expect } from '@open-wc/testing';
import { checkCatalogue, checkCatalogueInSlices, CHANNELS, MAX_ENTRIES } from '../../src/core/catalogue.js';
import { isJsonContentType, loadCatalogue } from '../../src/core/catalogue-loader.js';
import { safeHref } from '../../src/core/urls.js';
import { BUILT_IN_CATALOGUE } from '../../src/data/catalogue.js';
import { loadSearchEngine, TramiteSearch } from '../../src/core/tramite-search.js';

// The engine comes on demand in a page (the finder fetches it when first used); these tests use it at once.
before(() => loadSearchEngine());
import { parseJsonInSlices, SLICED_FROM } from '../../src/core/json-slices.js';

const ISSUE_IDS = [
  'quejas-sugerencias-reclamaciones', 'acreditacion-certificado-digital', 'clave-permanente-alta',
  'clave-permanente-modificacion', 'clave-permanente-revocacion', 'extranjeria', 'pareja-de-hecho-inscripcion',
  'pareja-de-hecho-modificacion', 'pareja-de-hecho-extincion', 'asociacion-inscripcion', 'asociacion-extincion',
  'familia-numerosa', 'registro-otras-administraciones', 'seminario-certificado-digital', 'cita-previa',
];

const jsonResponse = (body: string, init: ResponseInit = {}) =>
  new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' }, ...init });

describe('built-in catalogue', () => {
  const own = BUILT_IN_CATALOGUE.tramites.filter((t) => !t.elsewhere);
  const referrals = BUILT_IN_CATALOGUE.tramites.filter((t) => t.elsewhere);

  it('has exactly the procedures of the issue and at least 20 referrals, each valid in both languages', () => {
    expect(own.map((t) => t.id)).to.have.members(ISSUE_IDS);
    expect(referrals.length).to.be.at.least(20);
    const checked = checkCatalogue(JSON.parse(JSON.stringify(BUILT_IN_CATALOGUE)));
    expect(checked.ok && checked.skipped).to.deep.equal([]);
    expect(checked.ok && checked.catalogue.tramites).to.deep.equal(BUILT_IN_CATALOGUE.tramites);
  });

  it('says who does each referral, links to that body, says how the office helps, and marks it unconfirmed', () => {
    for (const t of referrals) {
      expect(t.category, t.id).to.equal('otras-administraciones');
      expect(t.elsewhere!.by.es, t.id).to.match(/^(el|la|los|las) /);
      expect(t.elsewhere!.help.es, t.id).to.match(/registr/);
      expect(t.start.url, t.id).to.match(/^https:\/\//);
      expect(t.verified, t.id).to.equal(false);
      expect(t.confirm, t.id).to.be.a('string');
    }
  });

  it('speaks tú to one person, never vosotros', () => {
    const spanish = BUILT_IN_CATALOGUE.tramites.flatMap((t) => [
      t.title.es, t.summary.es, t.audience.es, ...t.bring.es, ...t.steps.es, t.start.label.es, t.elsewhere?.help.es ?? '',
    ]);
    // "os", "vuestro", "-áis/-éis" verbs, and imperatives like "Presentad" or "registradla".
    const vosotros = [/(^|[\s¿¡(])(os|vuestr[oa]s?)[\s,.]/i, /[a-zñ](áis|éis)\b/, /^[A-ZÁÉÍÓÚ][a-zñ]+[aei]d\s(la|el|los|las|un|una|lo)\s/, /[a-zñ]+[aei]d(la|lo|las|los)\b/];
    expect(spanish.filter((line) => vosotros.some((re) => re.test(line)))).to.deep.equal([]);
  });

  it('rejects a referral without who does it or how the office helps, like any other bad field', () => {
    const entry = JSON.parse(JSON.stringify(referrals[0]));
    const checked = checkCatalogue({
      version: 1,
      tramites: [{ ...entry, id: 'a', elsewhere: { help: entry.elsewhere.help } }, { ...entry, id: 'b', elsewhere: { by: entry.elsewhere.by } }, entry],
    });
    expect(checked.ok && checked.skipped.map((p) => p.field)).to.deep.equal(['elsewhere.by', 'elsewhere.help']);
  });

  it('starts every procedure from a safe link and marks what the office must confirm', () => {
    for (const t of BUILT_IN_CATALOGUE.tramites) {
      expect(safeHref(t.start.url), t.id).to.match(/^https:\/\//);
      expect(t.keywords.es.length, t.id).to.be.greaterThan(2);
      expect(t.keywords.en.length, t.id).to.be.greaterThan(2);
      if (!t.verified) expect(t.confirm, t.id).to.be.a('string');
      expect(CHANNELS).to.include.members(t.channels);
    }
  });

  it('ships a JSON Schema that requires what the validator requires', async () => {
    const schema = await (await fetch('/src/data/catalogue.schema.json')).json();
    const required: string[] = schema.$defs.tramite.required;
    const sample = JSON.parse(JSON.stringify(BUILT_IN_CATALOGUE.tramites[0]));
    for (const field of required) {
      const copy = { ...sample };
      delete copy[field];
      const checked = checkCatalogue({ version: 1, tramites: [copy] });
      expect(checked.ok && checked.skipped.length, `without ${field}`).to.equal(1);
    }
    expect(schema.$defs.tramite.properties.channels.items.enum).to.deep.equal([...CHANNELS, 'online']);
  });

  it('reads `online`, the earlier spelling, as the web channel every widget names the same way', () => {
    const entry = { ...JSON.parse(JSON.stringify(BUILT_IN_CATALOGUE.tramites[0])), channels: ['online', 'presencial', 'web'] };
    const checked = checkCatalogue({ version: 1, tramites: [entry] });
    expect(checked.ok && checked.catalogue.tramites[0].channels).to.deep.equal(['web', 'presencial']);
    const fax = checkCatalogue({ version: 1, tramites: [entry, { ...entry, id: 'por-fax', channels: ['fax'] }] });
    expect(fax.ok && fax.skipped.map((s) => s.field)).to.deep.equal(['channels']);
  });
});

describe('editor guides: topics of the finder', () => {
  for (const guide of ['/docs/guia-editores.md', '/docs/editor-guide.md']) {
    it(`${guide} lists every category id, and its pre-filtered recipe uses one that exists`, async () => {
      const text = await (await fetch(guide)).text();
      const ids = (BUILT_IN_CATALOGUE.categories ?? []).map((c) => c.id);
      const listed = [...text.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]).filter((id) => !/^(q|category|channel|sync-url|limit|src|timeout|[a-z-]+=)$/.test(id));
      expect(listed.filter((id) => ids.includes(id))).to.deep.equal(ids);
      // (with the fallback link every snippet carries inside the tag)
      const recipe = text.match(/```html\n<cabildo-tramite-finder category="([^"]+)">[^`]*?<\/cabildo-tramite-finder>\n```/);
      expect(recipe, 'the pre-filtered recipe').to.not.equal(null);
      expect(ids).to.include(recipe![1]);
      const search = new TramiteSearch(BUILT_IN_CATALOGUE);
      expect(search.find('', { category: recipe![1] }).length).to.be.greaterThan(0);
    });
  }
});

describe('catalogue validation', () => {
  it('validates in slices with the same outcome, and refuses more entries than MAX_ENTRIES', async () => {
    const json = await (await fetch('/test/fixtures/catalogue-invalid-entries.json')).json();
    expect(await checkCatalogueInSlices(json, undefined, 0)).to.deep.equal(checkCatalogue(json));
    const many = { version: 1, tramites: Array.from({ length: MAX_ENTRIES + 1 }, () => ({})) };
    expect((await checkCatalogueInSlices(many)).ok).to.be.false;
  });

  it('skips invalid and repeated entries, keeps the valid ones and says why', async () => {
    const json = await (await fetch('/test/fixtures/catalogue-invalid-entries.json')).json();
    const checked = checkCatalogue(json);
    if (!checked.ok) throw new Error('expected a usable catalogue');
    expect(checked.catalogue.tramites.map((t) => t.id)).to.deep.equal(['bueno', 'otro-bueno']);
    expect(checked.skipped.map((p) => [p.index, p.field])).to.deep.equal([
      [1, 'title'], [2, 'id'], [3, 'channels'], [4, '(entry)'], [5, 'id (repeated)'],
    ]);
  });

  it('rejects a document with a wrong envelope', () => {
    expect(checkCatalogue([])).to.deep.equal({ ok: false, field: '(document)' });
    expect(checkCatalogue({ version: 2, tramites: [] })).to.deep.equal({ ok: false, field: 'version' });
    expect(checkCatalogue({ version: 1 })).to.deep.equal({ ok: false, field: 'tramites' });
  });

  it('drops unknown fields and requires categories to exist when they are listed', async () => {
    const json = await (await fetch('/test/fixtures/catalogue-valid.json')).json();
    json.tramites[0].extra = '<script>';
    json.tramites[1].category = 'no-existe';
    const checked = checkCatalogue(json);
    if (!checked.ok) throw new Error('expected a usable catalogue');
    expect(checked.catalogue.tramites).to.have.length(1);
    expect('extra' in checked.catalogue.tramites[0]).to.be.false;
    expect(checked.skipped[0].field).to.equal('category');
  });
});

describe('catalogue loading', () => {
  it('loads a catalogue without credentials', async () => {
    let init: RequestInit | undefined;
    const result = await loadCatalogue('/test/fixtures/catalogue-valid.json', {
      fetch: (input, i) => {
        init = i;
        return fetch(input, i);
      },
    });
    expect(result.ok && result.catalogue.tramites.length).to.equal(2);
    expect(init?.credentials).to.equal('omit');
    expect(init?.referrerPolicy).to.equal('no-referrer');
  });

  it('resolves relative start links against the catalogue file, and skips an entry whose link cannot be safe', async () => {
    const doc = await (await fetch('/test/fixtures/catalogue-valid.json')).json();
    const [first, second] = doc.tramites;
    doc.tramites = [
      { ...first, start: { ...first.start, url: 'sede/pesca' } },
      { ...second, start: { ...second.start, url: 'javascript:alert(1)' } },
      { ...second, id: 'sin-enlace', start: { ...second.start, url: 'http://example.org/' } },
    ];
    const result = await loadCatalogue('/test/fixtures/catalogo.json', { fetch: async () => jsonResponse(JSON.stringify(doc)) });
    if (!result.ok) throw new Error(result.code);
    expect(result.catalogue.tramites.map((t) => t.start.url)).to.deep.equal([new URL('/test/fixtures/sede/pesca', location.href).href]);
    expect(result.skipped.map((p) => [p.index, p.field])).to.deep.equal([[1, 'start.url'], [2, 'start.url']]);
  });

  it('reports a 404', async () => {
    const result = await loadCatalogue('/test/fixtures/does-not-exist.json');
    expect(result).to.include({ ok: false, code: 'catalogue-http', status: 404 });
  });

  it('refuses an HTML page instead of JSON', async () => {
    const result = await loadCatalogue('/test/fixtures/catalogue-page.html');
    expect(result).to.include({ ok: false, code: 'catalogue-content-type' });
    if (!result.ok) expect(result.code === 'catalogue-content-type' && result.contentType).to.contain('text/html');
  });

  it('refuses invalid JSON', async () => {
    const result = await loadCatalogue('/test/fixtures/catalogue-broken.json');
    expect(result).to.include({ ok: false, code: 'catalogue-json' });
  });

  it('gives up after the timeout', async () => {
    const hanging: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    // The fetch never ends on its own: only the 50 ms timeout can have ended the load (no clock ceiling needed).
    const result = await loadCatalogue('/x.json', { fetch: hanging, timeoutMs: 50 });
    expect(result).to.include({ ok: false, code: 'catalogue-timeout', timeoutMs: 50 });
  });

  it('refuses an oversized body, whether or not it declares its length', async () => {
    const big = JSON.stringify({ version: 1, tramites: [], padding: 'x'.repeat(5000) });
    const declared = await loadCatalogue('/x.json', { fetch: async () => jsonResponse(big), maxBytes: 1000 });
    expect(declared).to.include({ ok: false, code: 'catalogue-too-large' });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(500)));
        controller.close();
      },
    });
    const undeclared = await loadCatalogue('/x.json', { fetch: async () => new Response(stream, { headers: { 'Content-Type': 'application/json' } }),
      maxBytes: 1000,
    });
    expect(undeclared).to.include({ ok: false, code: 'catalogue-too-large' });
  });

  it('reports a network failure and a wrong envelope', async () => {
    const offline = await loadCatalogue('/x.json', { fetch: async () => Promise.reject(new TypeError('Failed to fetch')) });
    expect(offline).to.include({ ok: false, code: 'catalogue-network' });
    const wrong = await loadCatalogue('/x.json', { fetch: async () => jsonResponse('{"version":1}') });
    expect(wrong).to.include({ ok: false, code: 'catalogue-schema', field: 'tramites' });
  });

  it('parses a large catalogue in slices to the same value as JSON.parse, and refuses what JSON.parse refuses', async () => {
    // Big enough to be sliced: the built-in entries repeated, with quotes, backslashes, brackets and commas in strings.
    const tramites = Array.from({ length: 400 }, (_, i) => ({ ...BUILT_IN_CATALOGUE.tramites[i % BUILT_IN_CATALOGUE.tramites.length], id: `t-${i}`, note: 'a "b" \\ [c], {d}' }));
    const doc = { version: 1, categories: BUILT_IN_CATALOGUE.categories, empty: [], nested: [[1, [2]], { a: [3] }], tramites };
    const text = JSON.stringify(doc, null, 1);
    expect(text.length).to.be.above(SLICED_FROM);
    expect(await parseJsonInSlices(text, 1)).to.deep.equal(JSON.parse(text));
    // The same text in the pieces a body is decoded in, cut everywhere: inside strings and escapes (`\"`, `\\`), on
    // commas and brackets, in one-character pieces and empty ones.
    const cuts = [1, 7, 4096, 65_537];
    for (const size of cuts) {
      const pieces = [''];
      for (let at = 0; at < text.length; at += size) pieces.push(text.slice(at, at + size), '');
      expect(await parseJsonInSlices(pieces, 1), `pieces of ${size}`).to.deep.equal(JSON.parse(text));
    }
    const escape = text.indexOf('\\"');
    expect(await parseJsonInSlices([text.slice(0, escape + 1), text.slice(escape + 1)], 1), 'cut after a backslash').to.deep.equal(JSON.parse(text));
    const bad = [
      text.replace('"tramites": [', '"tramites": [,'), // an empty element
      text.replace(/\]\s*}\s*$/, ',]}'), // a trailing comma
      text.replace('"empty": []', '"empty": [1 2]'), // two values in one element
      `${text}x`, // something after the document
      text.slice(0, -2), // cut short
      text.replace('"version": 1', '"version": 1]'), // unbalanced
    ];
    for (const broken of bad) {
      expect(() => JSON.parse(broken)).to.throw(SyntaxError);
      let error: unknown;
      await parseJsonInSlices(broken, 1).catch((e: unknown) => (error = e));
      expect(error, broken.slice(0, 40)).to.be.instanceOf(SyntaxError);
      error = undefined;
      await parseJsonInSlices([broken.slice(0, 1000), broken.slice(1000)], 1).catch((e: unknown) => (error = e));
      expect(error, `in two pieces: ${broken.slice(0, 40)}`).to.be.instanceOf(SyntaxError);
    }
  });

  it('loads a 1,000-procedure catalogue without one long task: parsing, checking and indexing yield between slices', async () => {
    const tramites = Array.from({ length: 1000 }, (_, i) => ({ ...BUILT_IN_CATALOGUE.tramites[i % BUILT_IN_CATALOGUE.tramites.length], id: `t-${i}` }));
    const body = JSON.stringify({ version: 1, categories: BUILT_IN_CATALOGUE.categories, tramites });
    // Timers that fire while the load runs prove the page got its turn between slices.
    let turns = 0;
    const tick = setInterval(() => turns++, 0);
    const result = await loadCatalogue('/x.json', { fetch: async () => jsonResponse(body) });
    clearInterval(tick);
    expect(result.ok && result.catalogue.tramites.length).to.equal(1000);
    expect(turns).to.be.above(1);
  });

  it('accepts JSON content types only', () => {
    expect(isJsonContentType('application/json; charset=utf-8')).to.be.true;
    expect(isJsonContentType('application/schema+json')).to.be.true;
    for (const bad of ['text/html', 'text/plain', '', null, 'application/jsonp']) expect(isJsonContentType(bad), String(bad)).to.be.false;
  });
});
