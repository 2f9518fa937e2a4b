import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { storyNow } from './support.js';
import '../src/contact-card.js';

interface Args {
  office: 'arrecife' | 'la-graciosa';
  layout: 'full' | 'compact';
  now?: string;
  name?: string;
  phone?: string;
  whatsapp?: string;
  email?: string;
  web?: string;
  address?: string;
  hours?: string;
  structuredData: boolean;
}

// Wednesday 2 December 2026 (Canary time equals UTC in December).
const OPEN = '2026-12-02T10:00:00Z';
const CLOSED = '2026-12-02T15:00:00Z';

const meta: Meta<Args> = {
  title: 'Widgets/Tarjeta de contacto',
  id: 'widgets-contact-card',
  component: 'cabildo-contact-card',
  args: { office: 'arrecife', layout: 'full', structuredData: false },
  argTypes: {
    office: { control: 'inline-radio', options: ['arrecife', 'la-graciosa'] },
    layout: { control: 'inline-radio', options: ['full', 'compact'] },
  },
  render: (args, { globals }) => html`
    <cabildo-contact-card
      office=${args.office}
      layout=${args.layout}
      now=${ifDefined(storyNow(args, globals))}
      name=${ifDefined(args.name)}
      phone=${ifDefined(args.phone)}
      whatsapp=${ifDefined(args.whatsapp)}
      email=${ifDefined(args.email)}
      web=${ifDefined(args.web)}
      address=${ifDefined(args.address)}
      hours=${ifDefined(args.hours)}
      ?structured-data=${args.structuredData}
    ></cabildo-contact-card>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Arrecife, on a weekday morning: open. */
export const ArrecifeOpen: Story = { name: 'Arrecife · abierta', args: { now: OPEN } };

/** Arrecife in the afternoon: closed, with the next opening. */
export const ArrecifeClosed: Story = { name: 'Arrecife · cerrada', args: { now: CLOSED } };

/** La Graciosa opens on Thursdays only: closed on a Wednesday. */
export const LaGraciosa: Story = { name: 'La Graciosa · cerrada', args: { office: 'la-graciosa', now: OPEN } };

/** La Graciosa on a Thursday morning: open. */
export const LaGraciosaOpen: Story = {
  name: 'La Graciosa · abierta',
  args: { office: 'la-graciosa', now: '2026-12-03T10:00:00Z' },
};

/** The compact layout: name, status and links, for sidebars and footers. */
export const Compact: Story = { name: 'Compacta', args: { layout: 'compact', now: OPEN } };

/** The compact layout of La Graciosa, closed. */
export const CompactLaGraciosa: Story = {
  name: 'Compacta · La Graciosa',
  args: { layout: 'compact', office: 'la-graciosa', now: CLOSED },
};

/** Another office through attributes; the invalid WhatsApp number is left out and reported. */
export const Overrides: Story = {
  name: 'Otra oficina (atributos)',
  args: {
    now: OPEN,
    name: 'Oficina de Registro de Tías',
    phone: '928 83 38 19',
    whatsapp: '12345',
    email: 'registro@tias.example',
    web: 'https://tias.example/',
    address: 'Calle Libertad 50, 35572 Tías',
    hours: 'Lu-Vi 08:00-13:00',
  },
};
