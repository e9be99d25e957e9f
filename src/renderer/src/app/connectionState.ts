import { useSyncExternalStore } from 'react'

/** 'refused': the hub answers but does not accept this screen's token (a wrong or old
 * address: the hub makes a new token each time it starts, unless given one). */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'refused'

let state: ConnectionState = 'connecting'
const listeners = new Set<() => void>()

export function setConnectionState(next: ConnectionState): void {
  if (next === state) return
  state = next
  for (const listener of listeners) listener()
}

export const connectionState = (): ConnectionState => state

export function useConnectionState(): ConnectionState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => state,
  )
}
