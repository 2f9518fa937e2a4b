import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SurveyResultsEnvironment, SurveySummary } from '../src/survey-results.js';
import '../src/survey-results.js';
// A summary as the collector's staff route answers it, over the demo's 2,000 made-up answers (server/demo-answers.mjs),
// with its first 40 comments. Made again with:
//   node --input-type=module -e "import { demoAnswers } from './server/demo-answers.mjs'; import { summarizeRecords } from './server/survey-summary.mjs'; const s = summarizeRecords(demoAnswers().map(({ payload, receivedAt }) => ({ ...payload, receivedAt })), { limit: 40 }); delete s.filters; s.comments.limit = 10; console.log(JSON.stringify(s, null, 1))" > stories/fixtures/survey-summary.json
import fixture from './fixtures/survey-summary.json';

interface Args {
  endpoint: string;
  from: string;
  to: string;
  channel: string;
  bucket: string;
  headingLevel: string;
}

const demo = fixture as unknown as SurveySummary;

/** The same summary with no answers at all (a new survey, or dates with nothing in them). */
const empty: SurveySummary = {
  count: 0,
  distribution: [0, 0, 0, 0, 0],
  satisfied: 0,
  satisfiedShare: null,
  mean: null,
  resolved: { yes: 0, partly: 0, no: 0 },
  resolvedShare: null,
  trend: { bucket: 'month', points: [] },
  channels: demo.channels.map((c) => ({ channel: c.channel, count: 0, mean: null, satisfiedShare: null, resolvedShare: null })),
  comments: { total: 0, offset: 0, limit: 10, items: [] },
};

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/**
 * The collector's staff routes, mocked in the page (the static Storybook has no server): the summary from the fixture,
 * its comments searched (accents and case ignored, as the collector does) and paged; the CSV export as a small file.
 * The figures stay those of the fixture whatever the date and channel filters.
 */
function mockedCollector(mode: 'ok' | 'empty' | 401 | 403 | 'network-error' | 'pending'): Partial<SurveyResultsEnvironment> {
  return {
    fetch: async (address) => {
      if (mode === 'pending') return new Promise<Response>(() => {});
      if (mode === 'network-error') throw new TypeError('Failed to fetch');
      if (mode === 401 || mode === 403) return json({ error: mode === 401 ? 'staff credential required' : 'staff access is disabled' }, mode);
      const url = new URL(address);
      const summary = mode === 'empty' ? empty : demo;
      if (url.pathname.endsWith('/export.csv')) {
        const rows = summary.comments.items.map((c) => [c.id, c.receivedAt, c.satisfaction, c.resolved, c.channel, `"${c.comment.replace(/"/g, '""')}"`].join(';'));
        return new Response(`\uFEFF"id";"receivedAt";"satisfaction";"resolved";"channel";"comment"\r\n${rows.join('\r\n')}\r\n`, {
          headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="respuestas-encuesta-demo.csv"' },
        });
      }
      const q = fold(url.searchParams.get('q') ?? '');
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 10);
      const found = summary.comments.items.filter((c) => !q || fold(c.comment).includes(q));
      return json({ ...summary, comments: { total: found.length, offset, limit, items: found.slice(offset, offset + limit) } });
    },
  };
}

const render = (mode: Parameters<typeof mockedCollector>[0]): Story['render'] => (args) => html`<cabildo-survey-results
    endpoint=${args.endpoint}
    from=${args.from}
    to=${args.to}
    channel=${args.channel}
    bucket=${args.bucket}
    heading-level=${args.headingLevel}
    .environment=${mockedCollector(mode)}
  ></cabildo-survey-results>`;

/**
 * The office's intranet page: the survey's figures for the staff, read from the collector's authenticated
 * `/api/survey/summary` route (here mocked with the demo's made-up answers). Not part of the all-in-one file: the
 * autoloader loads it only where its tag is.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Resultados de la encuesta',
  id: 'widgets-survey-results',
  component: 'cabildo-survey-results',
  args: { endpoint: '/api/survey/summary', from: '', to: '', channel: '', bucket: 'month', headingLevel: '2' },
  argTypes: {
    channel: { control: 'select', options: ['', 'presencial', 'telefono', 'email', 'whatsapp', 'web', 'otro'] },
    bucket: { control: 'inline-radio', options: ['month', 'week'] },
  },
  render: render('ok'),
};
export default meta;

type Story = StoryObj<Args>;

/** 2,000 answers over a year: figures, ratings, channels, the monthly trend and the comments (search "atencion"). */
export const Loaded: Story = { name: 'Resultados' };

/** No answers yet, or none in the chosen dates: every figure says so, nothing is drawn as zero. */
export const Empty: Story = { name: 'Sin respuestas', render: render('empty') };

/** The credential was refused (401): what to do, in words; `cabildo-error` with code `unauthorized`. */
export const Unauthorized: Story = { name: 'Sin acceso', render: render(401) };

/** The server has no staff token configured (403): whom to ask; `cabildo-error` with code `forbidden`. */
export const Disabled: Story = { name: 'Acceso desactivado en el servidor', render: render(403) };

/** The collector could not be reached: a message and a button to try again; `cabildo-error` with code `load-failed`. */
export const Failed: Story = { name: 'Error al cargar', render: render('network-error') };

/** The summary is on its way. */
export const Loading: Story = { name: 'Cargando', render: render('pending') };
