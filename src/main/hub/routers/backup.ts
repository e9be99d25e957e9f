import { contract } from '@shared/contract'
import { DomainError } from '../../services/core/domainError'
import type { HubContext } from '../context'
import type { HubMaintenance } from '../maintenance'
import { procedure, router } from '../trpc'

const maintenanceOf = (ctx: HubContext): HubMaintenance => {
  if (!ctx.maintenance) throw new DomainError('backup.unavailable', {}, 'conflict')
  return ctx.maintenance
}

// Backups of the hall's database; the hub's maintenance (maintenance.ts) does the work.

export const backupRouter = router({
  create: procedure
    .input(contract.backup.create.input)
    .output(contract.backup.create.output)
    .mutation(({ ctx, input }) => maintenanceOf(ctx).backup('manual', input?.keep)),
  list: procedure.output(contract.backup.list.output).query(({ ctx }) => maintenanceOf(ctx).list()),
  restore: procedure
    .input(contract.backup.restore.input)
    .output(contract.backup.restore.output)
    .mutation(({ ctx, input }) => maintenanceOf(ctx).restore(input.file)),
})
