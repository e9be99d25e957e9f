/** Why the store refused to open a database; the hub reports it and writes nothing. */
export class StoreOpenError extends Error {
  constructor(
    readonly reason: 'damaged' | 'newer' | 'unreadable',
    message: string,
  ) {
    super(message)
    this.name = 'StoreOpenError'
  }
}
