import type { Locale } from '@shared/i18n'
import { HUB_ADMIN, type Device } from '../../src/main/hub/access'
import type { HubContext } from '../../src/main/hub/context'
import { createHubDevices } from '../../src/main/hub/deviceSockets'
import type { HubMaintenance } from '../../src/main/hub/maintenance'
import { appRouter } from '../../src/main/hub/router'
import { createCallerFactory } from '../../src/main/hub/trpc'
import type { ServiceContext } from '../../src/main/services/core/context'

const createCaller = createCallerFactory(appRouter)

/** The hub's whole API called in-process, typed by the router: `caller.day.plan({ … })`. */
export type HallCaller = ReturnType<typeof createCaller>

export interface HallCallerOptions {
  /** Who acts, for the audit log. */
  actor?: string
  /** The device calling (its role decides what it may call); the hub's own admin by default. */
  device?: Device
  locale?: Locale
  version?: string
  migrations?: string[]
  maintenance?: HubMaintenance
}

/**
 * The hub's tRPC router over the hall's services, without a transport: the contract's
 * validation, the middleware and the services, as a desk's call goes through them.
 */
export function hallCaller(services: ServiceContext, options: HallCallerOptions = {}): HallCaller {
  const ctx: HubContext = {
    services,
    locale: options.locale ?? 'zh-CN',
    actor: options.actor ?? 'test',
    device: options.device ?? HUB_ADMIN,
    devices: createHubDevices(),
    version: options.version ?? 'test',
    migrations: options.migrations ?? [],
    maintenance: options.maintenance,
  }
  return createCaller(ctx)
}
