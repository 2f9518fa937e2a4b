import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { NOW_PRESETS } from '../stories/support.js';
import '../src/index.js';

/**
 * The docs pages show the public interface only: the manifest also lists each element's private and protected
 * members (its clock, parsed hours, timers…) and static ones (`version`), which an integrator cannot use.
 */
type Member = { name: string; kind?: string; privacy?: string; static?: boolean };
function publicManifest(full: typeof manifest): typeof manifest {
  const shown = (m: Member) => !m.static && (!m.privacy || m.privacy === 'public') && !m.name.startsWith('_');
  return {
    ...full,
    modules: full.modules.map((module) => ({
      ...module,
      declarations: (module.declarations ?? []).map((declaration) =>
        'members' in declaration && Array.isArray(declaration.members)
          ? { ...declaration, members: (declaration.members as Member[]).filter(shown) }
          : declaration,
      ),
    })),
  } as typeof manifest;
}

setCustomElementsManifest(publicManifest(manifest));

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Idioma de los widgets (como <html lang> en la página)',
      toolbar: {
        title: 'Idioma',
        icon: 'globe',
        items: [
          { value: 'es', title: 'Español' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    now: {
      description: 'Congela la hora de los widgets (hora de Canarias)',
      toolbar: {
        title: 'Hora',
        icon: 'time',
        items: NOW_PRESETS.map(({ value, title }) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'es', now: '' },
  decorators: [
    (story, { globals }) => {
      // The widgets follow <html lang>, as they do on the Cabildo's pages.
      document.documentElement.lang = globals.locale === 'en' ? 'en' : 'es';
      return story();
    },
  ],
  // A docs page per component: its attributes, properties, events, slots, CSS custom properties and parts from the
  // Custom Elements Manifest, a live example and every story with its code to copy.
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
