import { z } from 'zod'
import { procedure } from './procedure'

export const HealthView = z.object({
  ok: z.literal(true),
  version: z.string(),
  migrations: z.array(z.string()),
})

/** The hall's clock: screens take "today" and the zone to show times in from here. */
export const ClockView = z.object({
  /** The hall's date, YYYY-MM-DD. */
  date: z.string(),
  /** The hall's time of day, HH:MM. */
  time: z.string(),
  /** The hall's IANA zone, e.g. Asia/Shanghai. */
  timeZone: z.string(),
  /** The hub's instant (ISO 8601, UTC): a screen ticks on from its offset to its own clock. */
  now: z.string(),
})
export type ClockView = z.infer<typeof ClockView>

/** Where other PCs open the screens (the desk shows it as text and a QR code). */
export const ScreenAddressesView = z.object({
  /** The hub listens on this PC only (127.0.0.1): other PCs cannot connect. */
  loopbackOnly: z.boolean(),
  /** One URL per LAN address of the hub's PC (no secret: a PC opening it pairs). */
  urls: z.array(z.string()),
})
export type ScreenAddressesView = z.infer<typeof ScreenAddressesView>

export const systemProcedures = {
  health: procedure('query', undefined, HealthView),
  clock: procedure('query', undefined, ClockView),
  screenAddresses: procedure('query', undefined, ScreenAddressesView),
}
