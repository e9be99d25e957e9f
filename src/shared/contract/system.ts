import { z } from 'zod'
import { procedure } from './procedure'

export const HealthView = z.object({
  ok: z.literal(true),
  version: z.string(),
  migrations: z.array(z.string()),
})

/** Where other PCs open the screens (the desk shows it as text and a QR code). */
export const ScreenAddressesView = z.object({
  /** The hub listens on this PC only (127.0.0.1): other PCs cannot connect. */
  loopbackOnly: z.boolean(),
  /** One URL (with the hall's token) per LAN address of the hub's PC. */
  urls: z.array(z.string()),
})
export type ScreenAddressesView = z.infer<typeof ScreenAddressesView>

export const systemProcedures = {
  health: procedure('query', undefined, HealthView),
  screenAddresses: procedure('query', undefined, ScreenAddressesView),
}
