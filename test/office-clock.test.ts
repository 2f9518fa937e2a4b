import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { CabildoElement } from '../src/internal/cabildo-element.js';
import { OfficeClock } from '../src/internal/office-clock.js';
import { FakeClock } from './support/fake-clock.js';

const fake = new FakeClock(Date.parse('2026-12-02T13:00:00Z'));
let renders = 0;

class ClockProbe extends CabildoElement {
  static override properties = { now: { type: String } };
  now?: string;
  /** Changes at 14:00Z. */
  clock: OfficeClock = new OfficeClock(this, (): Date | null => (+this.clock.now() < Date.parse('2026-12-02T14:00:00Z') ? new Date('2026-12-02T14:00:00Z') : null), fake);
  override render() {
    renders++;
    return litHtml`<p>${this.clock.now().toISOString()}</p>`;
  }
}
ClockProbe.define('cabildo-test-clock-probe');

describe('OfficeClock', () => {
  it('sets one timer for the next change and re-renders exactly then', async () => {
    const el = await fixture<ClockProbe>(html`<cabildo-test-clock-probe></cabildo-test-clock-probe>`);
    expect(fake.pending().length).to.equal(1);
    expect(fake.pending()[0].at).to.equal(Date.parse('2026-12-02T14:00:00Z'));
    const before = renders;
    fake.advanceTo(Date.parse('2026-12-02T13:59:59Z'));
    await el.updateComplete;
    expect(renders).to.equal(before);
    fake.advanceTo(Date.parse('2026-12-02T14:00:00Z'));
    await el.updateComplete;
    expect(renders).to.equal(before + 1);
    expect(el.shadowRoot!.textContent).to.contain('2026-12-02T14:00:00.000Z');
    expect(fake.pending().length).to.equal(0);
    el.remove();
  });

  it('freezes at a valid `now` without timers and reports an invalid one', async () => {
    fake.time = Date.parse('2026-12-02T13:00:00Z');
    const el = await fixture<ClockProbe>(html`<cabildo-test-clock-probe now="2026-12-02T10:00:00Z"></cabildo-test-clock-probe>`);
    expect(el.clock.now().toISOString()).to.equal('2026-12-02T10:00:00.000Z');
    expect(fake.pending().length).to.equal(0);
    const errors: string[] = [];
    el.addEventListener('cabildo-error', (e) => errors.push(e.detail.code));
    el.now = 'not a date';
    await el.updateComplete;
    expect(errors).to.deep.equal(['invalid-now']);
    expect(el.clock.now().toISOString()).to.equal('2026-12-02T13:00:00.000Z');
    el.remove();
    expect(fake.pending().length).to.equal(0);
  });

  it('re-renders when the tab becomes visible again', async () => {
    const el = await fixture<ClockProbe>(html`<cabildo-test-clock-probe></cabildo-test-clock-probe>`);
    const before = renders;
    document.dispatchEvent(new Event('visibilitychange'));
    await el.updateComplete;
    expect(renders).to.equal(before + 1);
  });
});
