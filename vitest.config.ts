import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'api/**/*.test.ts', 'widget/test/**/*.test.ts', 'fixtures/**/*.test.ts', 'analytics/test/**/*.test.ts', 'dashboard/test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two files at a time on the two cores: most of the suite waits on server processes, PostgreSQL and Chromium, so
    // a second worker halves the time (one worker took over half an hour by 2026-12-08).
    maxWorkers: 2,
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
})
