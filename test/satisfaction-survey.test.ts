import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { until } from './support/until.js';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../src/index.js';
import type { SatisfactionSurvey, SurveyEnvironment } from '../src/index.js';
import { QUEUE_KEY, type SurveyStorage } from '../src/core/survey-queue.js';

const T0 = Date.UTC(2026, 11, 2, 10, 0, 0);

class MapStorage implements SurveyStorage {
  map = new Map<string, string>();
  getItem(k: string) { return this.map.get(k) ?? null; }
  setItem(k: string, v: string) { this.map.set(k, v); }
  removeItem(k: string) { this.map.delete(k); }
}

/** A clock and timers the test moves by hand. */
function manualTime() {
  let now = T0;
  let seq = 0;
  const timers = new Map<number, { run: () => void; at: number; ms: number }>();
  const env: Partial<SurveyEnvironment> = {
    now: () => now,
    setTimer: (run, ms) => (timers.set(++seq, { run, at: now + ms, ms }), seq),
    clearTimer: (id) => void timers.delete(id as number),
    random: () => 0.5,
  };
  return {
    env,
    advance: (ms: number) => void (now += ms),
    pending: () => [...timers.values()],
    /** Runs the earliest timer; by default the clock first moves to its time. */
    runNext(moveClock = true) {
      const [id, timer] = [...timers.entries()].sort((a, b) => a[1].at - b[1].at)[0] ?? [];
      if (!timer) throw new Error('no timer pending');
      timers.delete(id!);
      if (moveClock) now = Math.max(now, timer.at);
      timer.run();
    },
  };
}

let keySeq = 0;
/** A fresh endpoint on the test server answering with `plan` (see test/support/survey-endpoint.mjs). */
function endpoint(plan: string) {
  const key = `k${Date.now()}-${++keySeq}`;
  return {
    url: `/test-survey/${key}/${plan}`,
    up: () => fetch(`/test-survey/${key}/up`),
    log: async (): Promise<Array<{ id: string; status: number | null; body: any }>> => (await fetch(`/test-survey/${key}/log`)).json(),
  };
}

type Env = Partial<SurveyEnvironment>;

/**
 * Settles once the survey is sending or retrying nothing: after it, "nothing was sent" is a fact, not a guess after
 * some milliseconds. (The delivery controller is private to the element; tests reach it by name.)
 */
const deliveryIdle = (el: SatisfactionSurvey): Promise<void> => (el as unknown as { sender: { idle: Promise<void> } }).sender.idle;
async function survey(options: { endpoint?: string; env?: Env; once?: boolean; privacyHref?: string } = {}) {
  return fixture<SatisfactionSurvey>(html`<cabildo-satisfaction-survey
    endpoint=${options.endpoint ?? ''}
    privacy-href=${options.privacyHref ?? ''}
    ?once=${options.once ?? false}
    .environment=${options.env ?? {}}
  ></cabildo-satisfaction-survey>`);
}

const $ = <T extends Element = HTMLElement>(el: SatisfactionSurvey, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: SatisfactionSurvey, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const radio = (el: SatisfactionSurvey, name: string, value: string) => $<HTMLInputElement>(el, `input[name="${name}"][value="${value}"]`)!;

async function fillIn(el: SatisfactionSurvey, comment?: string) {
  radio(el, 'satisfaction', '4').click();
  radio(el, 'resolved', 'yes').click();
  radio(el, 'channel', 'whatsapp').click();
  if (comment !== undefined) {
    const area = $<HTMLTextAreaElement>(el, '#comment')!;
    area.value = comment;
    area.dispatchEvent(new InputEvent('input'));
  }
  await el.updateComplete;
}

async function submit(el: SatisfactionSurvey) {
  $<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
  await el.updateComplete;
}

/** A survey sending to a fresh endpoint answering `plan`, answered and past the minimum time: ready to send. */
async function readyToSend(plan: string, options: { storage?: SurveyStorage; once?: boolean } = {}) {
  const time = manualTime();
  const api = endpoint(plan);
  const storage = options.storage ?? new MapStorage();
  const el = await survey({ endpoint: api.url, once: options.once, env: { ...time.env, storage } });
  await fillIn(el);
  time.advance(5000);
  return { time, api, storage, el };
}

/** A survey created with a bad attribute value, and the cabildo-error codes it reported. */
async function withBadAttribute(name: string, value: string) {
  const errors: string[] = [];
  const el = document.createElement('cabildo-satisfaction-survey');
  el.addEventListener('cabildo-error', (e) => errors.push(e.detail.code));
  el.setAttribute(name, value);
  await quietly(() => fixture(el));
  return { el, errors };
}

/** Runs `action` with console.warn silenced (expected cabildo-error warnings). */
async function quietly<T>(action: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return await action();
  } finally {
    console.warn = warn;
  }
}

const activeInside = (el: SatisfactionSurvey) => el.shadowRoot!.activeElement;

describe('<cabildo-satisfaction-survey>', () => {
  afterEach(async () => {
    document.documentElement.lang = 'es';
    await setLocale('es');
  });

  describe('the form', () => {
    it('asks three questions with native radios in fieldsets, a text label per value, and an optional comment', async () => {
      const el = await survey();
      const legends = $$(el, 'fieldset > legend').map((l) => l.textContent!.trim());
      expect(legends).to.deep.equal([
        'En general, ¿cómo valoras la atención que te hemos dado?',
        '¿Hemos resuelto tu consulta?',
        '¿Cómo te has puesto en contacto con nosotros?',
      ]);
      const ratings = $$<HTMLInputElement>(el, 'input[name="satisfaction"]');
      expect(ratings.map((r) => r.type)).to.deep.equal(Array(5).fill('radio'));
      expect(ratings.map((r) => r.closest('label')!.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        '1 Muy insatisfecho', '2 Insatisfecho', '3 Ni satisfecho ni insatisfecho', '4 Satisfecho', '5 Muy satisfecho',
      ]);
      expect($$(el, 'input[name="channel"]').map((r) => (r as HTMLInputElement).value)).to.deep.equal(
        ['presencial', 'telefono', 'email', 'whatsapp', 'web', 'otro']);
      expect($(el, '#comment-hint')!.textContent).to.contain('No incluyas datos personales');
      expect($(el, '#comment-count')!.textContent).to.equal('Te quedan 500 caracteres');
      await expect(el).to.be.accessible();
    });

    it('moves through the rating with the arrow keys, as an APG radio group', async () => {
      const el = await survey();
      radio(el, 'satisfaction', '3').focus();
      radio(el, 'satisfaction', '3').click();
      await sendKeys({ press: 'ArrowRight' });
      expect(radio(el, 'satisfaction', '4').checked).to.be.true;
      expect(activeInside(el) === radio(el, 'satisfaction', '4')).to.be.true;
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      expect(radio(el, 'satisfaction', '2').checked).to.be.true;
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      expect(radio(el, 'satisfaction', '5').checked, 'wraps around from the first to the last').to.be.true;
      expect(activeInside(el) === radio(el, 'satisfaction', '5')).to.be.true;
      await sendKeys({ press: 'ArrowDown' });
      expect(radio(el, 'satisfaction', '1').checked, 'and from the last to the first').to.be.true;
      // Tab leaves the group in one step: the next stop is the first question's successor.
      await sendKeys({ press: 'Tab' });
      expect((activeInside(el) as HTMLInputElement).name).to.equal('resolved');
    });

    it('shows what is missing in words next to each question and focuses the first one', async () => {
      const el = await survey();
      radio(el, 'resolved', 'no').click();
      await submit(el);
      const errors = $$(el, '.error').map((e) => e.textContent!.replace(/\s+/g, ' ').trim());
      expect(errors).to.deep.equal(['Error: Elige tu grado de satisfacción, del 1 al 5.', 'Error: Indica por qué medio nos contactaste.']);
      expect(activeInside(el) === radio(el, 'satisfaction', '1'), 'focus on the first error').to.be.true;
      const fieldset = radio(el, 'satisfaction', '1').closest('fieldset')!;
      expect(fieldset.getAttribute('aria-describedby')).to.equal('satisfaction-error');
      expect(fieldset.querySelector('#satisfaction-error')).to.exist;
      await expect(el).to.be.accessible();
      radio(el, 'satisfaction', '2').click();
      await el.updateComplete;
      expect($(el, '#satisfaction-error'), 'fixed answers lose their message').to.equal(null);
      expect($(el, '#channel-error')).to.exist;
    });

    it('counts the comment characters and refuses a comment over the limit, focusing it', async () => {
      const el = await survey({ env: manualTime().env });
      await fillIn(el, 'x'.repeat(503));
      expect($(el, '#comment-count')!.textContent).to.equal('Tienes 3 caracteres de más');
      await submit(el);
      expect($(el, '#comment-error')!.textContent).to.contain('borra 3 caracteres (máximo 500)');
      expect(activeInside(el) === $(el, '#comment')).to.be.true;
      expect($(el, '#comment')!.getAttribute('aria-describedby')).to.equal('comment-hint comment-count comment-error');
      await expect(el).to.be.accessible();
    });

    it('speaks English on an English page, accessibly, errors included', async () => {
      document.documentElement.lang = 'en';
      await setLocale('en');
      const el = await survey({ privacyHref: 'https://www.cabildodelanzarote.com/privacidad' });
      expect($(el, 'legend')!.textContent).to.equal('Overall, how satisfied are you with the service you received?');
      expect($(el, '.privacy a')!.textContent).to.equal('More about data protection');
      await expect(el).to.be.accessible();
      await submit(el);
      expect($(el, '.error')!.textContent).to.contain('Choose how satisfied you are, from 1 to 5.');
      await expect(el).to.be.accessible();
    });

    it('in English, every delivery outcome reads in English and passes axe', async () => {
      document.documentElement.lang = 'en';
      await setLocale('en');
      const outcomes: Array<[string, string]> = [
        ['201', 'We have received your answer.'],
        ['503', 'it is saved in this browser and will be sent automatically'],
        ['400', 'We could not record your answer (error 400).'],
      ];
      for (const [plan, text] of outcomes) {
        const { el } = await readyToSend(plan);
        await quietly(async () => {
          await submit(el);
          await until(() => el.shadowRoot!.textContent!.includes(text), `${plan}: ${text}`);
        });
        await expect(el).to.be.accessible();
      }
      const storage = new MapStorage();
      storage.setItem('cabildo-satisfaction-survey:answered:oac-satisfaccion', '2026-12-02T10:00:00Z');
      const answered = await survey({ once: true, env: { storage } });
      expect($(answered, '.answered')!.textContent).to.equal('You have already answered this survey. Thank you for your feedback!');
      await expect(answered).to.be.accessible();
    });

    it('links the privacy notice only to a safe URL', async () => {
      const good = await survey({ privacyHref: '/privacidad' });
      expect($<HTMLAnchorElement>(good, '.privacy a')!.href).to.equal(new URL('/privacidad', document.baseURI).href);
      const { el, errors } = await withBadAttribute('privacy-href', 'javascript:alert(1)');
      expect($(el, '.privacy a')).to.equal(null);
      expect($(el, '.privacy')!.textContent).to.contain('Tu respuesta es anónima');
      expect(errors).to.deep.equal(['invalid-privacy-href']);
    });
  });

  describe('delivery', () => {
    it('on 201: one POST with the contract payload, a sent event, and focus on the thank-you live region', async () => {
      const time = manualTime();
      const api = endpoint('201');
      const storage = new MapStorage();
      const el = await survey({ endpoint: api.url, env: { ...time.env, storage } });
      await fillIn(el, 'Todo bien, mi móvil es 628 53 84 49 y mi DNI 12345678Z');
      time.advance(20_000);
      const submitted = oneEvent(el, 'cabildo-satisfaction-survey-submit');
      const sent = oneEvent(el, 'cabildo-satisfaction-survey-sent');
      await submit(el);
      const payload = (await submitted).detail;
      expect((await sent).detail).to.deep.equal({ id: payload.id, status: 201 });
      await el.updateComplete;
      const log = await api.log();
      expect(log).to.have.length(1);
      expect(log[0].body).to.deep.equal(payload);
      expect(log[0].body).to.deep.include({ schema: 1, surveyId: 'oac-satisfaccion', locale: 'es', page: '/', submittedAt: '2026-12-02T10:00:20.000Z' });
      expect(log[0].body.answers).to.deep.equal({
        satisfaction: 4, resolved: 'yes', channel: 'whatsapp', comment: 'Todo bien, mi móvil es [TELÉFONO] y mi DNI [DNI/NIE]',
      });
      const thanks = $(el, '.thanks')!;
      expect(thanks.getAttribute('role')).to.equal('status');
      expect(thanks.textContent).to.contain('¡Gracias por tu opinión!');
      expect(thanks.textContent).to.contain('Hemos recibido tu respuesta.');
      expect(activeInside(el) === thanks).to.be.true;
      expect($(el, 'form')).to.equal(null);
      expect(storage.map.has(QUEUE_KEY), 'nothing left in the queue').to.be.false;
      expect(time.pending(), 'no retry scheduled').to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('disables the send button while the answer is in flight', async () => {
      const time = manualTime();
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const api = endpoint('201');
      const el = await survey({
        endpoint: api.url,
        env: { ...time.env, storage: new MapStorage(), fetch: async (url, init) => (await gate, fetch(url, init)) },
      });
      await fillIn(el);
      time.advance(5000);
      const sent = oneEvent(el, 'cabildo-satisfaction-survey-sent');
      await submit(el);
      const button = $<HTMLButtonElement>(el, 'button[type="submit"]')!;
      expect(button.disabled).to.be.true;
      expect(button.textContent!.trim()).to.equal('Enviando…');
      button.click();
      await expect(el).to.be.accessible();
      release();
      await sent;
      expect(await api.log()).to.have.length(1);
    });

    it('on 503, 503 then 201: queued, retried with backoff, delivered exactly once with the same id', async () => {
      const { el, time, api, storage } = await readyToSend('503,503,201');
      const queuedEvents: unknown[] = [];
      el.addEventListener('cabildo-satisfaction-survey-queued', (e) => queuedEvents.push(e.detail));
      await submit(el);
      await until(() => $(el, '.thanks')?.textContent?.includes('la hemos guardado en este navegador'));
      expect(activeInside(el) === $(el, '.thanks')).to.be.true;
      expect(queuedEvents).to.have.length(1);
      expect(time.pending().map((t) => t.ms), 'first retry after 1.5 s (2 s with jitter 0.5)').to.deep.equal([1500]);
      expect(JSON.parse(storage.getItem(QUEUE_KEY)!)).to.have.length(1);
      await expect(el).to.be.accessible();

      time.runNext();
      await until(async () => (await api.log()).length === 2);
      await until(() => time.pending().length === 1);
      expect(time.pending()[0].ms, 'then about twice as long').to.equal(3000);
      const sent = oneEvent(el, 'cabildo-satisfaction-survey-sent');
      time.runNext();
      await sent;
      const log = await api.log();
      expect(log.map((r) => r.status)).to.deep.equal([503, 503, 201]);
      expect(new Set(log.map((r) => r.id)).size, 'the same id every time').to.equal(1);
      expect(queuedEvents, 'queued once, not per attempt').to.have.length(1);
      expect(storage.getItem(QUEUE_KEY)).to.equal(null);
      await el.updateComplete;
      expect($(el, '.thanks')!.textContent).to.contain('Hemos recibido tu respuesta.');
      expect(time.pending()).to.have.length(0);
    });

    it('offline then online: kept while offline, delivered once when the browser reconnects', async () => {
      const { el, api } = await readyToSend('201');
      // The test page must keep talking to the runner, so the browser's offline state is simulated, not real.
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      try {
        const queued = oneEvent(el, 'cabildo-satisfaction-survey-queued');
        await submit(el);
        expect((await queued).detail.status).to.equal(null);
        await deliveryIdle(el);
        expect(await api.log(), 'an offline browser does not even try').to.deep.equal([]);
      } finally {
        delete (navigator as any).onLine;
      }
      const sent = oneEvent(el, 'cabildo-satisfaction-survey-sent');
      window.dispatchEvent(new Event('online'));
      await sent;
      expect((await api.log()).map((r) => r.status)).to.deep.equal([201]);
      await el.updateComplete;
      expect($(el, '.thanks')!.textContent).to.contain('Hemos recibido tu respuesta.');
    });

    it('a network failure (connection dropped) queues the answer; a retry delivers it with the same id', async () => {
      const { el, time, api } = await readyToSend('down');
      const queued = oneEvent(el, 'cabildo-satisfaction-survey-queued');
      await submit(el);
      expect((await queued).detail.status).to.equal(null);
      await api.up();
      const sent = oneEvent(el, 'cabildo-satisfaction-survey-sent');
      time.runNext();
      await sent;
      const log = await api.log();
      expect(log.filter((r) => r.status !== null).map((r) => r.status)).to.deep.equal([201]);
      expect(log[0].status, 'the first attempt failed').to.equal(null);
      expect(new Set(log.map((r) => r.id)).size).to.equal(1);
    });

    it('a queued answer is delivered on the next page load, by the next survey instance', async () => {
      const time = manualTime();
      const api = endpoint('503,201');
      const storage = new MapStorage();
      const first = await survey({ endpoint: api.url, env: { ...time.env, storage } });
      await fillIn(first);
      time.advance(5000);
      const queued = oneEvent(first, 'cabildo-satisfaction-survey-queued');
      await submit(first);
      const { id } = (await queued).detail;
      first.remove(); // the visitor leaves before the retry
      expect(time.pending(), 'a removed survey keeps no timer').to.have.length(0);
      expect(JSON.parse(storage.getItem(QUEUE_KEY)!)[0].payload.id).to.equal(id);

      const sent = new Promise<CustomEvent>((resolve) => document.addEventListener('cabildo-satisfaction-survey-sent', resolve as EventListener, { once: true }));
      await survey({ endpoint: api.url, env: { ...time.env, storage } });
      expect((await sent).detail).to.deep.equal({ id, status: 201 });
      const log = await api.log();
      expect(log.map((r) => [r.id, r.status])).to.deep.equal([[id, 503], [id, 201]]);
      expect(storage.getItem(QUEUE_KEY)).to.equal(null);
    });

    it('on 400: the error is shown and focused, reported, and never retried', async () => {
      const { el, time, api, storage } = await readyToSend('400');
      const reported = oneEvent(el, 'cabildo-error');
      await quietly(async () => {
        await submit(el);
        expect((await reported).detail.code).to.equal('survey-rejected');
      });
      // The error appears first, then the form is given back and focus moves to it.
      await until(() => $(el, '.rejected') && activeInside(el) === $(el, '.rejected'), 'the error is shown and focused');
      const alert = $(el, '.rejected')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent).to.contain('No hemos podido registrar tu respuesta (error 400)');
      expect($<HTMLButtonElement>(el, 'button[type="submit"]')!.disabled, 'the form stays usable').to.be.false;
      expect(storage.getItem(QUEUE_KEY)).to.equal(null);
      expect(time.pending()).to.have.length(0);
      window.dispatchEvent(new Event('online'));
      await deliveryIdle(el);
      expect(await api.log()).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('a retry refused with 400 after the thank-you says so there, and stops', async () => {
      const { el, time, api, storage } = await readyToSend('503,400');
      const queued = oneEvent(el, 'cabildo-satisfaction-survey-queued');
      await submit(el);
      await queued;
      await until(() => time.pending().length === 1);
      await quietly(async () => {
        const reported = oneEvent(el, 'cabildo-error');
        time.runNext();
        await reported;
      });
      await until(() => $(el, '.thanks')!.textContent!.includes('error 400'));
      expect(storage.getItem(QUEUE_KEY)).to.equal(null);
      expect(time.pending()).to.have.length(0);
      expect((await api.log()).map((r) => r.status)).to.deep.equal([503, 400]);
    });

    it('honours Retry-After: no attempt before it, not even on coming online', async () => {
      const { el, time, api } = await readyToSend('429~120,201');
      const queued = oneEvent(el, 'cabildo-satisfaction-survey-queued');
      await submit(el);
      expect((await queued).detail).to.deep.include({ status: 429, nextAttemptAt: new Date(T0 + 5000 + 120_000).toISOString() });
      await until(() => time.pending().length === 1);
      expect(time.pending()[0].ms).to.equal(120_000);
      time.advance(60_000);
      window.dispatchEvent(new Event('online'));
      await deliveryIdle(el);
      time.runNext(false); // a timer firing early must not send either
      await deliveryIdle(el);
      expect(await api.log()).to.have.length(1);
      const sent = oneEvent(el, 'cabildo-satisfaction-survey-sent');
      time.runNext();
      await sent;
      expect((await api.log()).map((r) => r.status)).to.deep.equal([429, 201]);
    });

    it('still works when storage throws (private browsing): keeps retrying while the page is open', async () => {
      const denied = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      const storage: SurveyStorage = { getItem: denied, setItem: denied, removeItem: denied };
      const { el, time, api } = await readyToSend('503,201', { storage, once: true });
      const queued = oneEvent(el, 'cabildo-satisfaction-survey-queued');
      await submit(el);
      expect((await queued).detail.persistent).to.be.false;
      await until(() => $(el, '.thanks')!.textContent!.includes('mientras esta página esté abierta'));
      const sent = oneEvent(el, 'cabildo-satisfaction-survey-sent');
      time.runNext();
      await sent;
      expect((await api.log()).map((r) => r.status)).to.deep.equal([503, 201]);
    });

    it('does not send twice when two surveys on a page share the queue', async () => {
      const time = manualTime();
      const api = endpoint('201');
      const storage = new MapStorage();
      const now = T0;
      storage.setItem(QUEUE_KEY, JSON.stringify([{
        endpoint: new URL(api.url, location.href).href, attempts: 1, queuedAt: now, nextAttemptAt: now, notBefore: now,
        payload: { schema: 1, id: '7b0c2a4e-9d1f-4c3a-8e2b-5f6a7b8c9d0e', surveyId: 'oac-satisfaccion', locale: 'es', page: '/',
          submittedAt: new Date(now).toISOString(), answers: { satisfaction: 3, resolved: 'partly', channel: 'web' } },
      }]));
      const holder = await fixture(html`<div>
        <cabildo-satisfaction-survey endpoint=${api.url} .environment=${{ ...time.env, storage }}></cabildo-satisfaction-survey>
        <cabildo-satisfaction-survey endpoint=${api.url} .environment=${{ ...time.env, storage }}></cabildo-satisfaction-survey>
      </div>`);
      await until(() => storage.getItem(QUEUE_KEY) === null);
      await Promise.all([...holder.querySelectorAll<SatisfactionSurvey>('cabildo-satisfaction-survey')].map(deliveryIdle));
      expect((await api.log()).map((r) => r.id)).to.deep.equal(['7b0c2a4e-9d1f-4c3a-8e2b-5f6a7b8c9d0e']);
    });
  });

  describe('spam and once-only', () => {
    it('a filled honeypot gets a silent success: thank-you, no request, no submit event', async () => {
      const { el, api } = await readyToSend('201');
      let submitted = 0;
      el.addEventListener('cabildo-satisfaction-survey-submit', () => submitted++);
      $<HTMLInputElement>(el, 'input[name="website"]')!.value = 'https://spam.example';
      await submit(el);
      await el.updateComplete;
      expect($(el, '.thanks')!.textContent).to.contain('Hemos recibido tu respuesta.');
      await deliveryIdle(el);
      expect(await api.log()).to.deep.equal([]);
      expect(submitted).to.equal(0);
    });

    it('a form sent faster than a person can fill it gets the same silent success', async () => {
      const time = manualTime();
      const api = endpoint('201');
      const el = await survey({ endpoint: api.url, env: { ...time.env, storage: new MapStorage() } });
      await fillIn(el);
      time.advance(1000);
      await submit(el);
      await el.updateComplete;
      expect($(el, '.thanks')!.textContent).to.contain('Hemos recibido tu respuesta.');
      await deliveryIdle(el);
      expect(await api.log()).to.deep.equal([]);
    });

    it('without endpoint the answer goes only to the submit event; cancelling it keeps the widget from sending', async () => {
      const time = manualTime();
      const el = await survey({ env: { ...time.env, storage: new MapStorage() } });
      await fillIn(el);
      time.advance(5000);
      const submitted = oneEvent(el, 'cabildo-satisfaction-survey-submit');
      await submit(el);
      expect((await submitted).detail.answers).to.deep.equal({ satisfaction: 4, resolved: 'yes', channel: 'whatsapp' });
      await el.updateComplete;
      expect($(el, '.thanks')!.textContent).to.contain('¡Gracias por tu opinión!');

      const api = endpoint('201');
      const other = await survey({ endpoint: api.url, env: { ...time.env, storage: new MapStorage() } });
      other.addEventListener('cabildo-satisfaction-survey-submit', (e) => e.preventDefault());
      await fillIn(other);
      time.advance(5000);
      await submit(other);
      await deliveryIdle(other);
      expect(await api.log()).to.deep.equal([]);
    });

    it('with `once`, a browser that answered sees a short note instead of the survey', async () => {
      const { el, time, api, storage } = await readyToSend('201', { once: true });
      const sent = oneEvent(el, 'cabildo-satisfaction-survey-sent');
      await submit(el);
      await sent;
      expect(storage.getItem('cabildo-satisfaction-survey:answered:oac-satisfaccion')).to.equal(new Date(T0 + 5000).toISOString());
      const again = await survey({ endpoint: api.url, once: true, env: { ...time.env, storage } });
      expect($(again, 'form')).to.equal(null);
      expect($(again, '.answered')!.textContent).to.equal('Ya has respondido a esta encuesta. ¡Gracias por tu opinión!');
      await expect(again).to.be.accessible();
      const without = await survey({ endpoint: api.url, env: { ...time.env, storage } });
      expect($(without, 'form'), 'without `once` the survey is always shown').to.exist;
    });

    it('reports an unusable endpoint and says so on the form', async () => {
      const { el, errors } = await withBadAttribute('endpoint', 'javascript:alert(1)');
      expect(errors).to.deep.equal(['invalid-endpoint']);
      expect($(el, '.notice')!.textContent).to.contain('no está bien configurada');
      await expect(el).to.be.accessible();
    });
  });
});
