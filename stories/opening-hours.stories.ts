import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/opening-hours.js';
import { ARRECIFE, LA_GRACIOSA } from '../src/data/office.js';
import { storyNow } from './support.js';

interface Args {
  hours: string;
  closures: string;
  variant: 'badge' | 'week';
  now?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Opening hours',
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
const en = { globals: { locale: 'en' } };

/** Driven by the "Hora" toolbar (real clock when it is empty). */
export const Badge: Story = {};
export const Week: Story = { args: { variant: 'week', closures: '2026-12-24,2026-12-31' } };

export const Open: Story = { args: { now: '2026-12-02T10:00:00Z' } };
export const ClosingSoon: Story = { args: { now: '2026-12-02T13:45:00Z' } };
export const ClosedUntilTomorrow: Story = { args: { now: '2026-12-02T15:00:00Z' } };
export const ClosedForTheWeekend: Story = { args: { now: '2026-12-05T11:00:00Z' } };
export const ClosedForAHoliday: Story = { args: { now: '2026-05-30T10:00:00Z' } };
export const HolidaysNotConfirmed: Story = { args: { now: '2027-02-03T10:00:00Z' } };
export const WeekWithHolidayAndClosures: Story = {
  args: { variant: 'week', now: '2026-12-08T10:00:00Z', closures: '2026-12-24,2026-12-31' },
};
export const LaGraciosa: Story = { args: { hours: LA_GRACIOSA.hours, variant: 'week', now: '2026-12-03T10:00:00Z' } };
export const BadHours: Story = { args: { hours: 'Lu-Vi 9-14' } };
export const BadClosures: Story = { args: { closures: '24/12/2026' } };

export const OpenEnglish: Story = { ...Open, ...en };
export const ClosingSoonEnglish: Story = { ...ClosingSoon, ...en };
export const ClosedUntilTomorrowEnglish: Story = { ...ClosedUntilTomorrow, ...en };
export const ClosedForTheWeekendEnglish: Story = { ...ClosedForTheWeekend, ...en };
export const ClosedForAHolidayEnglish: Story = { ...ClosedForAHoliday, ...en };
export const HolidaysNotConfirmedEnglish: Story = { ...HolidaysNotConfirmed, ...en };
export const WeekWithHolidayAndClosuresEnglish: Story = { ...WeekWithHolidayAndClosures, ...en };
export const LaGraciosaEnglish: Story = { ...LaGraciosa, ...en };
export const BadHoursEnglish: Story = { ...BadHours, ...en };
export const BadClosuresEnglish: Story = { ...BadClosures, ...en };
