import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { qrEncoderSource } from '../src/components/whatsapp-button/qr-code.js';
import { setLocale } from '../src/index.js';
import type { WhatsappButton } from '../src/whatsapp-button.js';
import { keyboardIsOpen } from '../src/components/whatsapp-button/floating-guard.js';
import { OfficeClock, type TimeSource } from '../src/internal/office-clock.js';
import '../src/whatsapp-button.js';
import { silenceConsole } from './support/console.js';
import { text } from './support/text.js';
import { waitFor } from './support/until.js';
import { framePage } from './support/frame.js';

const DISMISSED_KEY = 'cabildo-whatsapp-greeting-dismissed';

const link = (el: WhatsappButton) => el.shadowRoot!.querySelector<HTMLAnchorElement>('a.launcher');
const qrButton = (el: WhatsappButton) => el.shadowRoot!.querySelector<HTMLButtonElement>('.qr-button');

/**
 * A page exactly `width` CSS px wide with one button on it: an iframe, so that every engine gets the width (WebKitGTK's
 * MiniBrowser window cannot be made narrower than its toolbar, about 450 px, so resizing the window would not do).
 */
async function inPageOfWidth(width: number, variant: string): Promise<{ el: WhatsappButton; view: Window; frame: HTMLIFrameElement }> {
  const module = new URL('../src/whatsapp-button.ts', import.meta.url).href;
  const { frame, view, doc } = await framePage(width, 640, `<!doctype html><html lang="es"><head><meta charset="utf-8"></head><body>
    <cabildo-whatsapp-button variant="${variant}"></cabildo-whatsapp-button>
    <script type="module" src="${module}"></script></body></html>`);
  await view.customElements.whenDefined('cabildo-whatsapp-button');
  const el = doc.querySelector('cabildo-whatsapp-button') as WhatsappButton;
  await el.updateComplete;
  return { el, view, frame };
}
const dialog = (el: WhatsappButton) => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog')!;
const bubble = (el: WhatsappButton) => el.shadowRoot!.querySelector<HTMLElement>('.bubble');
const focused = (el: WhatsappButton) => el.shadowRoot!.activeElement;

/** Creates the element with a listener in place before its first render, so no cabildo-error is missed. */
async function withErrors(template: ReturnType<typeof html>): Promise<{ el: WhatsappButton; codes: string[] }> {
  const codes: string[] = [];
  const listener = (e: CustomEvent) => codes.push(e.detail.code);
  document.addEventListener('cabildo-error', listener);
  const silenced = silenceConsole('warn');
  try {
    const el = await fixture<WhatsappButton>(template);
    await el.updateComplete;
    return { el, codes };
  } finally {
    silenced.restore();
    document.removeEventListener('cabildo-error', listener);
  }
}

/** Clicks `target` and reports whether the browser would have navigated (the test itself stops every navigation). */
function clickWouldNavigate(target: HTMLElement): boolean {
  let navigates = false;
  const guard = (e: Event) => {
    navigates = !e.defaultPrevented;
    e.preventDefault();
  };
  document.addEventListener('click', guard);
  try {
    target.click();
  } finally {
    document.removeEventListener('click', guard);
  }
  return navigates;
}

describe('<cabildo-whatsapp-button>', () => {
  afterEach(async () => {
    localStorage.removeItem(DISMISSED_KEY);
    await setLocale('es');
  });

  describe('the link', () => {
    const table: Array<{ phone: string; message: string; digits: string; encoded: string }> = [
      { phone: '628 53 84 49', message: 'Hola', digits: '34628538449', encoded: 'Hola' },
      { phone: '+34-628.53.84.49', message: 'Cita para el DNI', digits: '34628538449', encoded: 'Cita%20para%20el%20DNI' },
      { phone: '0034 628538449', message: 'Información sobre extranjería', digits: '34628538449', encoded: 'Informaci%C3%B3n%20sobre%20extranjer%C3%ADa' },
      { phone: '928 81 01 00', message: '¡Hola! 👋 ¿Tenéis cita?', digits: '34928810100', encoded: '%C2%A1Hola!%20%F0%9F%91%8B%20%C2%BFTen%C3%A9is%20cita%3F' },
      { phone: '+44 20 7946 0958', message: 'Línea 1\nLínea 2\r\nfin', digits: '442079460958', encoded: 'L%C3%ADnea%201%0AL%C3%ADnea%202%0D%0Afin' },
      { phone: '628/53/84/49', message: 'Alta & baja + 50% #1 ?x=y', digits: '34628538449', encoded: 'Alta%20%26%20baja%20%2B%2050%25%20%231%20%3Fx%3Dy' },
    ];
    for (const row of table) {
      it(`${JSON.stringify(row.phone)} with ${JSON.stringify(row.message)}`, async () => {
        const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button .phone=${row.phone} .message=${row.message}></cabildo-whatsapp-button>`);
        const expected = `https://wa.me/${row.digits}?text=${row.encoded}`;
        expect(el.href).to.equal(expected);
        expect(link(el)!.href).to.equal(expected);
        // The message survives the round trip exactly, emoji, accents and line breaks included.
        expect(new URL(link(el)!.href).searchParams.get('text')).to.equal(row.message);
      });
    }

    it('defaults to the office line and a greeting in the page language', async () => {
      const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button></cabildo-whatsapp-button>`);
      expect(el.href).to.equal('https://wa.me/34628538449?text=Hola%2C%20quer%C3%ADa%20hacer%20una%20consulta.');
      await setLocale('en');
      await el.updateComplete;
      expect(link(el)!.href).to.equal('https://wa.me/34628538449?text=Hello%2C%20I%20have%20a%20question.');
    });

    it('an empty message opens the chat with no text', async () => {
      const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button message=""></cabildo-whatsapp-button>`);
      expect(el.href).to.equal('https://wa.me/34628538449');
    });

    it('opens in a new tab, without opener or referrer, and follows attribute changes', async () => {
      const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button message="A"></cabildo-whatsapp-button>`);
      const a = link(el)!;
      expect(a.target).to.equal('_blank');
      expect(a.rel.split(' ').sort()).to.deep.equal(['noopener', 'noreferrer']);
      el.setAttribute('phone', '+34 600 000 000');
      el.setAttribute('message', 'B');
      await el.updateComplete;
      expect(link(el)!.href).to.equal('https://wa.me/34600000000?text=B');
    });

    it('has an accessible name that says it opens WhatsApp, in both languages', async () => {
      const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button></cabildo-whatsapp-button>`);
      // Floating (the default): the note is a visible line of the link; inline, a hidden part of its name.
      const name = () => [...link(el)!.querySelectorAll('.title .long, .title .visually-hidden, .external')].map((n) => n.textContent!.trim()).join(' ');
      expect(name()).to.equal('Escríbenos por WhatsApp (abre WhatsApp, un servicio externo al Cabildo)');
      await setLocale('en');
      await el.updateComplete;
      expect(name()).to.equal('Message us on WhatsApp (opens WhatsApp, a service outside the Cabildo)');
    });
  });

  describe('an invalid phone', () => {
    for (const phone of ['abc', '12345', '628 53 84 4', '+0 123 456 789', '', '628538449 ext. 2', '+34 628 53 84 49 12 34 56 78']) {
      it(`${JSON.stringify(phone)} shows a message instead of a broken link and reports cabildo-error`, async () => {
        const { el, codes } = await withErrors(html`<cabildo-whatsapp-button .phone=${phone}></cabildo-whatsapp-button>`);
        expect(link(el)).to.equal(null);
        expect(el.href).to.equal('');
        expect(el.shadowRoot!.querySelector('.unavailable')!.textContent).to.contain('el número configurado no es válido');
        expect(codes).to.deep.equal(['invalid-phone']);
      });
    }

    it('says so in English and is accessible', async () => {
      await setLocale('en');
      const { el } = await withErrors(html`<cabildo-whatsapp-button phone="nope"></cabildo-whatsapp-button>`);
      expect(el.shadowRoot!.querySelector('.unavailable')!.textContent).to.contain('the number set up is not valid');
      await expect(el).to.be.accessible();
    });

    it('comes back as a link once the phone is fixed', async () => {
      const { el } = await withErrors(html`<cabildo-whatsapp-button phone="nope"></cabildo-whatsapp-button>`);
      el.phone = '628538449';
      await el.updateComplete;
      expect(link(el)!.href).to.match(/^https:\/\/wa\.me\/34628538449\?text=/);
    });
  });

  describe('cabildo-whatsapp-open', () => {
    it('fires with the link right before WhatsApp opens, and the link navigates', async () => {
      const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button message="Hola"></cabildo-whatsapp-button>`);
      const heard = oneEvent(el, 'cabildo-whatsapp-open');
      const navigates = clickWouldNavigate(link(el)!);
      const event = await heard;
      expect(event.detail.href).to.equal('https://wa.me/34628538449?text=Hola');
      expect(event.detail.staffed).to.be.a('boolean');
      expect(event.cancelable).to.be.true;
      expect(event.composed).to.be.true;
      expect(navigates).to.be.true;
    });

    it('cancelling it stops the navigation', async () => {
      const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button></cabildo-whatsapp-button>`);
      let heard = 0;
      document.addEventListener(
        'cabildo-whatsapp-open',
        (e) => {
          heard++;
          e.preventDefault();
        },
        { once: true },
      );
      expect(clickWouldNavigate(link(el)!)).to.be.false;
      expect(heard).to.equal(1);
    });

    it('fires from the keyboard too (Enter on the focused link)', async () => {
      const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button></cabildo-whatsapp-button>`);
      link(el)!.focus();
      const stop = (e: Event) => e.preventDefault();
      document.addEventListener('click', stop);
      try {
        const heard = oneEvent(el, 'cabildo-whatsapp-open');
        await sendKeys({ press: 'Enter' });
        expect((await heard).detail.href).to.equal(el.href);
      } finally {
        document.removeEventListener('click', stop);
      }
    });
  });

  describe('who answers and when (Canary time)', () => {
    const status = (el: WhatsappButton) =>
      [...el.shadowRoot!.querySelectorAll('.status .line')].map(text);
    // `hours`: the weekly staffed hours, a line of their own after the status when the assistant answers.
    const cases: Array<{ name: string; now: string; assistant: boolean; es: string[]; en: string[]; staffed: boolean; hours?: { es: string; en: string } }> = [
      { name: 'staffed, winter', now: '2026-12-02T10:00:00Z', assistant: false, staffed: true,
        es: ['Te atendemos hasta las 14:00'], en: ['We are answering until 14:00'] },
      { name: 'staffed, summer (Canary time is UTC+1)', now: '2026-07-01T08:30:00Z', assistant: false, staffed: true,
        es: ['Te atendemos hasta las 14:00'], en: ['We are answering until 14:00'] },
      { name: 'not staffed on a Friday afternoon', now: '2026-12-04T15:00:00Z', assistant: false, staffed: false,
        es: ['Fuera de horario: escríbenos y te responderemos el lunes a partir de las 9:00'],
        en: ['Out of hours: message us and we will reply on Monday from 9:00'] },
      { name: 'not staffed on a weekday evening', now: '2026-12-02T18:00:00Z', assistant: false, staffed: false,
        es: ['Fuera de horario: escríbenos y te responderemos mañana a partir de las 9:00'],
        en: ['Out of hours: message us and we will reply tomorrow from 9:00'] },
      { name: 'not staffed on a public holiday (8 December)', now: '2026-12-08T10:00:00Z', assistant: false, staffed: false,
        es: ['Fuera de horario: escríbenos y te responderemos mañana a partir de las 9:00'],
        en: ['Out of hours: message us and we will reply tomorrow from 9:00'] },
      { name: 'assistant outside the staffed hours', now: '2026-12-04T15:00:00Z', assistant: true, staffed: false,
        es: ['Asistente automático 24 h', 'Una persona te atenderá el lunes a partir de las 9:00'],
        en: ['Automated assistant 24 h', 'A person will answer on Monday from 9:00'],
        hours: { es: 'Atención personal: lunes a viernes, 9:00–14:00 (hora de Canarias)',
          en: 'Staffed hours: Monday to Friday, 9:00–14:00 (Canary time)' } },
      { name: 'assistant inside the staffed hours', now: '2026-12-02T10:00:00Z', assistant: true, staffed: true,
        es: ['Te atendemos hasta las 14:00', 'Después, asistente automático 24 h'],
        en: ['We are answering until 14:00', 'After that, automated assistant 24 h'] },
    ];
    for (const c of cases) {
      it(`${c.name}, in both languages, with axe`, async () => {
        const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button now=${c.now} ?assistant=${c.assistant}></cabildo-whatsapp-button>`);
        // The last line names the clock for visitors on another one (these tests run on mainland Spain's clock).
        const withHours = (lines: string[], locale: 'es' | 'en') => (c.hours ? [...lines, c.hours[locale]] : lines);
        expect(status(el)).to.deep.equal(withHours(c.es.map((line, i) => (i === c.es.length - 1 ? `${line} (hora de Canarias)` : line)), 'es'));
        await expect(el).to.be.accessible();
        const heard = oneEvent(el, 'cabildo-whatsapp-open');
        clickWouldNavigate(link(el)!);
        expect((await heard).detail.staffed).to.equal(c.staffed);
        await setLocale('en');
        await el.updateComplete;
        expect(status(el)).to.deep.equal(withHours(c.en.map((line, i) => (i === c.en.length - 1 ? `${line} (Canary time)` : line)), 'en'));
        await expect(el).to.be.accessible();
      });
    }

    it('without now, follows the real clock and changes its text at closing time with one timer', async () => {
      let time = Date.parse('2026-12-02T13:59:00Z');
      const timers: Array<{ callback: () => void; ms: number }> = [];
      const fake: TimeSource = {
        now: () => time,
        setTimeout: (callback, ms) => timers.push({ callback, ms }),
        clearTimeout: () => {},
      };
      const original = OfficeClock.source;
      OfficeClock.source = fake;
      try {
        const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button></cabildo-whatsapp-button>`);
        expect(status(el)[0]).to.contain('Te atendemos hasta las 14:00');
        const timer = timers.at(-1)!;
        expect(timer.ms).to.equal(60_000);
        time += timer.ms;
        timer.callback();
        await el.updateComplete;
        expect(status(el)[0]).to.contain('Fuera de horario: escríbenos y te responderemos mañana a partir de las 9:00');
      } finally {
        OfficeClock.source = original;
      }
    });

    it('uses the hours attribute (La Graciosa: Thursdays 9:00-12:00)', async () => {
      const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button hours="Th 09:00-12:00" now="2026-12-03T11:00:00Z"></cabildo-whatsapp-button>`);
      expect(status(el)[0]).to.equal('Te atendemos hasta las 12:00 (hora de Canarias)');
      el.now = '2026-12-03T12:30:00Z';
      await el.updateComplete;
      expect(status(el)[0]).to.equal('Fuera de horario: escríbenos y te responderemos el 10 de diciembre a partir de las 9:00 (hora de Canarias)');
    });

    it('bad hours: no status, the link still works, and cabildo-error says where the mistake is', async () => {
      const { el, codes } = await withErrors(html`<cabildo-whatsapp-button hours="Lu-Vi por la mañana"></cabildo-whatsapp-button>`);
      expect(el.shadowRoot!.querySelector('.status')).to.equal(null);
      expect(link(el)!.href).to.match(/^https:\/\/wa\.me\/34628538449/);
      expect(codes).to.deep.equal(['invalid-hours']);
      await expect(el).to.be.accessible();
    });
  });

  describe('variants', () => {
    it('floating is fixed to the bottom right corner by default, and to the left with position="left"', async () => {
      const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button></cabildo-whatsapp-button>`);
      expect(getComputedStyle(el).position).to.equal('fixed');
      const box = el.getBoundingClientRect();
      expect(Math.round(innerWidth - box.right)).to.equal(16);
      expect(Math.round(innerHeight - box.bottom)).to.equal(16);
      el.position = 'left';
      await el.updateComplete;
      expect(Math.round(el.getBoundingClientRect().left)).to.equal(16);
    });

    it('offsets and z-index come from custom properties', async () => {
      const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button class="lifted"></cabildo-whatsapp-button>`);
      const style = document.createElement('style');
      style.textContent = '.lifted { --cabildo-whatsapp-offset-bottom: 100px; --cabildo-whatsapp-offset-side: 40px; --cabildo-whatsapp-z-index: 5; }';
      document.head.append(style);
      try {
        const box = el.getBoundingClientRect();
        expect(Math.round(innerHeight - box.bottom)).to.equal(100);
        expect(Math.round(innerWidth - box.right)).to.equal(40);
        expect(getComputedStyle(el).zIndex).to.equal('5');
      } finally {
        style.remove();
      }
    });

    it('inline is a normal box in the page flow with the privacy notice under the button', async () => {
      const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button variant="inline"></cabildo-whatsapp-button>`);
      expect(getComputedStyle(el).position).to.equal('static');
      expect(el.shadowRoot!.querySelector('.notice')!.textContent).to.contain('un servicio ajeno al Cabildo');
      await expect(el).to.be.accessible();
    });

    it('the button and the QR button are at least 44 × 44 px, also 320 px wide', async () => {
      for (const width of [1280, 320]) {
        for (const variant of ['floating', 'inline']) {
          const { el, view, frame } = await inPageOfWidth(width, variant);
          try {
            expect(view.innerWidth).to.equal(width);
            // At 320 px the floating button is the round launcher; its link and QR button are in the panel it opens.
            const round = el.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher');
            if (round) {
              round.click();
              await el.updateComplete;
            }
            const chat = round ? el.shadowRoot!.querySelector<HTMLAnchorElement>('a.chat')! : link(el)!;
            for (const target of [...(round ? [round] : []), chat, qrButton(el)!]) {
              const box = target.getBoundingClientRect();
              expect(box.width, `${variant} at ${width}`).to.be.at.least(44);
              expect(box.height, `${variant} at ${width}`).to.be.at.least(44);
              expect(box.right, `${variant} at ${width}: inside the screen`).to.be.at.most(width);
            }
          } finally {
            frame.remove();
          }
        }
      }
    });

    it('an unknown variant falls back to floating and is reported', async () => {
      const { el, codes } = await withErrors(html`<cabildo-whatsapp-button variant="sideways"></cabildo-whatsapp-button>`);
      expect(getComputedStyle(el).position).to.equal('fixed');
      expect(codes).to.deep.equal(['invalid-variant']);
    });
  });

  describe('getting out of the way', () => {
    it('steps aside while a focused field lies underneath, and comes back when focus moves on', async () => {
      const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button></cabildo-whatsapp-button>`);
      const field = document.createElement('input');
      field.setAttribute('aria-label', 'campo');
      field.className = 'under';
      const style = document.createElement('style');
      style.textContent = '.under { position: fixed; right: 20px; bottom: 20px; width: 200px; }';
      document.head.append(style);
      document.body.append(field);
      const widget = el.shadowRoot!.querySelector('.widget')!;
      try {
        field.focus();
        await el.updateComplete;
        expect(getComputedStyle(widget).pointerEvents).to.equal('none');
        // Tabbing onto the button brings it back: it never leaves the tab order.
        link(el)!.focus();
        await el.updateComplete;
        expect(getComputedStyle(widget).pointerEvents).to.equal('auto');
      } finally {
        field.remove();
        style.remove();
      }
    });

    it('a focused field elsewhere on the page leaves it in place', async () => {
      const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button></cabildo-whatsapp-button>`);
      const field = document.createElement('input');
      field.setAttribute('aria-label', 'campo');
      document.body.prepend(field);
      try {
        field.focus();
        await el.updateComplete;
        expect(getComputedStyle(el.shadowRoot!.querySelector('.widget')!).pointerEvents).to.equal('auto');
      } finally {
        field.remove();
      }
    });

    it('steps aside while a mobile keyboard shrinks the visual viewport', async () => {
      const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button></cabildo-whatsapp-button>`);
      const viewport = window.visualViewport!;
      const widget = el.shadowRoot!.querySelector('.widget')!;
      Object.defineProperty(viewport, 'height', { configurable: true, value: innerHeight - 300 });
      try {
        viewport.dispatchEvent(new Event('resize'));
        await el.updateComplete;
        expect(widget.classList.contains('away')).to.be.true;
      } finally {
        delete (viewport as unknown as Record<string, unknown>).height;
      }
      viewport.dispatchEvent(new Event('resize'));
      await el.updateComplete;
      expect(widget.classList.contains('away')).to.be.false;
    });

    it('tells a keyboard from a pinch zoom', () => {
      expect(keyboardIsOpen(800, 450, 1)).to.be.true;
      expect(keyboardIsOpen(800, 760, 1)).to.be.false;
      expect(keyboardIsOpen(800, 400, 2)).to.be.false;
    });

    it('inline buttons never step aside', async () => {
      const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button variant="inline"></cabildo-whatsapp-button>`);
      const viewport = window.visualViewport!;
      Object.defineProperty(viewport, 'height', { configurable: true, value: innerHeight - 300 });
      try {
        viewport.dispatchEvent(new Event('resize'));
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.widget')!.classList.contains('away')).to.be.false;
      } finally {
        delete (viewport as unknown as Record<string, unknown>).height;
      }
    });
  });

  describe('the greeting bubble', () => {
    it('shows the editor\'s greeting with the privacy notice; Enter on its close button dismisses it for good', async () => {
      const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button greeting="¿Dudas con tu trámite? Escríbenos"></cabildo-whatsapp-button>`);
      expect(bubble(el)!.textContent).to.contain('¿Dudas con tu trámite? Escríbenos');
      expect(bubble(el)!.textContent).to.contain('un servicio ajeno al Cabildo');
      await expect(el).to.be.accessible();
      expect(localStorage.getItem(DISMISSED_KEY)).to.equal(null);
      // The close button is the first stop in the tab order, before the button.
      const before = document.createElement('button');
      before.textContent = 'antes';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.getAttribute('aria-label')).to.equal('Cerrar mensaje');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      before.remove();
      expect(bubble(el)).to.equal(null);
      expect(focused(el) === link(el), 'focus lands on the button').to.be.true;
      expect(localStorage.getItem(DISMISSED_KEY)).to.equal('¿Dudas con tu trámite? Escríbenos');
      const again = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button greeting="¿Dudas con tu trámite? Escríbenos"></cabildo-whatsapp-button>`);
      expect(bubble(again)).to.equal(null);
      const changed = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button greeting="Nuevo: cita previa"></cabildo-whatsapp-button>`);
      expect(bubble(changed)).not.to.equal(null);
    });

    it('Escape inside the bubble dismisses it', async () => {
      const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button greeting="Hola"></cabildo-whatsapp-button>`);
      bubble(el)!.querySelector('button')!.focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(bubble(el)).to.equal(null);
    });

    it('storage that throws does not break dismissing', async () => {
      const setItem = Storage.prototype.setItem;
      const getItem = Storage.prototype.getItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      Storage.prototype.getItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      try {
        const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button greeting="Hola"></cabildo-whatsapp-button>`);
        expect(bubble(el)).not.to.equal(null);
        bubble(el)!.querySelector('button')!.click();
        await el.updateComplete;
        expect(bubble(el)).to.equal(null);
      } finally {
        Storage.prototype.setItem = setItem;
        Storage.prototype.getItem = getItem;
      }
    });

    it('in English', async () => {
      await setLocale('en');
      const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button greeting="Need help?"></cabildo-whatsapp-button>`);
      expect(bubble(el)!.querySelector('button')!.getAttribute('aria-label')).to.equal('Close message');
      expect(bubble(el)!.textContent).to.contain('a service outside the Cabildo');
      await expect(el).to.be.accessible();
    });
  });

  describe('the QR dialog', () => {
    it('opens from the keyboard, shows the QR code of the link, and Escape closes it returning focus', async () => {
      const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button message="Hola"></cabildo-whatsapp-button>`);
      qrButton(el)!.focus();
      await sendKeys({ press: 'Enter' });
      expect(dialog(el).open).to.be.true;
      expect(dialog(el).contains(focused(el)), 'focus moves into the dialog').to.be.true;
      await waitFor(() => el.shadowRoot!.querySelector('.qr svg'));
      const code = el.shadowRoot!.querySelector('.qr svg')!;
      expect(code.getAttribute('role')).to.equal('img');
      expect(code.getAttribute('aria-label')).to.equal('Código QR del enlace de WhatsApp de la oficina');
      // Version 3 (29 modules) plus a quiet zone of 4 on each side; the top-left finder pattern starts its first row.
      expect(code.getAttribute('viewBox')).to.equal('0 0 37 37');
      expect(code.querySelector('path')!.getAttribute('d')).to.match(/^M4 4h7v1h-7z/);
      expect(dialog(el).textContent).to.contain('628 53 84 49');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      expect(dialog(el).open).to.be.false;
      expect(focused(el) === qrButton(el), 'focus returns to the QR button').to.be.true;
    });

    it('when the QR encoder cannot be downloaded, says so in the dialog, keeps the link, reports it, and retries', async () => {
      const { load, pending } = qrEncoderSource;
      qrEncoderSource.pending = undefined;
      qrEncoderSource.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      try {
        const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button></cabildo-whatsapp-button>`);
        const codes: string[] = [];
        el.addEventListener('cabildo-error', (e) => codes.push(e.detail.code));
        const silenced = silenceConsole('warn');
        qrButton(el)!.click();
        await waitFor(() => codes.length > 0 || null).finally(silenced.restore);
        await el.updateComplete;
        expect(codes).to.deep.equal(['qr-load-failed']);
        expect(dialog(el).textContent).to.contain('No se ha podido generar el código QR.');
        expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('dialog a.open-here')!.href).to.equal(el.href);
        await expect(el).to.be.accessible();
        el.shadowRoot!.querySelector<HTMLButtonElement>('dialog .close')!.click();
        qrEncoderSource.load = load;
        qrButton(el)!.click();
        await waitFor(() => el.shadowRoot!.querySelector('.qr svg'));
      } finally {
        qrEncoderSource.load = load;
        qrEncoderSource.pending = pending;
      }
    });

    it('the close button closes it; "open on this computer" is the same link and fires the event', async () => {
      const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button variant="inline"></cabildo-whatsapp-button>`);
      qrButton(el)!.click();
      const here = el.shadowRoot!.querySelector<HTMLAnchorElement>('dialog a.open-here')!;
      expect(here.href).to.equal(el.href);
      expect(here.rel).to.equal('noopener noreferrer');
      const heard = oneEvent(el, 'cabildo-whatsapp-open');
      expect(clickWouldNavigate(here)).to.be.true;
      expect((await heard).detail.href).to.equal(el.href);
      expect(dialog(el).open).to.be.false;
      qrButton(el)!.click();
      el.shadowRoot!.querySelector<HTMLButtonElement>('dialog .close')!.click();
      expect(dialog(el).open).to.be.false;
    });

    it('a click on the backdrop closes it', async () => {
      const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button></cabildo-whatsapp-button>`);
      qrButton(el)!.click();
      dialog(el).dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 2, clientY: 2 }));
      expect(dialog(el).open).to.be.false;
      qrButton(el)!.click();
      const box = dialog(el).getBoundingClientRect();
      dialog(el).dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: box.left + 5, clientY: box.top + 5 }));
      expect(dialog(el).open, 'a click inside the dialog box keeps it open').to.be.true;
      dialog(el).close();
    });

    it('in English', async () => {
      await setLocale('en');
      const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button></cabildo-whatsapp-button>`);
      qrButton(el)!.click();
      await el.updateComplete;
      expect(dialog(el).querySelector('h2')!.textContent).to.equal('Continue on your phone');
      expect(dialog(el).textContent).to.contain('Open WhatsApp on this computer');
      await waitFor(() => el.shadowRoot!.querySelector('.qr svg'));
      await expect(el).to.be.accessible();
      dialog(el).close();
    });

    it('is not offered with qr="never", nor on touch screens by default', async () => {
      const never = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button qr="never"></cabildo-whatsapp-button>`);
      expect(qrButton(never)).to.equal(null);
      expect(never.shadowRoot!.querySelector('dialog')).to.equal(null);
      const matchMedia = window.matchMedia;
      window.matchMedia = ((query: string) => ({ matches: query.includes('coarse') })) as typeof window.matchMedia;
      try {
        const touch = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button></cabildo-whatsapp-button>`);
        expect(qrButton(touch)).to.equal(null);
        const always = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button qr="always"></cabildo-whatsapp-button>`);
        // On a touch screen the button is round: the QR button is in the panel it opens.
        always.shadowRoot!.querySelector<HTMLButtonElement>('button.launcher')!.click();
        await always.updateComplete;
        expect(qrButton(always)).not.to.equal(null);
      } finally {
        window.matchMedia = matchMedia;
      }
    });
  });

  describe('privacy notice', () => {
    it('links the privacy page given by privacy-url, and only a safe one', async () => {
      const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button variant="inline" privacy-url="https://www.cabildodelanzarote.com/privacidad"></cabildo-whatsapp-button>`);
      const privacy = el.shadowRoot!.querySelector<HTMLAnchorElement>('.notice a')!;
      expect(privacy.href).to.equal('https://www.cabildodelanzarote.com/privacidad');
      expect(privacy.textContent).to.equal('Privacidad');
      const { el: unsafe, codes } = await withErrors(html`<cabildo-whatsapp-button variant="inline" privacy-url="javascript:alert(1)"></cabildo-whatsapp-button>`);
      expect(unsafe.shadowRoot!.querySelector('.notice a')).to.equal(null);
      expect(codes).to.deep.equal(['invalid-privacy-url']);
    });

    it('floating, says in sight that WhatsApp is outside the Cabildo and links the privacy page by the button', async () => {
      const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button privacy-url="/privacidad"></cabildo-whatsapp-button>`);
      const external = link(el)!.querySelector<HTMLElement>('.external')!;
      expect(external.textContent).to.equal('(abre WhatsApp, un servicio externo al Cabildo)');
      expect(external.getBoundingClientRect().height, 'visible').to.be.above(0);
      const privacy = el.shadowRoot!.querySelector<HTMLAnchorElement>('.widget > a.privacy')!;
      expect(privacy.href).to.equal(new URL('/privacidad', document.baseURI).href);
      const box = privacy.getBoundingClientRect();
      expect(Math.min(box.width, box.height)).to.be.at.least(24);
      await expect(el).to.be.accessible();
      const plain = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button></cabildo-whatsapp-button>`);
      expect(plain.shadowRoot!.querySelector('a.privacy')).to.equal(null);
      // With the greeting open, its notice carries the one privacy link.
      localStorage.clear();
      const greeted = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button greeting="¿Hablamos?" privacy-url="/privacidad"></cabildo-whatsapp-button>`);
      const inSight = [...greeted.shadowRoot!.querySelectorAll('a[href$="/privacidad"]')].filter((a) => !a.closest('dialog'));
      expect(inSight.map((a) => a.closest('.bubble') !== null)).to.deep.equal([true]);
      greeted.shadowRoot!.querySelector<HTMLButtonElement>('.bubble button')!.click();
      await greeted.updateComplete;
      expect(greeted.shadowRoot!.querySelector('.widget > a.privacy')).to.exist;
      localStorage.clear();
    });
  });

  it('keeps its place in the page flow at 320 px with no horizontal overflow', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div class="narrow"><cabildo-whatsapp-button variant="inline" greeting="¿Necesitas ayuda con un trámite?"></cabildo-whatsapp-button></div>`);
    holder.style.width = '320px';
    const el = holder.querySelector('cabildo-whatsapp-button')!;
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
  });
});

describe('<cabildo-whatsapp-button> with a very long message', () => {
  it('cuts a 10 KB message to 1000 characters and reports it', async () => {
    const { el, codes } = await withErrors(html`<cabildo-whatsapp-button variant="inline" message=${'hola '.repeat(2048)}></cabildo-whatsapp-button>`);
    expect(codes).to.deep.equal(['invalid-message']);
    const sent = new URL(el.href).searchParams.get('text')!;
    expect(sent).to.equal('hola '.repeat(200));
  });

  it('never cuts an emoji in half', async () => {
    const { el } = await withErrors(html`<cabildo-whatsapp-button variant="inline" message=${'a' + '😀'.repeat(600)}></cabildo-whatsapp-button>`);
    const sent = new URL(el.href).searchParams.get('text')!;
    expect(sent).to.equal('a' + '😀'.repeat(499));
  });

  it('says the message is too long for a QR code (not that the encoder failed), and keeps the link', async () => {
    const el = await fixture<WhatsappButton>(html`<cabildo-whatsapp-button variant="inline" qr="always" message=${'ñ'.repeat(10_000)}></cabildo-whatsapp-button>`);
    const codes: string[] = [];
    el.addEventListener('cabildo-error', (e) => codes.push(e.detail.code));
    const silenced = silenceConsole('warn');
    try {
      qrButton(el)!.click();
      await waitFor(() => codes.length > 0 || null);
      await el.updateComplete;
    } finally {
      silenced.restore();
    }
    expect(codes).to.deep.equal(['qr-too-long']);
    expect(dialog(el).textContent).to.contain('El mensaje es demasiado largo para un código QR');
    expect(dialog(el).textContent).to.not.contain('No se ha podido generar');
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('dialog a.open-here')!.href).to.equal(el.href);
    await expect(el).to.be.accessible();
    dialog(el).close();
  });
});
