import { EventEmitter, on } from 'node:events'
import type { ChangeEvent } from '@shared/contract'

/** Fan-out of committed changes to the hub's subscribers. */
export class ChangeBus {
  private readonly emitter = new EventEmitter()

  constructor() {
    // Every connected screen holds one listener; a hall has dozens.
    this.emitter.setMaxListeners(0)
  }

  publish(events: readonly ChangeEvent[]): void {
    for (const event of events) this.emitter.emit('change', event)
  }

  /** An async stream of changes, ended by the signal (a closed connection). */
  async *stream(signal?: AbortSignal): AsyncGenerator<ChangeEvent> {
    for await (const [event] of on(this.emitter, 'change', { signal })) yield event as ChangeEvent
  }
}
