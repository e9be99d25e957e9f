import type { IncomingMessage } from 'node:http'
import { pickLocale, type Locale } from '@shared/i18n'
import { actingAs, type CallContext, type ServiceContext } from '../services/core/context'
import { personOnDevice } from '../services/people/signIn'
import { actorOf, whoOf, type Device } from './access'
import type { HubDevices } from './deviceSockets'
import type { Listening } from './lanAddresses'
import type { HubMaintenance } from './maintenance'

export interface HubContext {
  services: ServiceContext
  locale: Locale
  /** Who acts, for the audit log: the person signed in and the device (or, for the hub's own
   * fixed admin secret with nobody signed in, the screen it names). */
  actor: string
  /** The screen the fixed admin secret's holder names (`x-actor`, the desktop's windows): a
   * label only, never who acted on a paired device. */
  screen?: string
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
  const screen = (text(params?.['actor']) ?? header('x-actor') ?? 'desk').slice(0, 60)
  return {
    ...shared,
    device,
    screen,
    locale: pickLocale(text(params?.['locale']) ?? header('x-locale') ?? header('accept-language')),
    actor: actorOf(device, screen),
  }
}

/**
 * The context with the person signed in on the device now (device.person_id, read on every
 * call): a device the caller built with its person already known (in-process tests) is kept.
 */
export async function withSignedInPerson(ctx: HubContext): Promise<HubContext> {
  if (ctx.device.person !== undefined) return ctx
  const person =
    ctx.device.id === null ? null : await personOnDevice(ctx.services.db, ctx.device.id)
  const device = { ...ctx.device, person }
  return { ...ctx, device, actor: person ? actorOf(device, ctx.screen ?? 'desk') : ctx.actor }
}

/** The call context a service takes: the hall's services, who acts (the person and the
 * device, for the audit log), in which language. */
export const callContext = (ctx: HubContext): CallContext =>
  actingAs(ctx.services, ctx.actor, ctx.locale, whoOf(ctx.device))
