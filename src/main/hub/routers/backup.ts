import { contract } from '../../../shared/contract'
import { DomainError } from '../../services/domainError'
import type { HubContext } from '../context'
import type { HubMaintenance } from '../maintenance'
import { procedure, router } from '../trpc'

const maintenanceOf = (ctx: HubContext): HubMaintenance => {
  if (!ctx.maintenance) throw new DomainError('backup.unavailable', {}, 'conflict')
  return ctx.maintenance
}

// Backups of the hall's database (merged into `system` in router.ts); see maintenance.ts.

export const backupRouter = router({
  backup: procedure
    .input(contract.system.backup.input)
    .output(contract.system.backup.output)
    .mutation(({ ctx, input }) => maintenanceOf(ctx).backup('manual', input?.keep)),
  backups: procedure
    .output(contract.system.backups.output)
    .query(({ ctx }) => maintenanceOf(ctx).list()),
  restore: procedure
    .input(contract.system.restore.input)
    .output(contract.system.restore.output)
    .mutation(({ ctx, input }) => maintenanceOf(ctx).restore(input.file)),
})
