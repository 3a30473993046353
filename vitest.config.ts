import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['action/test/**/*.test.ts', 'site/test/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Integration suites start real servers (fake GitHub, Prometheus, Chromium); keep the 2-core machine calm.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    tags: [
      {
        name: 'slow',
        description: 'minutes, not seconds (packs and installs the npm package); left out of test:fast',
        timeout: 600_000,
      },
    ],
  },
});
