// Flat config. Besides the recommended sets, this file enforces the import direction from
// docs/architecture.md: domain <- render <- preview, domain <- ui <- steps, wizard composes all.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Patterns that match an app folder however it is reached: '../render/x', '../../ui', 'src/steps/y'. */
const folder = (name) => [`**/${name}`, `**/${name}/**`];

const REACT = {
  group: [
    'react',
    'react/**',
    'react-dom',
    'react-dom/**',
    'react-router',
    'react-router/**',
    'react-hook-form',
    '@hookform/**',
  ],
  message: 'Keep this folder free of React: it must run unchanged in the command-line generator.',
};

/** One no-restricted-imports entry listing the app folders a layer must not import. */
function layer(files, forbidden, extra = []) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...forbidden.map((name) => ({
              group: folder(name),
              message: `Import direction: this folder may not import from src/${name} (see docs/architecture.md).`,
            })),
            ...extra,
          ],
        },
      ],
    },
  };
}

const NODE_GLOBALS = Object.fromEntries(
  ['process', 'console', 'URL', 'Buffer', 'setTimeout', 'clearTimeout'].map((g) => [g, 'readonly']),
);

export default defineConfig(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'playwright-report/',
      'test-results/',
      'blob-report/',
      'coverage/',
      'bench/.out/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: NODE_GLOBALS },
  },
  {
    // Only app code: Playwright fixtures call a `use` callback that the hooks rules would flag.
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  // The message catalogue is pure data and formatting: every layer may use it.
  layer(['src/i18n/**'], ['domain', 'render', 'ui', 'steps', 'preview', 'wizard'], [REACT]),
  layer(['src/domain/**'], ['render', 'ui', 'steps', 'preview', 'wizard'], [REACT]),
  layer(['src/render/**'], ['ui', 'steps', 'preview', 'wizard'], [REACT]),
  layer(['src/ui/**'], ['render', 'steps', 'preview', 'wizard']),
  layer(['src/steps/**'], ['render', 'preview', 'wizard']),
  layer(['src/preview/**'], ['steps', 'wizard']),
  // The command-line tools reuse domain and render as they are.
  layer(['scripts/**'], ['ui', 'steps', 'preview', 'wizard'], [REACT]),
);
