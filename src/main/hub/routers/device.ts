import { contract } from '@shared/contract'
import { listDevices, renameDevice, revokeDevice, setDeviceRole } from '../../services/device'
import { callContext, type HubContext } from '../context'
import type { HubDevices } from '../deviceSockets'
import { pairingUrls } from '../lanAddresses'
import { procedure, router } from '../trpc'

const c = contract.device

const devicesOf = (ctx: HubContext): HubDevices => {
  if (!ctx.devices) throw new Error('This hub pairs no devices')
  return ctx.devices
}

export const deviceRouter = router({
  me: procedure.output(c.me.output).query(({ ctx }) => ({
    id: ctx.device.id,
    name: ctx.device.name,
    role: ctx.device.role,
    tableNo: ctx.device.tableNo,
  })),
  list: procedure.output(c.list.output).query(({ ctx }) => listDevices(callContext(ctx))),
  startPairing: procedure
    .input(c.startPairing.input)
    .output(c.startPairing.output)
    .mutation(({ ctx, input }) => {
      const { code, expiresAt } = devicesOf(ctx).codes.offer(
        { name: input.name, role: input.role, tableNo: input.tableNo ?? null },
        +ctx.services.now(),
      )
      const urls = ctx.listening ? pairingUrls(ctx.listening, code) : []
      const fingerprint = ctx.listening?.fingerprint ?? null
      return { code, expiresAt: new Date(expiresAt).toISOString(), urls, fingerprint }
    }),
  rename: procedure
    .input(c.rename.input)
    .output(c.rename.output)
    .mutation(({ ctx, input }) => renameDevice(callContext(ctx), input)),
  setRole: procedure
    .input(c.setRole.input)
    .output(c.setRole.output)
    .mutation(async ({ ctx, input }) => {
      const device = await setDeviceRole(callContext(ctx), input)
      // Its screens reconnect with the new role.
      devicesOf(ctx).sockets.cut(device.id)
      return device
    }),
  revoke: procedure
    .input(c.revoke.input)
    .output(c.revoke.output)
    .mutation(async ({ ctx, input }) => {
      const device = await revokeDevice(callContext(ctx), input)
      devicesOf(ctx).sockets.cut(device.id)
      return device
    }),
})
