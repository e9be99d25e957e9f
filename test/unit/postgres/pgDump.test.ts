import { spawnSync } from 'node:child_process'
import { actingAs } from '../../../src/main/services/core/context'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { registerBatch } from '../../../src/main/services/batch/registration'
import { dumpPostgres, pgDumpInstalled } from '../../../src/main/services/backup/pgDump'
import { planWithLeaders, registration } from '../../support/fixtures'
import { tempDir, tempStore, type TempStore } from '../../support/tempStore'
import { postgresAdminUrl } from '../../support/testDatabase'

// backup.create on PostgreSQL where pg_dump is installed: one snapshot for the counts and the
// dump, read back with pg_restore --list.

describe.skipIf(!postgresAdminUrl() || !pgDumpInstalled())('a pg_dump backup', () => {
  let hall: TempStore
  beforeEach(async () => {
    hall = await tempStore(undefined, undefined, 'postgres')
  })
  afterEach(() => hall.close())

  it('holds every table, counted at the moment it was taken', async () => {
    if (hall.store.kind !== 'postgres') throw new Error('expected PostgreSQL')
    const day = await planWithLeaders(hall.services, '2026-10-21', [{ name: '王建国', tableNo: 1 }])
    for (const name of ['张三', '李四', '王五'])
      await registerBatch(
        actingAs(hall.services, 'desk'),
        registration({
          dayId: day.id,
          kind: 'individual',
          headcount: 1,
          members: [{ name }],
          summary: '宅基地审批',
        }),
      )
    const folder = join(tempDir(), 'backups')
    const made = await dumpPostgres(hall.store, {
      folder,
      url: hall.store.connectionString,
      reason: 'manual',
      at: new Date('2026-10-21T03:00:00Z'),
      timeZone: 'Asia/Shanghai',
    })
    expect(made.name).toMatch(/^hall_[0-9a-f]+-2026-10-21-110000-manual\.dump$/)
    expect(existsSync(made.file)).toBe(true)
    expect(existsSync(`${made.file.replace(/\.dump$/, '.db')}.partial`)).toBe(false)
    expect(made.rowCounts['batch']).toBe(3)
    expect(made.rowCounts['category']).toBe(13)
    const listed = spawnSync('pg_restore', ['--list', made.file], { encoding: 'utf8' })
    expect(listed.status).toBe(0)
    expect(listed.stdout).toMatch(/TABLE DATA public batch /)
  })
})
