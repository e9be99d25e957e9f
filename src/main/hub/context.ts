import type { IncomingMessage } from 'node:http'
import { pickLocale, type Locale } from '@shared/i18n'
import { actingAs, type CallContext, type ServiceContext } from '../services/core/context'
import { actorOf, type Device } from './access'
import type { HubDevices } from './deviceSockets'
import type { Listening } from './lanAddresses'
import type { HubMaintenance } from './maintenance'

export interface HubContext {
  services: ServiceContext
  locale: Locale
  /** Who acts, for the audit log: the desk or screen that made the call. */
  actor: string
  /** The device the call comes from, as the hub authenticated it: its role decides what it may
   * call (access.ts). */
  device: Device
  version: string
  migrations: string[]
  /** Backups and restores of the running hub's database (absent in-process, e.g. bench/). */
  maintenance?: HubMaintenance | undefined
  listening?: HubShared['listening']
  devices?: HubDevices | undefined
}

export interface HubShared {
  services: ServiceContext
  version: string
  migrations: string[]
  maintenance?: HubMaintenance | undefined
  /** Pairing codes and the paired devices' open sockets (absent in-process). */
  devices?: HubDevices | undefined
  /** Where the hall server listens (set once it does), for the screens' addresses. */
  listening?: Listening | undefined
}

type Params = Record<string, unknown> | null | undefined

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined)

/** Builds a call's context from HTTP headers or the WebSocket's connection parameters. */
export function contextFor(
  shared: HubShared,
  device: Device,
  req: IncomingMessage,
  params?: Params,
): HubContext {
  const header = (name: string) => text(req.headers[name])
  return {
    ...shared,
    device,
    locale: pickLocale(text(params?.['locale']) ?? header('x-locale') ?? header('accept-language')),
    actor: actorOf(device, (text(params?.['actor']) ?? header('x-actor') ?? 'desk').slice(0, 60)),
  }
}

/** The call context a service takes: the hall's services, who acts, in which language. */
export const callContext = (ctx: HubContext): CallContext =>
  actingAs(ctx.services, ctx.actor, ctx.locale)
