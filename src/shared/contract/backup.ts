import { z } from 'zod'
import { procedure } from './procedure'
import { Timestamp, boundedInt, requiredText } from './common'

// Backups of the hall's database: made with SQLite's online
// backup API into a `backups` folder next to the database, verified, the last N kept.

export const DEFAULT_BACKUPS_KEPT = 30

export const BackupInfo = z.object({
  file: z.string(),
  name: z.string(),
  reason: z.enum(['close', 'manual']),
  createdAt: Timestamp,
  bytes: z.number().int(),
  integrity: z.literal('ok'),
  /** Rows of every table, equal in the database and its backup. */
  rowCounts: z.record(z.string(), z.number().int()),
  /** Older backups removed to keep the last `keep`. */
  pruned: z.array(z.string()),
})
export type BackupInfo = z.infer<typeof BackupInfo>

export const BackupInput = z
  .object({
    keep: boundedInt(1, 1000, {
      tooSmall: 'backup.keepRange',
      tooLarge: 'backup.keepRange',
    }).default(DEFAULT_BACKUPS_KEPT),
  })
  .optional()

export const BackupFileView = z.object({
  file: z.string(),
  name: z.string(),
  bytes: z.number().int(),
  modifiedAt: Timestamp,
})
export type BackupFileView = z.infer<typeof BackupFileView>

export const RestoreOutcome = z.object({
  at: Timestamp,
  ok: z.boolean(),
  from: z.string(),
  /** Where the database that was replaced now lives (never overwritten). */
  replacedKeptAt: z.string().nullable(),
  message: z.string().nullable(),
})

export const BackupListView = z.object({
  database: z.string(),
  folder: z.string(),
  backups: z.array(BackupFileView),
  lastRestore: RestoreOutcome.nullable(),
})
export type BackupListView = z.infer<typeof BackupListView>

export const RestoreInput = z.object({
  file: requiredText(1000),
})

export const RestoreScheduled = z.object({
  /** The backup checked and accepted; the hub swaps its database right after answering. */
  scheduled: z.literal(true),
  from: z.string(),
  rowCounts: z.record(z.string(), z.number().int()),
})
export type RestoreScheduled = z.infer<typeof RestoreScheduled>

export const backupProcedures = {
  create: procedure('mutation', BackupInput, BackupInfo),
  list: procedure('query', undefined, BackupListView),
  restore: procedure('mutation', RestoreInput, RestoreScheduled),
}
