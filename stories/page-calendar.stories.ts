import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/opening-hours.js';
import '../src/whatsapp-button.js';
import '../src/contact-card.js';

interface Args {
  /** The JSON the editor pastes into <script type="application/json" id="cabildo-calendar">. */
  calendar: string;
  now: string;
}

// The editor guides' yearly block (docs/guia-editores.md, "Una vez al año"), with a local day as an example.
const CALENDAR = `{
  "source": "Ejemplo: lista provisional de 2027 y un festivo local",
  "holidays": {
    "2027-01-01": "Año Nuevo",
    "2027-01-06": "Epifanía del Señor",
    "2027-02-09": { "es": "Martes de Carnaval", "en": "Carnival Tuesday" },
    "2027-03-25": "Jueves Santo",
    "2027-03-26": "Viernes Santo",
    "2027-05-01": "Fiesta del Trabajo",
    "2027-05-31": "Día de Canarias",
    "2027-08-16": "Asunción de la Virgen",
    "2027-09-15": "Nuestra Señora de los Volcanes",
    "2027-10-12": "Fiesta Nacional de España",
    "2027-11-01": "Todos los Santos",
    "2027-12-06": "Día de la Constitución",
    "2027-12-08": "Inmaculada Concepción",
    "2027-12-25": "Navidad"
  },
  "closures": []
}`;

/** The page's calendar block, made as a DOM node (its text is data, never a template binding). */
function calendarBlock(json: string): HTMLScriptElement {
  const block = document.createElement('script');
  block.type = 'application/json';
  block.id = 'cabildo-calendar';
  block.textContent = json;
  return block;
}

/**
 * One `<script type="application/json" id="cabildo-calendar">` block declares the year's holidays and closures for
 * every widget on the page that says whether the office is open. Edit the JSON in the "calendar" control.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Calendario de festivos de la página',
  id: 'widgets-page-calendar',
  args: { calendar: CALENDAR, now: '2027-02-09T10:00' },
  argTypes: {
    calendar: { control: 'text', description: 'The JSON of the page calendar block' },
    now: { control: 'text', description: 'Office time (Canary) the three widgets are frozen at' },
  },
  render: (args) => html`${calendarBlock(args.calendar)}
    <cabildo-opening-hours variant="week" now=${args.now}></cabildo-opening-hours>
    <cabildo-whatsapp-button variant="inline" now=${args.now}></cabildo-whatsapp-button>
    <cabildo-contact-card now=${args.now}></cabildo-contact-card>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Carnival Tuesday 2027, declared by the page: the badge, the WhatsApp button and the card all say closed. */
export const DeclaredHoliday: Story = { name: 'Festivo declarado en la página' };

/**
 * A mistaken block (30 February): no widget guesses. The badge shows its fallback, the others no status, and each
 * fires `invalid-calendar`; the card lists the message. Left out of the docs page: one calendar block per page.
 */
export const BadCalendar: Story = {
  name: 'Calendario no válido',
  tags: ['!autodocs'],
  args: { calendar: '{ "holidays": { "2027-02-30": "Martes de Carnaval" } }' },
};
