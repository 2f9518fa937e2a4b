import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/opening-hours.js';
import { ARRECIFE, LA_GRACIOSA } from '../src/data/office.js';
import { at, storyNow } from './support.js';

interface Args {
  hours: string;
  closures: string;
  variant: 'badge' | 'week';
  now?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Horario',
  id: 'widgets-opening-hours',
  component: 'cabildo-opening-hours',
  args: { hours: ARRECIFE.hours, closures: '', variant: 'badge', now: '' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['badge', 'week'] },
    now: { control: 'text', description: 'ISO instant; empty = the "Hora" toolbar, then the real clock' },
  },
  render: (args, { globals }) => html`<cabildo-opening-hours
    hours=${args.hours}
    closures=${args.closures}
    variant=${args.variant}
    now=${ifDefined(storyNow(args, globals))}
  ></cabildo-opening-hours>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Driven by the "Hora" toolbar (real clock when it is empty). */
export const Badge: Story = { name: 'Insignia (según la barra «Hora»)' };
export const Week: Story = { name: 'Semana', args: { variant: 'week', closures: '2026-12-24,2026-12-31' } };

// Each state is a toolbar instant (the story sets the "Hora" toolbar); the language comes from the "Idioma" toolbar.
export const Open: Story = { name: 'Abierto', ...at('miercoles-1000') };
export const ClosingSoon: Story = { name: 'Cierra pronto', ...at('miercoles-1345') };
export const ClosedUntilTomorrow: Story = { name: 'Cerrado hasta mañana', ...at('miercoles-1500') };
export const ClosedForTheWeekend: Story = { name: 'Cerrado el fin de semana', ...at('sabado-1100') };
export const ClosedForAHoliday: Story = { name: 'Cerrado por festivo', ...at('dia-de-canarias') };
export const HolidaysNotConfirmed: Story = { name: 'Festivos sin confirmar', ...at('festivos-2027') };
export const WeekWithHolidayAndClosures: Story = {
  name: 'Semana con festivo y cierres',
  ...at('festivo-8-diciembre'),
  args: { variant: 'week', closures: '2026-12-24,2026-12-31' },
};
export const LaGraciosa: Story = { name: 'La Graciosa', ...at('jueves-1000'), args: { hours: LA_GRACIOSA.hours, variant: 'week' } };
/** Hours as an editor writes them: read as "Mo-Fr 09:00-14:00; PH off". */
export const HoursInWords: Story = {
  name: 'Horario escrito con palabras',
  ...at('miercoles-1000'),
  args: { hours: 'de lunes a viernes de 9:00 a 14:00, festivos cerrado', variant: 'week' },
};
/** Hours it cannot read: the fallback with the office's phone (open the page with ?cabildo-debug to see why). */
export const BadHours: Story = { name: 'Horario no válido', args: { hours: 'Lunes a viernes por la mañana' } };
export const BadClosures: Story = { name: 'Cierres no válidos', args: { closures: '24/12/2026' } };
