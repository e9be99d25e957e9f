/** Why the store refused to open a database; the hub reports it and writes nothing. */
export type StoreOpenReason = 'damaged' | 'newer' | 'unreadable' | 'readonly' | 'full'

/**
 * The message is in Chinese and English: it reaches the person at the hall PC through the
 * console and Electron's dialog before any screen (and its language) exists.
 */
export class StoreOpenError extends Error {
  constructor(
    readonly reason: StoreOpenReason,
    message: string,
  ) {
    super(message)
    this.name = 'StoreOpenError'
  }
}
