import { expect, fixture, html } from '@open-wc/testing';
import { until } from './support/until.js';
import type { WhatsappButton } from '../src/whatsapp-button.js';
import '../src/whatsapp-button.js';

// Everything the page could use to reach another host or leave a trace, watched from before the button exists.
const requests: string[] = [];
const writes: string[] = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) requests.push(entry.name);
});
observer.observe({ type: 'resource', buffered: false });
const originalFetch = window.fetch;
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  requests.push(String(input instanceof Request ? input.url : input));
  return originalFetch(input, init);
};
const originalBeacon = navigator.sendBeacon.bind(navigator);
navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
  requests.push(String(url));
  return originalBeacon(url, data);
};
const originalSetItem = Storage.prototype.setItem;
Storage.prototype.setItem = function setItem(this: Storage, key: string, value: string) {
  writes.push(`${this === localStorage ? 'local' : 'session'}:${key}`);
  return originalSetItem.call(this, key, value);
};

let marks = 0;
/**
 * Resource entries reach the timeline when their response ends, and the observer later still. Instead of waiting some
 * milliseconds, the test asks this server for one more resource of its own (past every wrapper above) and waits until
 * that one is in the timeline: what the page asked for before it, from the same server, has had its turn. The marker
 * itself is not counted.
 */
async function settle(): Promise<void> {
  const marker = new URL(`/test/fixtures/catalogue-broken.json?privacy-mark=${++marks}`, location.href).href;
  await originalFetch(marker).then((r) => r.text());
  await until(() => performance.getEntriesByName(marker).length > 0, 'the marker request is in the timeline');
  for (const entry of observer.takeRecords()) requests.push(entry.name);
  requests.splice(0, requests.length, ...requests.filter((url) => !url.includes('privacy-mark=')));
}

describe('<cabildo-whatsapp-button> privacy', () => {
  it('requests nothing and stores nothing before the citizen acts, in every variant', async () => {
    const cookies = document.cookie;
    requests.length = 0;
    writes.length = 0;
    const floating = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button greeting="¿Te ayudamos?"></cabildo-whatsapp-button>`);
    const inline = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button variant="inline" privacy-url="https://www.cabildodelanzarote.com/privacidad"></cabildo-whatsapp-button>`);
    floating.shadowRoot!.querySelector<HTMLAnchorElement>('a.launcher')!.focus();
    inline.shadowRoot!.querySelector<HTMLAnchorElement>('a.launcher')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    await settle();
    expect(requests).to.deep.equal([]);
    expect(writes).to.deep.equal([]);
    expect(document.cookie).to.equal(cookies);
  });

  it('loads the QR encoder only when the citizen opens the QR dialog, from this site', async () => {
    requests.length = 0;
    const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button></cabildo-whatsapp-button>`);
    await settle();
    expect(requests).to.deep.equal([]);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.qr-button')!.click();
    await until(() => el.shadowRoot!.querySelector('.qr svg'), 'the QR code is drawn');
    await settle();
    expect(el.shadowRoot!.querySelector('.qr svg')).not.to.equal(null);
    expect(requests.some((url) => url.includes('/uqr/'))).to.be.true;
    expect(requests.every((url) => new URL(url).origin === location.origin)).to.be.true;
    el.shadowRoot!.querySelector('dialog')!.close();
  });

  it('stores only the dismissed greeting, and only when the citizen dismisses it', async () => {
    writes.length = 0;
    const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button greeting="¿Te ayudamos?"></cabildo-whatsapp-button>`);
    expect(writes).to.deep.equal([]);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.bubble button')!.click();
    expect(writes).to.deep.equal(['local:cabildo-whatsapp-greeting-dismissed']);
    localStorage.removeItem('cabildo-whatsapp-greeting-dismissed');
  });
});
