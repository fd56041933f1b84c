/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs so the built app works when served from any path.
  base: './',
  plugins: [react()],
  test: {
    // Vitest's default include would also pick up the Playwright specs in e2e/.
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Property tests run 1,000 cases each; on a shared 2-core machine that can take several seconds.
    testTimeout: 60_000,
  },
});
