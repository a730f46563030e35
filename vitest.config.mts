import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The tests serve their feeds on loopback (jobs/ingest/fetch-address.ts refuses it otherwise); the
    // guard's own test unsets this.
    env: { LAURELS_FETCH_PRIVATE_ADDRESSES: 'allow' },
    // Each test file opens its own SQLite files; the importer test reads the whole oscar_data file.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // In CI a JSON report lets .ci/run print one closing "N passed, N failed" line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'reports/unit.json' },
  },
});
