import { defineConfig } from 'vitest/config';
import SummaryReporter from './tests/summary-reporter.ts';

// Browser tests: real Chromium with the built extension. One file at a time (2 cores, and
// each file launches its own browser).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: ['default', new SummaryReporter('e2e')],
  },
});
