import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Telemetry waits on the closed network and slows every build; the office's tools send nothing anywhere.
  core: { disableTelemetry: true },
  viteFinal(config) {
    // Storybook's web-components renderer imports lit/directive-helpers.js, which Vite's dependency optimizer did not
    // pre-bundle: served raw, it pulled in a second lit-html beside the optimized one ("Multiple versions of Lit
    // loaded"). Pre-bundled with the rest of Lit, there is one copy.
    config.optimizeDeps = { ...config.optimizeDeps, include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] };
    return config;
  },
};

export default config;
