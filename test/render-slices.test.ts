// On a page with several widgets, first renders are spread over short tasks (render-slices.ts), so that the page can
// answer a tap while they start on a slow phone. This holds too for widgets that first waited for the same thing: the
// page calendar's reader, which the status widgets wait for, arrives in one task and must not render them all there.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/opening-hours.js';
import '../src/whatsapp-button.js';
import '../src/contact-card.js';
import { reserveSpace } from '../src/internal/reserve-space.js';
import { setParserLoader } from '../src/internal/page-calendar.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; hasUpdated: boolean };

describe('first renders in tasks of their own', () => {
  let block: HTMLScriptElement;
  let release: () => void;
  const realNow = performance.now.bind(performance);

  beforeEach(() => {
    reserveSpace();
    const arrived = new Promise<void>((resolve) => (release = resolve));
    setParserLoader(() => arrived.then(() => import('../src/internal/calendar-parser.js')));
    block = Object.assign(document.createElement('script'), { type: 'application/json', id: 'cabildo-calendar' });
    block.textContent = '{ "holidays": { "2027-02-09": "Martes de Carnaval" } }';
    document.body.prepend(block);
  });

  afterEach(() => {
    performance.now = realNow;
    block.remove();
    setParserLoader(() => import('../src/internal/calendar-parser.js'));
  });

  it('widgets that waited for the page calendar render one task at a time once the budget of a task is spent', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <cabildo-opening-hours now="2027-02-09T10:00"></cabildo-opening-hours>
      <cabildo-opening-hours variant="week" now="2027-02-09T10:00"></cabildo-opening-hours>
      <cabildo-whatsapp-button variant="inline" now="2027-02-09T10:00"></cabildo-whatsapp-button>
      <cabildo-contact-card now="2027-02-09T10:00"></cabildo-contact-card>
    </div>`);
    const widgets = [...root.children] as Widget[];
    // Waiting for the calendar: nothing rendered, each keeps its reserved space meanwhile.
    expect(widgets.map((w) => w.hasUpdated)).to.deep.equal([false, false, false, false]);
    expect(widgets.every((w) => w.matches(':state(cabildo-pending)'))).to.be.true;

    // A count of the page's own tasks: a message to itself, again and again.
    let task = 0;
    let counting = true;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      task++;
      if (counting) channel.port2.postMessage(0);
    };
    channel.port2.postMessage(0);
    const renderedIn: number[] = [];
    for (const w of widgets) void w.updateComplete.then(() => renderedIn.push(task));
    // Every render takes longer than a task's budget (a slow phone): the clock moves 40 ms at each reading.
    let fake = realNow();
    performance.now = () => (fake += 40);
    release();
    await waitUntil(() => widgets.every((w) => w.hasUpdated), 'every widget renders', { timeout: 10_000 });
    await Promise.all(widgets.map((w) => w.updateComplete));
    counting = false;

    // The first renders at once, each of the others in a later task than the one before, in page order.
    expect(renderedIn).to.have.length(4);
    expect(new Set(renderedIn).size, `tasks: ${renderedIn.join(', ')}`).to.equal(4);
    expect(widgets.every((w) => !w.matches(':state(cabildo-pending)'))).to.be.true;
    // And each shows the calendar's holiday.
    expect(widgets[0].shadowRoot!.textContent).to.match(/Cerrado/);
  });
});
