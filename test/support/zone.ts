import { expect } from '@open-wc/testing';

/** The zone of this test group (web-test-runner.config.mjs writes it on `<html data-test-zone>`), '' outside one. */
export const testZone = document.documentElement.dataset.testZone ?? '';

/**
 * A test that fails unless the browser really runs in its group's zone: without it, a zone group whose emulation
 * silently stopped working would still pass, in the host's zone.
 */
export function itRunsInItsZone(): void {
  it(`runs with the browser's clock in ${testZone || 'a zone group'}`, () => {
    expect(testZone, 'not run in a zone group').to.not.equal('');
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(testZone);
    // Date's own local clock (getTimezoneOffset) follows the same zone, summer and winter.
    for (const at of [Date.UTC(2026, 0, 15, 12), Date.UTC(2026, 6, 15, 12)]) {
      const f = Object.fromEntries(
        new Intl.DateTimeFormat('en-GB', { timeZone: testZone, hourCycle: 'h23', dateStyle: 'short', timeStyle: 'short' })
          .formatToParts(at)
          .map((p) => [p.type, Number(p.value)]),
      );
      const offset = (Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute) - at) / 60_000;
      expect(-new Date(at).getTimezoneOffset()).to.equal(offset);
    }
  });
}
