import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { storyNow } from './support.js';
import '../src/whatsapp-button.js';

interface Args {
  phone?: string;
  message?: string;
  variant: 'floating' | 'inline';
  position: 'right' | 'left';
  hours?: string;
  assistant: boolean;
  now?: string;
  greeting?: string;
  qr: 'auto' | 'always' | 'never';
  privacyUrl?: string;
}

// A floating button is fixed to the viewport; in the docs page each story gets a frame that acts as its viewport
// (a transformed box is the containing block of fixed children), so the stories do not pile up in one corner.
const frame = (content: TemplateResult, floating: boolean): TemplateResult =>
  floating
    ? html`<style>
          .wa-frame { position: relative; transform: translateZ(0); height: 22rem; border: 1px dashed #8a8f8c; }
        </style>
        <div class="wa-frame">${content}</div>`
    : content;

const meta: Meta<Args> = {
  title: 'Widgets/Botón de WhatsApp',
  id: 'widgets-whatsapp-button',
  component: 'cabildo-whatsapp-button',
  args: { variant: 'floating', position: 'right', assistant: false, qr: 'auto' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['floating', 'inline'] },
    position: { control: 'inline-radio', options: ['right', 'left'] },
    qr: { control: 'inline-radio', options: ['auto', 'always', 'never'] },
  },
  render: (args, { globals }) =>
    frame(
      html`<cabildo-whatsapp-button
        phone=${args.phone ?? nothing}
        message=${args.message ?? nothing}
        variant=${args.variant}
        position=${args.position}
        hours=${args.hours ?? nothing}
        ?assistant=${args.assistant}
        now=${storyNow(args, globals) ?? nothing}
        greeting=${args.greeting ?? nothing}
        qr=${args.qr}
        privacy-url=${args.privacyUrl ?? nothing}
      ></cabildo-whatsapp-button>`,
      args.variant !== 'inline',
    ),
};
export default meta;

type Story = StoryObj<Args>;

/** Zero attributes: the office line, floating in the bottom right corner, with the real clock. */
export const Flotante: Story = { name: 'Flotante' };

export const FlotanteIzquierda: Story = { name: 'Flotante a la izquierda', args: { position: 'left' } };

/** Inside the staffed hours (Wednesday 10:00 Canary time). */
export const Atendido: Story = { name: 'Atendido', args: { now: '2026-12-02T10:00:00Z' } };

/** Friday afternoon: out of hours, replies on Monday. */
export const FueraDeHorario: Story = { name: 'Fuera de horario', args: { now: '2026-12-04T15:00:00Z' } };

/** A public holiday (8 December). */
export const Festivo: Story = { name: 'Festivo', args: { now: '2026-12-08T10:00:00Z' } };

/** The planned 24 h assistant, outside the staffed hours: the staffed hours are still shown. */
export const AsistenteFueraDeHorario: Story = { name: 'Asistente, fuera de horario', args: { assistant: true, now: '2026-12-04T15:00:00Z' } };

export const AsistenteEnHorario: Story = { name: 'Asistente, en horario', args: { assistant: true, now: '2026-12-02T10:00:00Z' } };

/** The editor's call to action in a bubble; dismissing it is remembered on this browser. */
export const ConSaludo: Story = { name: 'Con saludo',
  args: { greeting: '¿Dudas con tu cita o tu certificado digital? Escríbenos.', privacyUrl: 'https://www.cabildodelanzarote.com/' },
};

/** A normal button in the page flow, with the privacy notice. */
export const EnLinea: Story = { name: 'En línea',
  args: { variant: 'inline', privacyUrl: 'https://www.cabildodelanzarote.com/', now: '2026-12-02T10:00:00Z' },
};

export const EnLineaConAsistente: Story = { name: 'En línea, con asistente',
  args: { variant: 'inline', assistant: true, now: '2026-12-05T11:00:00Z' },
};

/** The QR dialog, open: continue on the phone, or open WhatsApp on this computer. */
export const DialogoQR: Story = { name: 'Diálogo del código QR',
  args: { variant: 'inline', qr: 'always' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('cabildo-whatsapp-button');
    await el?.updateComplete;
    el?.shadowRoot?.querySelector<HTMLButtonElement>('.qr-button')?.click();
  },
};

/** La Graciosa's office: Thursdays 9:00–12:00. */
export const OtraOficina: Story = { name: 'Otra oficina', args: { variant: 'inline', hours: 'Th 09:00-12:00', now: '2026-12-03T11:00:00Z' } };

/** A wrong phone: no broken link, a message and a cabildo-error event. */
export const TelefonoNoValido: Story = { name: 'Teléfono no válido', args: { variant: 'inline', phone: '62853' } };

/** Wrong hours: the link still works, with no status, and a cabildo-error event. */
export const HorarioNoValido: Story = { name: 'Horario no válido', args: { variant: 'inline', hours: 'Lunes a viernes por la mañana' } };
