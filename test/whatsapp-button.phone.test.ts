import { expect, fixture, html } from '@open-wc/testing';
import type { WhatsappButton } from '../src/whatsapp-button.js';
import { isTextField } from '../src/components/whatsapp-button/floating-guard.js';
import '../src/whatsapp-button.js';
import { silenceConsole } from './support/console.js';
import { until } from './support/until.js';
import { framePage } from './support/frame.js';

// The floating button on a phone, a zoomed laptop and a wide screen, as a citizen gets it. Each case is a page of its
// own in an iframe of the viewport's size: every engine then gives the page that viewport (WebKitGTK's MiniBrowser
// window cannot be made narrower than its toolbar, and not every driver can emulate a viewport).
const STAFFED = '2026-12-07T10:00:00Z'; // a Monday, 10:00 Canary time
const EVENING = '2026-12-07T20:00:00Z';
const MODULE = new URL('../src/whatsapp-button.ts', import.meta.url).href;

interface Page {
  el: WhatsappButton;
  view: Window;
  doc: Document;
  frame: HTMLIFrameElement;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** A page `width`×`height` CSS px with `body` in it (one cabildo-whatsapp-button among it), its button rendered. */
async function page(width: number, height: number, body: string, { lang = 'es', css = '' } = {}): Promise<Page> {
  const { frame, view, doc } = await framePage(width, height, `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
    <style>body { margin: 0; font: 16px/1.5 sans-serif } ${css}</style></head><body>${body}
    <script type="module" src="${MODULE}"></script></body></html>`);
  frames.push(frame);
  await view.customElements.whenDefined('cabildo-whatsapp-button');
  const el = doc.querySelector('cabildo-whatsapp-button') as WhatsappButton;
  await el.updateComplete;
  return { el, view, doc, frame };
}

const round = (el: WhatsappButton) => el.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher');
const pill = (el: WhatsappButton) => el.shadowRoot!.querySelector<HTMLAnchorElement>('a.launcher');
const panel = (el: WhatsappButton) => el.shadowRoot!.querySelector<HTMLElement>('#panel');
/** The share of the viewport the button takes. */
const share = ({ el, view }: Page) => {
  const box = el.getBoundingClientRect();
  return (box.width * box.height) / (view.innerWidth * view.innerHeight);
};
const escape = (target: Element) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));

/** An article as a CMS prints it: a text column `columnRem` wide (centred or on the left), links and a search field. */
const article = (columnRem: number, button = '', centred = true) => ({
  css: `main { max-width: ${columnRem}rem; margin: ${centred ? '0 auto' : '0 0 0 2rem'}; padding: 1rem }`,
  body: `<main><h1>Cita previa</h1>${'<p>Texto del artículo con <a href="#a">un enlace</a> y más palabras que ocupan la línea.</p>'.repeat(30)}
    <label>Buscar <input type="search"></label></main><cabildo-whatsapp-button ${button}></cabildo-whatsapp-button>`,
});

describe('<cabildo-whatsapp-button> on a phone and a zoomed screen', () => {
  for (const [width, height] of [[360, 760], [390, 844], [640, 400]]) {
    it(`at ${width}×${height} is a round button of 56–64 px with a status dot, under 5 % of the screen`, async () => {
      const p = await page(width, height, `<cabildo-whatsapp-button now="${EVENING}"></cabildo-whatsapp-button>`);
      expect(p.view.innerWidth).to.equal(width);
      const button = round(p.el)!;
      expect(button, 'round launcher').to.exist;
      expect(pill(p.el)).to.be.null;
      const box = button.getBoundingClientRect();
      expect(box.width).to.be.within(56, 64);
      expect(box.height).to.be.within(56, 64);
      expect(box.right).to.be.at.most(width);
      expect(box.bottom).to.be.at.most(height);
      expect(share(p)).to.be.below(0.05);
      // Out of hours: the dot is a ring, and the name says the whole status.
      expect(p.el.shadowRoot!.querySelector('.dot.unstaffed')!.getBoundingClientRect().width).to.be.greaterThan(0);
      expect(button.getAttribute('aria-label')).to.match(/^Escríbenos por WhatsApp\. Fuera de horario: escríbenos y te responderemos /);
    });
  }

  it('says the whole status in its name, and opens a panel with the status, the greeting and the WhatsApp link', async () => {
    const p = await page(360, 760, `<cabildo-whatsapp-button now="${STAFFED}" greeting="¿Tienes dudas con un trámite?"></cabildo-whatsapp-button>`);
    const { el } = p;
    const button = round(el)!;
    expect(button.getAttribute('aria-label')).to.equal('Escríbenos por WhatsApp. Te atendemos hasta las 14:00');
    expect(el.shadowRoot!.querySelector('.dot.staffed')).to.exist;
    // The greeting waits for the tap: nothing covers the page before.
    expect(panel(el)).to.be.null;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const text = panel(el)!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('¿Tienes dudas con un trámite?');
    expect(text).to.contain('Te atendemos hasta las 14:00');
    expect(text).to.contain('un servicio ajeno al Cabildo');
    const chat = panel(el)!.querySelector<HTMLAnchorElement>('a.chat')!;
    expect(chat.href).to.match(/^https:\/\/wa\.me\/34628538449\?text=/);
    expect(chat.getBoundingClientRect().height).to.be.at.least(44);
    // The panel fits the screen, above the button.
    await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
    const box = panel(el)!.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(button.getBoundingClientRect().top);
    // Escape closes it and gives focus back to the button.
    chat.focus();
    escape(chat);
    await el.updateComplete;
    expect(panel(el)).to.be.null;
    await until(() => el.shadowRoot!.activeElement === round(el), 'focus back on the button');
  });

  it('in English, out of hours with the assistant, names who answers now', async () => {
    const { el } = await page(390, 844, `<cabildo-whatsapp-button now="${EVENING}" assistant></cabildo-whatsapp-button>`, { lang: 'en' });
    const name = round(el)!.getAttribute('aria-label')!;
    expect(name).to.match(/^Message us on WhatsApp\. /);
    expect(name).to.contain('Automated assistant');
    expect(el.shadowRoot!.querySelector('.dot.assistant')).to.exist;
  });

  it('steps aside while a text field of the page has focus on a touch screen, not for a checkbox', async () => {
    const p = await page(
      360,
      760,
      `<input aria-label="nombre"><input type="checkbox" aria-label="acepto"><cabildo-whatsapp-button></cabildo-whatsapp-button>`,
    );
    const [field, box] = p.doc.querySelectorAll('input');
    // A phone: its main pointer is a finger.
    const matchMedia = p.view.matchMedia.bind(p.view);
    p.view.matchMedia = (query: string) => (query === '(pointer: coarse)' ? ({ matches: true } as MediaQueryList) : matchMedia(query));
    const widget = p.el.shadowRoot!.querySelector('.widget')!;
    p.view.focus();
    field.focus();
    await until(() => widget.classList.contains('away'), 'aside while the keyboard is up');
    expect(p.view.getComputedStyle(widget).pointerEvents).to.equal('none');
    box.focus();
    await until(() => !widget.classList.contains('away'), 'back for a checkbox');
    expect(p.view.getComputedStyle(widget).pointerEvents).to.equal('auto');
  });

  it('rises above the cookie banner the editor names, and comes back down when the banner goes', async () => {
    const p = await page(
      390,
      844,
      `<div id="cookie-banner">Usamos cookies técnicas.</div><cabildo-whatsapp-button above="#cookie-banner"></cabildo-whatsapp-button>`,
      { css: '#cookie-banner { position: fixed; left: 0; right: 0; bottom: 0; height: 120px; background: #eee }' },
    );
    const banner = p.doc.getElementById('cookie-banner')!;
    const launcher = () => round(p.el)!.getBoundingClientRect();
    // 1rem (16 px) above the banner's top edge once it has risen, 1rem above the screen's edge when it is gone.
    await until(() => Math.abs(launcher().bottom - (844 - 120 - 16)) < 1, 'above the banner');
    // The button is on top there, tappable, and the banner's own text and buttons below it are clear.
    expect(p.doc.elementFromPoint(launcher().left + 28, launcher().top + 28)).to.equal(p.el);
    banner.hidden = true;
    // The page hides its banner (consent given): the button goes back down to its corner.
    await until(() => Math.abs(launcher().bottom - (844 - 16)) < 1, 'back in its corner');
  });

  it('an invalid banner selector is reported and changes nothing else', async () => {
    const codes: string[] = [];
    const listener = (e: CustomEvent) => codes.push(e.detail.code);
    document.addEventListener('cabildo-error', listener);
    const silenced = silenceConsole('warn');
    try {
      const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button above="#("></cabildo-whatsapp-button>`);
      await el.updateComplete;
      expect(codes).to.deep.equal(['invalid-above']);
      expect(pill(el) ?? round(el)).to.exist;
    } finally {
      silenced.restore();
      document.removeEventListener('cabildo-error', listener);
    }
  });

  it('knows which fields bring up a keyboard', () => {
    const input = (type: string) => Object.assign(document.createElement('input'), { type });
    expect(isTextField(input('text'))).to.be.true;
    expect(isTextField(input('search'))).to.be.true;
    expect(isTextField(document.createElement('textarea'))).to.be.true;
    expect(isTextField(input('radio'))).to.be.false;
    expect(isTextField(document.createElement('button'))).to.be.false;
  });
});

describe('<cabildo-whatsapp-button> on a wide screen', () => {
  it('is the text pill where it fits beside the text column, under 5 % of a 1280×800 screen out of hours', async () => {
    // A 40rem column on the left: the corner right of it is free.
    const page40 = article(40, `now="${EVENING}"`, false);
    const p = await page(1280, 800, page40.body, { css: page40.css });
    expect(round(p.el)).to.be.null;
    const link = pill(p.el)!;
    expect(link.textContent).to.contain('Fuera de horario');
    expect(link.getBoundingClientRect().width).to.be.at.most(28 * 16 + 4);
    expect(share(p)).to.be.below(0.05);
    // The pill stays beside the text: no paragraph, link or field of the page has anything under it.
    expect(link.getBoundingClientRect().left).to.be.greaterThan(p.doc.querySelector('main')!.getBoundingClientRect().right);
  });

  it('is round where the pill would lie over the text, and no link or field of the page is ever under it', async () => {
    // A 66rem column reaches into the corner at 1280 px: a pill there would cover text as the page scrolls.
    const page66 = article(66, `now="${EVENING}"`);
    const p = await page(1280, 800, page66.body, { css: page66.css });
    expect(pill(p.el)).to.be.null;
    const button = round(p.el)!;
    expect(button.getBoundingClientRect().width).to.be.within(56, 64);
    const controls = [...p.doc.querySelectorAll('a, input')];
    const end = p.doc.documentElement.scrollHeight - p.view.innerHeight;
    for (let y = 0; ; y = Math.min(end, y + 100)) {
      p.view.scrollTo(0, y);
      for (const control of controls) {
        const r = control.getBoundingClientRect();
        const [x, cy] = [r.left + r.width / 2, r.top + r.height / 2];
        if (cy < 0 || cy >= p.view.innerHeight) continue;
        expect(p.doc.elementFromPoint(x, cy), `<${control.localName}> at scroll ${y}`).to.not.equal(p.el);
      }
      if (y >= end) break;
    }
  });

  it('turns round when the window narrows (zoom) and back to the pill when it widens', async () => {
    const p = await page(1280, 600, `<cabildo-whatsapp-button></cabildo-whatsapp-button>`);
    expect(pill(p.el)).to.exist;
    p.frame.style.width = '600px';
    await until(() => round(p.el), 'round at 600 px');
    p.frame.style.width = '1280px';
    await until(() => pill(p.el), 'a pill again at 1280 px');
  });
});
