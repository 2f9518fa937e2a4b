import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { until } from './support/until.js';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../src/index.js';
import '../src/survey-results.js';
import type { SurveyResults, SurveySummary } from '../src/survey-results.js';

const CHANNELS = ['presencial', 'telefono', 'email', 'whatsapp', 'web', 'otro'] as const;

/** A summary as the collector answers it, with `count` answers and `comments` comments in total. */
function summary(overrides: Partial<SurveySummary> = {}, commentTotal = 23, offset = 0): SurveySummary {
  const items = Array.from({ length: Math.max(0, Math.min(10, commentTotal - offset)) }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(offset + i).padStart(12, '0')}`,
    receivedAt: '2026-11-02T10:00:00.000Z',
    satisfaction: 4,
    resolved: 'yes' as const,
    channel: 'whatsapp' as const,
    comment: `Comentario número ${offset + i + 1}`,
  }));
  return {
    count: 200,
    distribution: [10, 10, 30, 70, 80],
    satisfied: 150,
    satisfiedShare: 0.75,
    mean: 4,
    resolved: { yes: 140, partly: 40, no: 20 },
    resolvedShare: 0.7,
    trend: {
      bucket: 'month',
      points: [
        { period: '2026-09-01', count: 60, mean: 3.8, satisfiedShare: 0.7, resolvedShare: 0.65 },
        { period: '2026-10-01', count: 0, mean: null, satisfiedShare: null, resolvedShare: null },
        { period: '2026-11-01', count: 140, mean: 4.1, satisfiedShare: 0.77, resolvedShare: 0.72 },
      ],
    },
    channels: CHANNELS.map((channel, i) => ({ channel, count: i === 0 ? 120 : 16, mean: 4, satisfiedShare: 0.75, resolvedShare: 0.7 })),
    comments: { total: commentTotal, offset, limit: 10, items },
    ...overrides,
  };
}

interface Call { url: URL; init: RequestInit }

/** A fetch that records each call and answers with `respond`. */
function fakeFetch(respond: (url: URL) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch = async (url: string, init: RequestInit) => {
    calls.push({ url: new URL(url), init });
    return respond(new URL(url));
  };
  return { fetch, calls };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

async function results(respond: (url: URL) => Response | Promise<Response>, attrs: { endpoint?: string; from?: string; channel?: string; token?: string } = {}) {
  const fake = fakeFetch(respond);
  const el = await fixture<SurveyResults>(html`<cabildo-survey-results
    endpoint=${attrs.endpoint ?? '/api/survey/summary'}
    from=${attrs.from ?? ''}
    channel=${attrs.channel ?? ''}
    .token=${attrs.token ?? ''}
    .environment=${{ fetch: fake.fetch }}
  ></cabildo-survey-results>`);
  return { el, calls: fake.calls };
}

const shadow = (el: SurveyResults) => el.shadowRoot!;
const text = (el: SurveyResults) => shadow(el).textContent!.replace(/\s+/g, ' ');
const loaded = (el: SurveyResults) => until(() => shadow(el).querySelector('.figures') && el.shadowRoot!.querySelector('.results')!.getAttribute('aria-busy') === 'false', 'summary drawn');

describe('<cabildo-survey-results>', () => {
  afterEach(async () => {
    document.documentElement.lang = 'es';
    await setLocale('es');
  });

  it('shows the headline figures, the 1–5 table, the channels and the trend from the summary', async () => {
    const { el, calls } = await results(() => json(summary()));
    await loaded(el);
    const figures = [...shadow(el).querySelectorAll('.figure')].map((f) => `${f.querySelector('dt')!.textContent} ${f.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim()}`);
    expect(figures).to.deep.equal(['Respuestas 200', 'Satisfechos (4 o 5) 75 %', 'Valoración media 4,0 de 5', 'Consultas resueltas 70 %']);
    const ratingRows = [...shadow(el).querySelectorAll('section[aria-labelledby="h-distribution"] tbody tr')].map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
    expect(ratingRows[0]).to.equal('5 Muy satisfecho 80 40 %');
    expect(ratingRows[4]).to.equal('1 Muy insatisfecho 10 5 %');
    const channelRows = shadow(el).querySelectorAll('section[aria-labelledby="h-channels"] tbody tr');
    expect(channelRows.length).to.equal(6);
    expect(channelRows[0].textContent!.replace(/\s+/g, ' ')).to.contain('En persona 120 75 % 4,0 70 %');
    // The trend: an SVG with a text alternative, and the same figures in a table.
    const chart = shadow(el).querySelector('.trend svg')!;
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')!.replace(/\s/g, ' ')).to.contain('70 % en septiembre de 2026').and.contain('77 % en noviembre de 2026');
    expect(chart.querySelectorAll('rect.column').length).to.equal(2, 'no column for the month without answers');
    // Each column is labelled with what its height shows: the share of 4–5.
    expect([...chart.querySelectorAll('text.share')].map((label) => label.textContent!.replace(/\s/g, ' '))).to.deep.equal(['70 %', '', '77 %']);
    const trendRows = shadow(el).querySelectorAll('details tbody tr');
    expect(trendRows.length).to.equal(3);
    expect(trendRows[1].textContent!.replace(/\s+/g, ' ')).to.contain('0 — — —');
    expect(calls[0].url.pathname).to.equal('/api/survey/summary');
    expect(calls[0].init.credentials).to.equal('same-origin');
    await expect(el).to.be.accessible();
  });

  it('sends the token as a Bearer credential, never as an attribute', async () => {
    const { el, calls } = await results(() => json(summary()), { token: 'staff-token-0123456789' });
    await loaded(el);
    expect((calls[0].init.headers as Record<string, string>).Authorization).to.equal('Bearer staff-token-0123456789');
    expect(el.getAttributeNames().map((name) => el.getAttribute(name)).join(' ')).not.to.contain('staff-token');
  });

  it('applies the date, channel and period filters from the form, and validates them', async () => {
    const { el, calls } = await results((url) => json(summary({ count: url.searchParams.get('channel') === 'web' ? 16 : 200 })));
    await loaded(el);
    const root = shadow(el);
    (root.querySelector('#from') as HTMLInputElement).value = '2026-10-01';
    (root.querySelector('#to') as HTMLInputElement).value = '2026-10-31';
    (root.querySelector('#channel') as HTMLSelectElement).value = 'web';
    (root.querySelector('#bucket') as HTMLSelectElement).value = 'week';
    (root.querySelector('.filters button[type="submit"]') as HTMLButtonElement).click();
    await until(() => calls.length === 2 && root.querySelector('.figure dd')!.textContent === '16', 'filtered summary drawn');
    const params = Object.fromEntries(calls[1].url.searchParams);
    expect(params).to.include({ from: '2026-10-01', to: '2026-10-31', channel: 'web', bucket: 'week' });
    // An end before the start is refused in words, and nothing is fetched.
    (root.querySelector('#from') as HTMLInputElement).value = '2026-11-30';
    (root.querySelector('.filters button[type="submit"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(root.querySelector('.problem')!.textContent).to.contain('anterior');
    expect(calls.length).to.equal(2);
  });

  it('pages through the comments and searches them', async () => {
    const { el, calls } = await results((url) => {
      const q = url.searchParams.get('q');
      const offset = Number(url.searchParams.get('offset') ?? 0);
      return json(q ? summary({}, 1) : summary({}, 23, offset));
    });
    await loaded(el);
    const root = shadow(el);
    expect(root.querySelector('.status')!.textContent).to.equal('Comentarios 1–10 de 23');
    const [previous, next] = root.querySelectorAll<HTMLButtonElement>('.pager button');
    expect(previous.disabled).to.equal(true);
    next.click();
    await until(() => root.querySelector('.status')!.textContent === 'Comentarios 11–20 de 23');
    expect(calls.at(-1)!.url.searchParams.get('offset')).to.equal('10');
    expect(root.querySelector('.comment-list li')!.textContent).to.contain('Comentario número 11');
    next.click();
    await until(() => root.querySelector('.status')!.textContent === 'Comentarios 21–23 de 23');
    expect(root.querySelectorAll<HTMLButtonElement>('.pager button')[1].disabled).to.equal(true);
    const search = root.querySelector<HTMLInputElement>('#q')!;
    search.focus();
    await sendKeys({ type: 'amable' });
    await sendKeys({ press: 'Enter' });
    await until(() => root.querySelector('.status')!.textContent === 'Comentarios 1–1 de 1');
    expect(calls.at(-1)!.url.searchParams.get('q')).to.equal('amable');
    expect(calls.at(-1)!.url.searchParams.has('offset')).to.equal(false, 'a new search starts at the first page');
  });

  it('downloads the CSV with the credential and the applied filters, and says so', async () => {
    const saved: Array<{ file: Blob; filename: string }> = [];
    const fake = fakeFetch((url) => url.pathname.endsWith('/export.csv')
      ? new Response('\uFEFF"id";"comment"\r\n', { headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="respuestas-encuesta-2026-12-01.csv"' } })
      : json(summary()));
    const el = await fixture<SurveyResults>(html`<cabildo-survey-results endpoint="/api/survey/summary" from="2026-10-01" channel="web"
      .token=${'staff-token-0123456789'} .environment=${{ fetch: fake.fetch, save: (file: Blob, filename: string) => saved.push({ file, filename }) }}></cabildo-survey-results>`);
    await loaded(el);
    const button = [...shadow(el).querySelectorAll<HTMLButtonElement>('.export button')].find((b) => b.textContent!.includes('Descargar las respuestas (CSV)'))!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => saved.length === 1, 'file handed to the browser');
    const call = fake.calls.at(-1)!;
    expect(call.url.pathname).to.equal('/api/survey/export.csv');
    expect(Object.fromEntries(call.url.searchParams)).to.deep.equal({ from: '2026-10-01', channel: 'web' });
    expect((call.init.headers as Record<string, string>).Authorization).to.equal('Bearer staff-token-0123456789');
    expect(saved[0].filename).to.equal('respuestas-encuesta-2026-12-01.csv');
    expect(await saved[0].file.text()).to.contain('"id";"comment"');
    await until(() => shadow(el).querySelector('.export [role="status"]')!.textContent === 'Descargado: respuestas-encuesta-2026-12-01.csv');
  });

  it('downloads through a Blob link by default, and says so in words when the CSV is refused', async () => {
    let status = 200;
    const { el } = await results((url) => url.pathname.endsWith('/export.csv') ? new Response('"a";"b"\r\n', { status }) : json(summary()));
    await loaded(el);
    const clicked: Array<{ href: string; download: string }> = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    };
    try {
      await el.downloadCsv();
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked.length).to.equal(1);
    expect(clicked[0].href).to.match(/^blob:/);
    expect(clicked[0].download).to.match(/^respuestas-encuesta-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(await (await fetch(clicked[0].href)).text()).to.equal('"a";"b"\r\n');
    status = 401;
    const error = oneEvent(el, 'cabildo-error');
    await el.downloadCsv();
    expect((await error).detail.code).to.equal('unauthorized');
    await until(() => shadow(el).querySelector('.export [role="status"]')!.textContent!.includes('no ha aceptado la clave'));
    expect(shadow(el).querySelector('.figures'), 'the figures stay').not.to.equal(null);
  });

  it('puts no style attribute in its markup (strict CSP), and keeps a long trend readable in its scroll box', async () => {
    const points = Array.from({ length: 40 }, (_, i) => ({
      period: new Date(Date.UTC(2026, 0, 5 + 7 * i)).toISOString().slice(0, 10), count: 5, mean: 4, satisfiedShare: 0.8, resolvedShare: 0.7,
    }));
    const { el } = await results(() => json(summary({ trend: { bucket: 'week', points } })), {});
    await loaded(el);
    const styled = [...shadow(el).querySelectorAll('*')].filter((node) => node.hasAttribute('style') && node !== shadow(el).querySelector('.trend svg'));
    expect(styled.map((node) => `${node.localName}.${node.getAttribute('class')}`)).to.deep.equal([]);
    const chart = shadow(el).querySelector<SVGSVGElement>('.trend svg')!;
    // Set through the CSSOM, not written into the template: 40 weeks × 24 px, capped at 45rem.
    expect(chart.style.minWidth).to.equal('45rem');
    // Every box that scrolls sideways on a narrow screen is reachable by keyboard, and named.
    for (const box of shadow(el).querySelectorAll<HTMLElement>('.scroll, .table-wrap')) {
      expect(box.tabIndex, box.className).to.equal(0);
      expect(box.getAttribute('aria-label') ?? box.getAttribute('aria-labelledby'), box.className).to.be.a('string').and.not.equal('');
    }
    expect(chart.getBoundingClientRect().width).to.be.at.least(45 * 16 - 1);
  });

  it('shows a comment as text, never as markup', async () => {
    const hostile = summary({}, 1);
    hostile.comments.items[0].comment = '<img src=x onerror="window.__pwned=1">=1+1';
    const { el } = await results(() => json(hostile));
    await loaded(el);
    expect(shadow(el).querySelector('.comment-list img')).to.equal(null);
    expect(shadow(el).querySelector('.comment-text')!.textContent).to.equal('<img src=x onerror="window.__pwned=1">=1+1');
  });

  it('says in words when the credential is refused (401) or staff access is off (403), with cabildo-error', async () => {
    for (const [status, code, words] of [[401, 'unauthorized', 'inicia sesión'], [403, 'forbidden', 'no está activado']] as const) {
      const fake = fakeFetch(() => json({ error: 'x' }, status));
      const el = document.createElement('cabildo-survey-results');
      el.environment = { fetch: fake.fetch };
      el.endpoint = '/api/survey/summary';
      const error = oneEvent(el, 'cabildo-error');
      document.body.append(el);
      expect((await error).detail.code).to.equal(code);
      await until(() => shadow(el).querySelector('.message[role="alert"]'));
      expect(text(el)).to.contain(words);
      expect(shadow(el).querySelector('.figures')).to.equal(null);
      el.remove();
    }
  });

  it('keeps working after a failed load, a malformed answer or a network error, and retries on demand', async () => {
    let mode: 'network' | 'html' | 'ok' = 'network';
    const { el, calls } = await results(() => {
      if (mode === 'network') throw new TypeError('Failed to fetch');
      if (mode === 'html') return new Response('<html>proxy error</html>', { status: 200 });
      return json(summary());
    });
    await until(() => text(el).includes('No se han podido cargar'));
    mode = 'html';
    (shadow(el).querySelector('.message button') as HTMLButtonElement).click();
    await until(() => calls.length === 2);
    await el.updateComplete;
    await until(() => text(el).includes('No se han podido cargar'), 'the malformed answer is a failed load');
    mode = 'ok';
    (shadow(el).querySelector('.message button') as HTMLButtonElement).click();
    await loaded(el);
    expect(shadow(el).querySelector('.message')).to.equal(null);
  });

  it('reports bad attributes with invalid-<attribute> and falls back to no filter', async () => {
    const codes: string[] = [];
    const fake = fakeFetch(() => json(summary()));
    const el = document.createElement('cabildo-survey-results');
    el.addEventListener('cabildo-error', (e) => codes.push(e.detail.code));
    el.environment = { fetch: fake.fetch };
    el.setAttribute('endpoint', '/api/survey/summary');
    el.setAttribute('from', '2026-02-30');
    el.setAttribute('to', 'ayer');
    el.setAttribute('channel', 'fax');
    el.setAttribute('bucket', 'day');
    el.setAttribute('heading-level', '9');
    document.body.append(el);
    await loaded(el);
    expect(codes.sort()).to.deep.equal(['invalid-bucket', 'invalid-channel', 'invalid-from', 'invalid-heading-level', 'invalid-to']);
    expect([...fake.calls[0].url.searchParams.keys()].sort()).to.deep.equal(['bucket', 'limit']);
    el.setAttribute('endpoint', 'javascript:alert(1)');
    await until(() => codes.includes('invalid-endpoint'));
    await el.updateComplete;
    expect(text(el)).to.contain('no es válida');
    el.remove();
  });

  it('says so when there is no endpoint', async () => {
    const el = await fixture<SurveyResults>(html`<cabildo-survey-results></cabildo-survey-results>`);
    expect(text(el)).to.contain('atributo endpoint');
  });

  it('speaks English on an English page, with English number formats', async () => {
    document.documentElement.lang = 'en';
    await setLocale('en');
    const { el } = await results(() => json(summary({ mean: 4.25 })));
    await until(() => text(el).includes('Average rating'), 'English loaded');
    await loaded(el);
    expect(text(el)).to.contain('Answers').and.contain('4.3').and.contain('In person').and.contain('Comments 1–10 of 23');
    await expect(el).to.be.accessible();
  });

  it('opens the data tables before printing', async () => {
    const { el } = await results(() => json(summary()));
    await loaded(el);
    const details = shadow(el).querySelector('details')!;
    expect(details.open).to.equal(false);
    window.dispatchEvent(new Event('beforeprint'));
    expect(details.open).to.equal(true);
  });

  it('is not part of the all-in-one entry', async () => {
    const index = await (await fetch('/src/index.ts')).text();
    expect(index).not.to.contain('survey-results');
  });
});
