import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SurveyDelivery, type DeliveryOutcome, type SurveyEnvironment } from '../src/components/satisfaction-survey/survey-delivery.js';
import { QUEUE_KEY, type SurveyStorage } from '../src/core/survey-queue.js';
import type { SurveyPayload } from '../src/core/survey.js';

// The delivery controller on its own: a host that is only a list of controllers, a scripted fetch, a clock and timers
// moved by hand. No element, no server.

const T0 = Date.UTC(2026, 11, 2, 10, 0, 0);
const ENDPOINT = 'https://encuestas.example/api/survey';

class MapStorage implements SurveyStorage {
  map = new Map<string, string>();
  getItem(k: string) { return this.map.get(k) ?? null; }
  setItem(k: string, v: string) { this.map.set(k, v); }
  removeItem(k: string) { this.map.delete(k); }
}

class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  addController(c: ReactiveController) { this.controllers.push(c); }
  removeController(c: ReactiveController) { this.controllers = this.controllers.filter((x) => x !== c); }
  requestUpdate() {}
  get updateComplete() { return Promise.resolve(true); }
  connect() { this.controllers.forEach((c) => c.hostConnected?.()); }
  disconnect() { this.controllers.forEach((c) => c.hostDisconnected?.()); }
}

const hosts: Host[] = [];
afterEach(() => hosts.splice(0).forEach((host) => host.disconnect()));

let seq = 0;
const payload = (): SurveyPayload => ({
  schema: 1, id: `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`, surveyId: 'oac-satisfaccion', locale: 'es', page: '/',
  submittedAt: new Date(T0).toISOString(), answers: { satisfaction: 4, resolved: 'yes', channel: 'web' },
});

/** A controller on a connected host whose fetch answers with `statuses` in turn (null: the network fails). */
function setUp(statuses: Array<number | null>, options: { storage?: SurveyStorage | null; retryAfter?: string } = {}) {
  let now = T0;
  const timers = new Map<number, { run: () => void; ms: number }>();
  let id = 0;
  const sent: string[] = [];
  const outcomes: DeliveryOutcome[] = [];
  const answers = [...statuses];
  const storage = options.storage === undefined ? new MapStorage() : options.storage;
  const env: Partial<SurveyEnvironment> = {
    fetch: async (_url, init) => {
      sent.push(JSON.parse(String(init.body)).id);
      const status = answers.shift();
      if (status === null || status === undefined) throw new TypeError('Failed to fetch');
      return new Response(null, { status, headers: options.retryAfter ? { 'Retry-After': options.retryAfter } : {} });
    },
    storage,
    now: () => now,
    setTimer: (run, ms) => (timers.set(++id, { run, ms }), id),
    clearTimer: (handle) => void timers.delete(handle as number),
    random: () => 0.5,
  };
  const host = new Host();
  hosts.push(host);
  const delivery = new SurveyDelivery(host, { endpoint: () => ENDPOINT, environment: () => env, onOutcome: (o) => outcomes.push(o) });
  host.connect();
  return {
    host, delivery, sent, outcomes, storage, env,
    pending: () => [...timers.values()].map((t) => t.ms),
    /** Moves the clock to the timer's time and runs it. */
    fire() {
      const [key, timer] = [...timers.entries()][0];
      timers.delete(key);
      now += timer.ms;
      timer.run();
    },
    advance: (ms: number) => void (now += ms),
  };
}

describe('survey delivery controller', () => {
  it('delivers at once and leaves nothing queued or scheduled', async () => {
    const t = setUp([201]);
    const p = payload();
    expect(await t.delivery.send(p)).to.equal('delivered');
    expect(t.outcomes).to.deep.equal([{ kind: 'delivered', id: p.id, status: 201 }]);
    expect(t.storage!.getItem(QUEUE_KEY)).to.equal(null);
    expect(t.pending()).to.deep.equal([]);
  });

  it('keeps an answer the server could not take, retries it with backoff and the same id, and says when it is first queued', async () => {
    const t = setUp([503, null, 201]);
    const p = payload();
    expect(await t.delivery.send(p)).to.equal('queued');
    expect(t.outcomes[0]).to.deep.include({ kind: 'queued', status: 503, firstFailure: true, persistent: true, nextAttemptAt: T0 + 1500 });
    expect(JSON.parse(t.storage!.getItem(QUEUE_KEY)!)[0].payload.id).to.equal(p.id);
    expect(t.pending(), 'first retry after 1.5 s (2 s with jitter 0.5)').to.deep.equal([1500]);
    t.fire();
    await t.delivery.idle;
    expect(t.outcomes[1]).to.deep.include({ kind: 'queued', status: null, firstFailure: false });
    expect(t.pending(), 'then about twice as long').to.deep.equal([3000]);
    t.fire();
    await t.delivery.idle;
    expect(t.outcomes[2]).to.deep.equal({ kind: 'delivered', id: p.id, status: 201 });
    expect(t.sent).to.deep.equal([p.id, p.id, p.id]);
    expect(t.storage!.getItem(QUEUE_KEY)).to.equal(null);
    expect(t.pending()).to.deep.equal([]);
  });

  it('drops an answer refused with a 4xx and never retries it', async () => {
    const t = setUp([400, 201]);
    const p = payload();
    expect(await t.delivery.send(p)).to.equal('rejected');
    expect(t.outcomes).to.deep.equal([{ kind: 'rejected', id: p.id, status: 400 }]);
    await t.delivery.retry(true);
    expect(t.sent).to.deep.equal([p.id]);
    expect(t.pending()).to.deep.equal([]);
  });

  it('does not try while the browser is offline, and tries at once when it comes back online', async () => {
    const t = setUp([201]);
    const p = payload();
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      expect(await t.delivery.send(p)).to.equal('queued');
      expect(t.sent, 'no request from an offline browser').to.deep.equal([]);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
    window.dispatchEvent(new Event('online'));
    await t.delivery.idle;
    expect(t.sent).to.deep.equal([p.id]);
    expect(t.outcomes.at(-1)).to.deep.equal({ kind: 'delivered', id: p.id, status: 201 });
  });

  it('honours Retry-After even when the browser comes back online', async () => {
    const t = setUp([429, 201], { retryAfter: '120' });
    await t.delivery.send(payload());
    expect(t.pending()).to.deep.equal([120_000]);
    t.advance(60_000);
    window.dispatchEvent(new Event('online'));
    await t.delivery.idle;
    expect(t.sent).to.have.length(1);
  });

  it('stops while its element is out of the page: no timer, no retry on coming online', async () => {
    const t = setUp([503, 201]);
    await t.delivery.send(payload());
    expect(t.pending()).to.have.length(1);
    t.host.disconnect();
    expect(t.pending(), 'the timer is cleared').to.deep.equal([]);
    window.dispatchEvent(new Event('online'));
    await t.delivery.idle;
    expect(t.sent).to.have.length(1);
  });

  it('two controllers on one storage send a waiting answer once', async () => {
    const storage = new MapStorage();
    const a = setUp([201], { storage });
    const b = setUp([201], { storage });
    const p = payload();
    storage.setItem(QUEUE_KEY, JSON.stringify([{ endpoint: ENDPOINT, payload: p, attempts: 1, queuedAt: T0, nextAttemptAt: T0, notBefore: T0 }]));
    await Promise.all([a.delivery.retry(true), b.delivery.retry(true)]);
    expect([...a.sent, ...b.sent]).to.deep.equal([p.id]);
    expect(storage.getItem(QUEUE_KEY)).to.equal(null);
  });

  it('keeps answers in memory when storage throws, and says they are not persistent', async () => {
    const denied = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const t = setUp([503], { storage: { getItem: denied, setItem: denied, removeItem: denied } });
    await t.delivery.send(payload());
    expect(t.outcomes[0]).to.deep.include({ kind: 'queued', persistent: false });
    expect(t.pending(), 'still retried while the page is open').to.have.length(1);
  });
});
