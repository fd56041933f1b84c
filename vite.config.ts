/// <reference types="vitest/config" />
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import {
  contentSecurityPolicyMeta,
  inlineEntryStylesheet,
  inlineFavicon,
  prerenderStepOne,
} from './scripts/vite-html-plugins.ts';

const appRoot = dirname(fileURLToPath(import.meta.url));

/**
 * `vite build --mode single-file` (the second half of `npm run build`) writes the whole app as one
 * self-contained file, dist/asa-l2tp-wizard.html, next to the normal build: every script (lazy
 * chunks too) and style inlined, for use offline and from disk.
 */
const SINGLE_FILE_MODE = 'single-file';
const SINGLE_FILE_NAME = 'asa-l2tp-wizard.html';

export default defineConfig(({ mode }) => {
  const singleFile = mode === SINGLE_FILE_MODE;
  return {
    // Relative asset URLs so the built app works when served from any path.
    base: './',
    plugins: [
      react(),
      prerenderStepOne(appRoot),
      inlineFavicon(appRoot),
      ...(singleFile
        ? [viteSingleFile({ removeViteModuleLoader: true, outputFileName: SINGLE_FILE_NAME })]
        : []),
      inlineEntryStylesheet(),
      // Last: the policy hashes whatever the plugins above inlined.
      contentSecurityPolicyMeta(),
    ],
    build: {
      // Every browser the wizard supports has modulepreload; the polyfill would only add bytes.
      modulePreload: { polyfill: false },
      ...(singleFile ? { emptyOutDir: false, copyPublicDir: false } : {}),
      rollupOptions: {
        onLog(level, log, handler) {
          // vite-plugin-singlefile checks for a policy before ours exists and mistakes the CSP of
          // the client handout template inside the bundle for the page's: ours (added last, with
          // the hashes of the inlined code) is the one that counts.
          if (log.plugin === 'vite:singlefile' && /Content-Security-Policy/.test(log.message))
            return;
          handler(level, log);
        },
      },
    },
    test: {
      // Vitest's default include would also pick up the Playwright specs in e2e/.
      include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
      environment: 'node',
      // Property tests run 1,000 cases each; on a shared 2-core machine that can take several seconds.
      testTimeout: 60_000,
    },
  };
});
