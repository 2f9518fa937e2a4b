import { expect } from '@open-wc/testing';
import { COMMENT_LIMIT, buildPayload, checkDraft, newAnswerId, pagePath } from '../../src/core/survey.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('survey answers and payload', () => {
  it('lists the missing answers in form order', () => {
    expect(checkDraft({}).map((p) => p.field)).to.deep.equal(['satisfaction', 'resolved', 'channel']);
    expect(checkDraft({ satisfaction: 6, resolved: 'maybe', channel: 'fax' })).to.have.length(3);
    expect(checkDraft({ satisfaction: 4, resolved: 'partly', channel: 'whatsapp' })).to.deep.equal([]);
  });
  it('refuses a comment over the limit', () => {
    const draft = { satisfaction: 4, resolved: 'yes', channel: 'web' };
    expect(checkDraft({ ...draft, comment: 'a'.repeat(COMMENT_LIMIT) })).to.deep.equal([]);
    expect(checkDraft({ ...draft, comment: 'a'.repeat(COMMENT_LIMIT + 1) })).to.deep.equal([{ field: 'comment', problem: 'too-long' }]);
  });
  it('builds the contract payload: masked comment, path without query or fragment, ISO time', () => {
    const payload = buildPayload({
      id: 'a1b2c3d4-0000-4000-8000-000000000000',
      surveyId: 'oac-satisfaccion',
      draft: { satisfaction: 5, resolved: 'yes', channel: 'presencial', comment: '  Muy bien. Mi móvil 628 53 84 49  ' },
      locale: 'es',
      pageUrl: 'https://www.cabildodelanzarote.com/oac/encuesta?dni=12345678Z#fin',
      now: Date.UTC(2026, 11, 2, 10, 0, 0),
    });
    expect(payload).to.deep.equal({
      schema: 1,
      id: 'a1b2c3d4-0000-4000-8000-000000000000',
      surveyId: 'oac-satisfaccion',
      answers: { satisfaction: 5, resolved: 'yes', channel: 'presencial', comment: 'Muy bien. Mi móvil [TELÉFONO]' },
      locale: 'es',
      page: '/oac/encuesta',
      submittedAt: '2026-12-02T10:00:00.000Z',
    });
  });
  it('leaves out an empty comment', () => {
    const payload = buildPayload({ id: 'x', surveyId: 's', draft: { satisfaction: 1, resolved: 'no', channel: 'otro', comment: '   ' }, locale: 'en', pageUrl: 'https://a.es/', now: 0 });
    expect('comment' in payload.answers).to.be.false;
  });
  it('makes version-4 UUIDs, also where crypto.randomUUID is missing', () => {
    expect(newAnswerId(crypto)).to.match(UUID);
    const ids = new Set(Array.from({ length: 50 }, () => newAnswerId({ getRandomValues: (a) => crypto.getRandomValues(a) })));
    expect(ids.size).to.equal(50);
    for (const id of ids) expect(id).to.match(UUID);
  });
  it('page path survives a bad URL', () => {
    expect(pagePath('not a url')).to.equal('/');
  });
});
