import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { WhatsappButton } from '../src/whatsapp-button.js';
import { isTextField } from '../src/components/whatsapp-button/floating-guard.js';
import '../src/whatsapp-button.js';

// The floating button on a phone, a zoomed laptop and a wide screen: what covers how much of the page.
const STAFFED = '2026-12-07T10:00:00Z'; // a Monday, 10:00 Canary time
const EVENING = '2026-12-07T20:00:00Z';

const round = (el: WhatsappButton) => el.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher');
const pill = (el: WhatsappButton) => el.shadowRoot!.querySelector<HTMLAnchorElement>('a.launcher');
const panel = (el: WhatsappButton) => el.shadowRoot!.querySelector<HTMLElement>('#panel');
const share = (el: WhatsappButton) => {
  const box = el.getBoundingClientRect();
  return (box.width * box.height) / (innerWidth * innerHeight);
};

async function at<T>(width: number, height: number, body: () => Promise<T>): Promise<T> {
  await setViewport({ width, height });
  try {
    return await body();
  } finally {
    await setViewport({ width: 800, height: 600 });
  }
}

describe('<cabildo-whatsapp-button> on a phone', () => {
  for (const [width, height] of [[360, 760], [390, 844], [640, 400]]) {
    it(`at ${width}×${height} is a round button of 56–64 px with a status dot, under 5 % of the screen`, () =>
      at(width, height, async () => {
        const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button now=${EVENING}></cabildo-whatsapp-button>`);
        const button = round(el)!;
        expect(button, 'round launcher').to.exist;
        expect(pill(el)).to.be.null;
        const box = button.getBoundingClientRect();
        expect(box.width).to.be.within(56, 64);
        expect(box.height).to.be.within(56, 64);
        expect(box.right).to.be.at.most(innerWidth);
        expect(box.bottom).to.be.at.most(innerHeight);
        expect(share(el)).to.be.below(0.05);
        expect(el.shadowRoot!.querySelector('.dot.unstaffed')).to.exist;
        await expect(el).to.be.accessible();
      }));
  }

  it('says the whole status in its name, and opens a panel with the status, the greeting and the WhatsApp link', () =>
    at(360, 760, async () => {
      const el = await fixture<WhatsappButton>(
        html`<cabildo-whatsapp-button now=${STAFFED} greeting="¿Tienes dudas con un trámite?"></cabildo-whatsapp-button>`,
      );
      const button = round(el)!;
      expect(button.getAttribute('aria-label')).to.equal('Escríbenos por WhatsApp. Te atendemos hasta las 14:00');
      expect(el.shadowRoot!.querySelector('.dot.staffed')).to.exist;
      // The greeting waits for the tap: nothing covers the page before.
      expect(panel(el)).to.be.null;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const text = panel(el)!.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('¿Tienes dudas con un trámite?');
      expect(text).to.contain('Te atendemos hasta las 14:00');
      expect(text).to.contain('un servicio ajeno al Cabildo');
      const chat = panel(el)!.querySelector<HTMLAnchorElement>('a.chat')!;
      expect(chat.href).to.match(/^https:\/\/wa\.me\/34628538449\?text=/);
      expect(chat.getBoundingClientRect().height).to.be.at.least(44);
      // The panel fits the screen above the button.
      const box = panel(el)!.getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.top).to.be.at.least(0);
      expect(box.bottom).to.be.at.most(button.getBoundingClientRect().top);
      await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
      await expect(el).to.be.accessible();
      // The link still announces itself and may be cancelled like the pill's.
      const opened = oneEvent(el, 'cabildo-whatsapp-open');
      el.addEventListener('cabildo-whatsapp-open', (e) => e.preventDefault(), { once: true });
      chat.click();
      expect((await opened).detail.href).to.equal(chat.href);
      // Escape closes the panel and gives focus back to the button.
      chat.focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(panel(el)).to.be.null;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(round(el));
    }));

  it('in English, out of hours with the assistant, names who answers now and when people do', () =>
    at(390, 844, async () => {
      const { setLocale } = await import('../src/index.js');
      await setLocale('en');
      try {
        const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button now=${EVENING} assistant></cabildo-whatsapp-button>`);
        const name = round(el)!.getAttribute('aria-label')!;
        expect(name).to.match(/^Message us on WhatsApp\. /);
        expect(name).to.contain('Automated assistant');
        expect(el.shadowRoot!.querySelector('.dot.assistant')).to.exist;
      } finally {
        await setLocale('es');
      }
    }));

  it('on a wide screen with a mouse is the pill, and out of hours stays under 5 % of a 1280×800 screen', () =>
    at(1280, 800, async () => {
      const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button now=${EVENING}></cabildo-whatsapp-button>`);
      expect(round(el)).to.be.null;
      expect(pill(el)!.getBoundingClientRect().width).to.be.at.most(28 * 16 + 1);
      expect(share(el)).to.be.below(0.05);
    }));

  it('turns round when the window narrows (zoom) and back when it widens', async () => {
    const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button></cabildo-whatsapp-button>`);
    expect(pill(el)).to.exist;
    await at(600, 500, async () => {
      await waitUntil(() => round(el), 'round at 600 px');
    });
    await waitUntil(() => pill(el), 'a pill again at 800 px');
  });

  it('keeps forced colours: the dot and the button stay visible', () =>
    at(360, 760, async () => {
      await emulateMedia({ forcedColors: 'active' });
      try {
        const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button now=${STAFFED}></cabildo-whatsapp-button>`);
        const dot = getComputedStyle(el.shadowRoot!.querySelector('.dot')!);
        expect(dot.backgroundColor).to.not.equal(dot.borderTopColor);
        expect(getComputedStyle(round(el)!).borderTopStyle).to.equal('solid');
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    }));

  it('with reduced motion, opens the panel without animating', () =>
    at(360, 760, async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button></cabildo-whatsapp-button>`);
        round(el)!.click();
        await el.updateComplete;
        expect(el.shadowRoot!.getAnimations()).to.have.length(0);
        expect(getComputedStyle(el.shadowRoot!.querySelector('.widget')!).transitionDuration).to.match(/^0s/);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    }));
});

describe('<cabildo-whatsapp-button above>', () => {
  it('rises above the cookie banner the editor names, and comes back down when the banner goes', async () => {
    const banner = document.createElement('div');
    banner.id = 'cookie-banner';
    banner.textContent = 'Usamos cookies técnicas.';
    const style = document.createElement('style');
    style.textContent = '#cookie-banner { position: fixed; left: 0; right: 0; bottom: 0; height: 120px; background: #eee; }';
    document.head.append(style);
    document.body.append(banner);
    try {
      const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button above="#cookie-banner"></cabildo-whatsapp-button>`);
      const widget = el.shadowRoot!.querySelector('.widget')!;
      const bottom = () => widget.getBoundingClientRect().bottom;
      await waitUntil(() => bottom() <= innerHeight - 120, 'above the banner');
      const raised = bottom();
      banner.hidden = true;
      // The page hides its banner (consent given): the button goes back down to its corner.
      await waitUntil(() => bottom() > innerHeight - 120, 'back in its corner');
      await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
      expect(bottom() - raised).to.be.closeTo(120, 1);
    } finally {
      banner.remove();
      style.remove();
    }
  });

  it('an invalid selector is reported and changes nothing else', async () => {
    const codes: string[] = [];
    const listener = (e: CustomEvent) => codes.push(e.detail.code);
    document.addEventListener('cabildo-error', listener);
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button above="#("></cabildo-whatsapp-button>`);
      await el.updateComplete;
      expect(codes).to.deep.equal(['invalid-above']);
      expect(pill(el) ?? round(el)).to.exist;
    } finally {
      console.warn = warn;
      document.removeEventListener('cabildo-error', listener);
    }
  });
});

describe('<cabildo-whatsapp-button> and the on-screen keyboard', () => {
  it('steps aside while a text field of the page has focus on a touch screen, not for a checkbox', async () => {
    const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button></cabildo-whatsapp-button>`);
    const field = document.createElement('input');
    field.setAttribute('aria-label', 'nombre');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.setAttribute('aria-label', 'acepto');
    document.body.prepend(field, box);
    const matchMedia = window.matchMedia;
    // A phone: its main pointer is a finger.
    window.matchMedia = (query: string) =>
      query === '(pointer: coarse)' ? ({ matches: true } as MediaQueryList) : matchMedia.call(window, query);
    const widget = el.shadowRoot!.querySelector('.widget')!;
    try {
      field.focus();
      await el.updateComplete;
      expect(widget.classList.contains('away')).to.be.true;
      box.focus();
      await el.updateComplete;
      expect(widget.classList.contains('away')).to.be.false;
    } finally {
      window.matchMedia = matchMedia;
      field.remove();
      box.remove();
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
