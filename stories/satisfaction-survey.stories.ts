import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SatisfactionSurvey, SurveyEnvironment } from '../src/index.js';
import '../src/satisfaction-survey.js';

interface Args {
  endpoint: string;
  surveyId: string;
  privacyHref: string;
  once: boolean;
}

/** A survey whose answers go nowhere: a fake endpoint answering `status`, and storage in memory. */
function storyEnvironment(status: number | 'pending' | 'network-error'): Partial<SurveyEnvironment> {
  const memory = new Map<string, string>();
  return {
    fetch: () =>
      status === 'pending'
        ? new Promise<Response>(() => {})
        : status === 'network-error'
          ? Promise.reject(new TypeError('Failed to fetch'))
          : Promise.resolve(new Response('{}', { status, headers: status === 503 ? { 'Retry-After': '120' } : {} })),
    storage: { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v), removeItem: (k) => void memory.delete(k) },
    // Stories stay on the state they show: no retries fire.
    setTimer: () => 0,
    clearTimer: () => {},
  };
}

const survey = (canvas: HTMLElement) => canvas.querySelector('cabildo-satisfaction-survey') as SatisfactionSurvey;

/** Answers the three questions as a citizen would, and sends (the minimum time on the form is skipped). */
async function answerAndSend(canvas: HTMLElement, comment = ''): Promise<void> {
  const el = survey(canvas);
  await el.updateComplete;
  const root = el.shadowRoot!;
  for (const [name, value] of [['satisfaction', '4'], ['resolved', 'yes'], ['channel', 'presencial']]) {
    root.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!.click();
  }
  if (comment) {
    const area = root.querySelector<HTMLTextAreaElement>('#comment')!;
    area.value = comment;
    area.dispatchEvent(new InputEvent('input'));
  }
  el.environment = { ...el.environment, now: () => Date.now() + 60_000 };
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await el.updateComplete;
}

const meta: Meta<Args> = {
  title: 'Widgets/Encuesta de satisfacción',
  id: 'widgets-satisfaction-survey',
  component: 'cabildo-satisfaction-survey',
  args: { endpoint: '/api/survey', surveyId: 'oac-satisfaccion', privacyHref: 'https://www.cabildodelanzarote.com/', once: false },
  render: (args) => html`<cabildo-satisfaction-survey
    endpoint=${args.endpoint}
    survey-id=${args.surveyId}
    privacy-href=${args.privacyHref}
    ?once=${args.once}
    .environment=${storyEnvironment(201)}
  ></cabildo-satisfaction-survey>`,
};
export default meta;

type Story = StoryObj<Args>;
const withStatus = (status: Parameters<typeof storyEnvironment>[0]): Story['render'] => (args) => html`<cabildo-satisfaction-survey
    endpoint=${args.endpoint}
    survey-id=${args.surveyId}
    privacy-href=${args.privacyHref}
    ?once=${args.once}
    .environment=${storyEnvironment(status)}
  ></cabildo-satisfaction-survey>`;

/** Step 1: the empty form. */
export const Form: Story = { name: 'Formulario' };

/** Step 2: sent with nothing answered: a message next to each question, focus on the first. */
export const ValidationErrors: Story = { name: 'Sin responder',
  play: async ({ canvasElement }) => {
    const el = survey(canvasElement);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};

/** Step 3: the answer is on its way; the button is disabled. */
export const Sending: Story = { name: 'Enviando', render: withStatus('pending'), play: ({ canvasElement }) => answerAndSend(canvasElement) };

/** Outcome: the endpoint answered 201; the thank-you gets the focus. Personal data in the comment was masked. */
export const Sent: Story = { name: 'Enviada',
  render: withStatus(201),
  play: ({ canvasElement }) => answerAndSend(canvasElement, 'Muy bien. Mi teléfono es 628 53 84 49'),
};

/** Outcome: the endpoint answered 503 (or the browser is offline): the answer waits in the browser and will be sent later. */
export const Queued: Story = { name: 'Guardada para enviar más tarde', render: withStatus(503), play: ({ canvasElement }) => answerAndSend(canvasElement) };

/** Outcome: the endpoint refused the answer (400): shown, not retried; the form stays. */
export const Rejected: Story = {
  name: 'Rechazada', render: withStatus(400), play: ({ canvasElement }) => answerAndSend(canvasElement) };

/** With `once`, after answering: the short note a returning visitor sees. */
export const AnsweredBefore: Story = { name: 'Ya respondida',
  args: { once: true },
  play: async ({ canvasElement }) => {
    await answerAndSend(canvasElement);
    const el = survey(canvasElement);
    const again = document.createElement('cabildo-satisfaction-survey');
    again.once = true;
    again.environment = el.environment;
    el.replaceWith(again);
  },
};
