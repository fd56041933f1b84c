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

const TESTS = ['**/*.test.ts', '**/*.test.tsx', '**/testing/**'];

/**
 * The no-restricted-imports entries of a layer: the app folders it must not import, `extra`
 * patterns, and `appOnly` patterns that hold for its code but not for its tests.
 */
function layer(files, forbidden, extra = [], appOnly = []) {
  const rule = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
  const base = [
    ...forbidden.map((name) => ({
      group: folder(name),
      message: `Import direction: this folder may not import from src/${name} (see docs/architecture.md).`,
    })),
    ...extra,
  ];
  return [
    { files, rules: rule(base) },
    ...(appOnly.length > 0 ? [{ files, ignores: TESTS, rules: rule([...base, ...appOnly]) }] : []),
  ];
}

/**
 * The whole catalogues (and english(), which imports one) are for the command line and tests: app
 * code shows the texts the browser loaded (src/i18n/texts.ts), so the first screen does not carry
 * them. The preview's renderers, loaded later, may use english().
 */
const WHOLE_CATALOGUE = {
  group: ['**/i18n/en', '**/i18n/ja', '**/i18n/english'],
  allowTypeImports: true,
  message: 'App code loads its texts through src/i18n/texts.ts (see src/i18n/english.ts).',
};

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
  ...layer(['src/i18n/**'], ['domain', 'render', 'ui', 'steps', 'preview', 'wizard'], [REACT]),
  ...layer(
    ['src/domain/**'],
    ['render', 'ui', 'steps', 'preview', 'wizard'],
    [REACT],
    [WHOLE_CATALOGUE],
  ),
  ...layer(['src/render/**'], ['ui', 'steps', 'preview', 'wizard'], [REACT]),
  ...layer(['src/ui/**'], ['render', 'steps', 'preview', 'wizard'], [], [WHOLE_CATALOGUE]),
  ...layer(['src/steps/**'], ['render', 'preview', 'wizard'], [], [WHOLE_CATALOGUE]),
  ...layer(['src/preview/**'], ['steps', 'wizard'], [], [WHOLE_CATALOGUE]),
  ...layer(['src/wizard/**', 'src/main.tsx', 'src/app.tsx'], [], [], [WHOLE_CATALOGUE]),
  // The command-line tools reuse domain and render as they are.
  ...layer(['scripts/**'], ['ui', 'steps', 'preview', 'wizard'], [REACT]),
);
