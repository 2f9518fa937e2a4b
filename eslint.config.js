import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'storybook-static/**', 'src/generated/**', 'node_modules/**'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // The library must run under a strict CSP with Trusted Types and never inject HTML.
      'no-restricted-imports': ['error', { paths: [
        { name: 'lit/directives/unsafe-html.js', message: 'Never inject HTML.' },
        { name: 'lit/directives/unsafe-svg.js', message: 'Never inject markup.' },
        { name: 'lit/directives/style-map.js', message: 'A strict CSP refuses style attributes: use classes, or set styles through the CSSOM.' },
      ] }],
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Never inject HTML.' },
        { property: 'outerHTML', message: 'Never inject HTML.' },
        { property: 'insertAdjacentHTML', message: 'Never inject HTML.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      // Office time comes from Intl in Atlantic/Canary, never from the visitor's local clock.
      'no-restricted-syntax': ['error', {
        selector: "CallExpression[callee.property.name=/^(getHours|getDay|getDate|getMonth|getFullYear|getMinutes|setHours|setDate)$/]",
        message: 'Local-time Date getters use the visitor\'s zone; compute office time with core/canary-time.ts.',
      }, {
        // npm run check:csp catches it on the pages it loads; this catches it in every template, rendered or not.
        selector: 'TaggedTemplateExpression[tag.name=/^(html|svg)$/] TemplateElement[value.raw=/\\sstyle\\s*=/i]',
        message: 'A strict CSP (style-src without unsafe-inline) refuses style attributes: use classes, or set styles through the CSSOM.',
      }],
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-explicit-any': 'off', 'no-restricted-syntax': 'off' },
  },
);
