import type { WebSocket } from 'ws'
import { PairingCodes } from '../services/device/pairingCodes'

/** WebSocket close code for a device revoked or changed by the admin (private range, RFC 6455). */
export const DEVICE_CHANGED = 4001

/**
 * The open WebSockets of every paired device, so that revoking a device (or changing its role)
 * cuts them at once: closed politely, then dropped if the peer does not answer within half a
 * second. Its next connection is authenticated afresh (refused, or with the new role).
 */
export class DeviceSockets {
  private readonly byDevice = new Map<number, Set<WebSocket>>()

  add(deviceId: number, ws: WebSocket): void {
    const set = this.byDevice.get(deviceId) ?? new Set()
    set.add(ws)
    this.byDevice.set(deviceId, set)
    ws.once('close', () => {
      set.delete(ws)
      if (set.size === 0) this.byDevice.delete(deviceId)
    })
  }

  cut(deviceId: number): void {
    for (const ws of this.byDevice.get(deviceId) ?? []) {
      ws.close(DEVICE_CHANGED, 'device changed')
      setTimeout(() => ws.terminate(), 500).unref()
    }
  }
}

/** The running hub's devices: the pairing codes it has offered and the sockets it holds. */
export interface HubDevices {
  codes: PairingCodes
  sockets: DeviceSockets
}

export const createHubDevices = (): HubDevices => ({
  codes: new PairingCodes(),
  sockets: new DeviceSockets(),
})
