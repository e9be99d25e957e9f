import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@shared': fileURLToPath(new URL('./src/shared', import.meta.url)) } },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    // A throwaway PostgreSQL cluster for the run (the tests on PostgreSQL, the schema parity).
    globalSetup: ['test/support/postgresSetup.ts'],
  },
})
