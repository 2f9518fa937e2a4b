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

/** Driven by the "Hora" toolbar (real clock when it is empty). */
export const Badge: Story = {};
export const Week: Story = { args: { variant: 'week', closures: '2026-12-24,2026-12-31' } };

// Each state is a toolbar instant (the story sets the "Hora" toolbar), in Spanish and in English.
export const Open: Story = at('2026-12-02T10:00:00Z');
export const ClosingSoon: Story = at('2026-12-02T13:45:00Z');
export const ClosedUntilTomorrow: Story = at('2026-12-02T15:00:00Z');
export const ClosedForTheWeekend: Story = at('2026-12-05T11:00:00Z');
export const ClosedForAHoliday: Story = at('2026-05-30T10:00:00Z');
export const HolidaysNotConfirmed: Story = at('2027-02-03T10:00:00Z');
export const WeekWithHolidayAndClosures: Story = {
  ...at('2026-12-08T10:00:00Z'),
  args: { variant: 'week', closures: '2026-12-24,2026-12-31' },
};
export const LaGraciosa: Story = { ...at('2026-12-03T10:00:00Z'), args: { hours: LA_GRACIOSA.hours, variant: 'week' } };
export const BadHours: Story = { args: { hours: 'Lu-Vi 9-14' } };
export const BadClosures: Story = { args: { closures: '24/12/2026' } };

const english = (story: Story): Story => ({ ...story, globals: { ...story.globals, locale: 'en' } });
export const OpenEnglish: Story = english(Open);
export const ClosingSoonEnglish: Story = english(ClosingSoon);
export const ClosedUntilTomorrowEnglish: Story = english(ClosedUntilTomorrow);
export const ClosedForTheWeekendEnglish: Story = english(ClosedForTheWeekend);
export const ClosedForAHolidayEnglish: Story = english(ClosedForAHoliday);
export const HolidaysNotConfirmedEnglish: Story = english(HolidaysNotConfirmed);
export const WeekWithHolidayAndClosuresEnglish: Story = english(WeekWithHolidayAndClosures);
export const LaGraciosaEnglish: Story = english(LaGraciosa);
export const BadHoursEnglish: Story = english(BadHours);
export const BadClosuresEnglish: Story = english(BadClosures);
