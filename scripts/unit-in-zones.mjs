#!/usr/bin/env node
// `npm run test:unit`: the unit tests must not depend on the process's time zone (the hall's
// clock is ServiceContext.now read in the hall's zone, never the machine's). So the whole suite
// runs in New York (12–13 hours from the hall's Shanghai, the day before for half the day), and
// the files that read dates and times run again in Kiritimati (UTC+14, the day after).
// Extra arguments go to both vitest runs (e.g. a file filter).
import { spawnSync } from 'node:child_process'

const vitest = process.platform === 'win32' ? 'vitest.cmd' : 'vitest'
const extra = process.argv.slice(2)
const DATE_FILES = [
  'test/unit/services',
  'test/unit/tally',
  'test/unit/cases',
  'test/unit/queue',
  'test/unit/renderer',
  'test/unit/idNumber.test.ts',
]

const runs = [
  { zone: 'America/New_York', files: [] },
  { zone: 'Pacific/Kiritimati', files: DATE_FILES },
]

for (const { zone, files } of runs) {
  console.log(`\n— unit tests with TZ=${zone}${files.length ? ` (${files.join(' ')})` : ''}`)
  const result = spawnSync(vitest, ['run', ...(extra.length ? extra : files)], {
    stdio: 'inherit',
    env: { ...process.env, TZ: zone },
    shell: process.platform === 'win32',
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
