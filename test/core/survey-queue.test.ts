import { expect } from '@open-wc/testing';
import {
  BACKOFF_BASE_MS, BACKOFF_CAP_MS, QUEUE_KEY, QUEUE_LIMIT, QUEUE_TTL_MS, ResilientStorage, afterFailure, backoffDelay,
  isDue, parseRetryAfter, queueEntry, readQueue, removeEntry, saveEntry, verdictFor, type SurveyStorage,
} from '../../src/core/survey-queue.js';
import type { SurveyPayload } from '../../src/core/survey.js';

class MapStorage implements SurveyStorage {
  map = new Map<string, string>();
  getItem(k: string) { return this.map.get(k) ?? null; }
  setItem(k: string, v: string) { this.map.set(k, v); }
  removeItem(k: string) { this.map.delete(k); }
}
const throwing: SurveyStorage = {
  getItem() { throw new DOMException('denied', 'SecurityError'); },
  setItem() { throw new DOMException('full', 'QuotaExceededError'); },
  removeItem() { throw new DOMException('denied', 'SecurityError'); },
};
const payload = (id: string) => ({ id, schema: 1 }) as SurveyPayload;
const T0 = Date.UTC(2026, 11, 2, 10, 0, 0);

describe('delivery queue', () => {
  it('classifies statuses as the contract says', () => {
    for (const s of [200, 201, 204]) expect(verdictFor(s), String(s)).to.equal('delivered');
    for (const s of [null, 408, 429, 500, 502, 503, 504]) expect(verdictFor(s), String(s)).to.equal('retry');
    for (const s of [400, 401, 403, 404, 409, 413, 415, 422, 301]) expect(verdictFor(s), String(s)).to.equal('rejected');
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('120', T0)).to.equal(120_000);
    expect(parseRetryAfter(' 0 ', T0)).to.equal(0);
    expect(parseRetryAfter(new Date(T0 + 90_000).toUTCString(), T0)).to.equal(90_000);
    expect(parseRetryAfter('Wed, 02 Dec 2026 09:00:00 GMT', T0), 'a date in the past').to.equal(0);
    expect(parseRetryAfter('999999999', T0), 'capped at a day').to.equal(24 * 3600_000);
    for (const bad of [null, '', '-5', '1.5', 'soon', '2026-12-02T10:00:00Z']) expect(parseRetryAfter(bad, T0), String(bad)).to.equal(null);
  });

  it('backs off exponentially with jitter, within bounds', () => {
    expect(backoffDelay(1, 0)).to.equal(BACKOFF_BASE_MS / 2);
    expect(backoffDelay(1, 1)).to.equal(BACKOFF_BASE_MS);
    expect(backoffDelay(3, 0.5)).to.equal(Math.round(BACKOFF_BASE_MS * 4 * 0.75));
    expect(backoffDelay(40, 1)).to.equal(BACKOFF_CAP_MS);
    const spread = new Set([0.1, 0.4, 0.9].map((r) => backoffDelay(5, r)));
    expect(spread.size, 'different browsers wait different times').to.equal(3);
  });

  it('schedules the next attempt after a failure, honouring Retry-After even on eager retries', () => {
    const entry = queueEntry('https://x.es/api', payload('a'), T0);
    const backedOff = afterFailure(entry, null, T0, 0.5);
    expect(backedOff.attempts).to.equal(1);
    expect(backedOff.nextAttemptAt).to.equal(T0 + backoffDelay(1, 0.5));
    expect(isDue(backedOff, T0 + 10, false)).to.be.false;
    expect(isDue(backedOff, T0 + 10, true), 'page load or online retries at once').to.be.true;
    const told = afterFailure(backedOff, 120_000, T0, 0.5);
    expect(told.nextAttemptAt).to.equal(T0 + 120_000);
    expect(isDue(told, T0 + 119_999, true), 'not even eagerly before Retry-After').to.be.false;
    expect(isDue(told, T0 + 120_000, false)).to.be.true;
  });

  it('never retries sooner than the backoff, even when Retry-After says 0 or a past date', () => {
    let entry = queueEntry('https://x.es/api', payload('a'), T0);
    const waits: number[] = [];
    for (let n = 1; n <= 5; n++) {
      entry = afterFailure(entry, parseRetryAfter(n % 2 ? '0' : 'Wed, 21 Oct 2015 07:28:00 GMT', T0), T0, 0);
      waits.push(entry.nextAttemptAt - T0);
      expect(entry.nextAttemptAt - T0).to.equal(backoffDelay(n, 0));
    }
    expect(waits[0]).to.be.at.least(BACKOFF_BASE_MS / 2);
    expect(waits).to.deep.equal([...waits].sort((a, b) => a - b));
  });

  it('stores entries once by id, drops expired and unreadable ones, keeps at most the limit', () => {
    const storage = new MapStorage();
    saveEntry(storage, queueEntry('e', payload('a'), T0), T0);
    saveEntry(storage, afterFailure(queueEntry('e', payload('a'), T0), null, T0, 0), T0);
    expect(readQueue(storage, T0).map((e) => [e.payload.id, e.attempts])).to.deep.equal([['a', 1]]);
    expect(readQueue(storage, T0 + QUEUE_TTL_MS), 'expired').to.deep.equal([]);
    removeEntry(storage, 'a', T0);
    expect(storage.map.has(QUEUE_KEY)).to.be.false;
    storage.setItem(QUEUE_KEY, '{not json');
    expect(readQueue(storage, T0)).to.deep.equal([]);
    storage.setItem(QUEUE_KEY, JSON.stringify([{ junk: true }, queueEntry('e', payload('b'), T0)]));
    expect(readQueue(storage, T0).map((e) => e.payload.id)).to.deep.equal(['b']);
    for (let i = 0; i < QUEUE_LIMIT + 5; i++) saveEntry(storage, queueEntry('e', payload(`n${i}`), T0), T0);
    const kept = readQueue(storage, T0);
    expect(kept).to.have.length(QUEUE_LIMIT);
    expect(kept.at(-1)!.payload.id).to.equal(`n${QUEUE_LIMIT + 4}`);
  });

  it('never throws when storage does, and keeps answers in memory instead', () => {
    const storage = new ResilientStorage(throwing);
    expect(storage.persistent).to.be.true;
    expect(saveEntry(storage, queueEntry('e', payload('a'), T0), T0)).to.be.true;
    expect(storage.persistent).to.be.false;
    expect(readQueue(storage, T0).map((e) => e.payload.id)).to.deep.equal(['a']);
    expect(readQueue(throwing, T0)).to.deep.equal([]);
    const none = new ResilientStorage(null);
    none.setItem('k', 'v');
    expect(none.getItem('k')).to.equal('v');
  });
});
