const READER_KEY = 'reception-day.desk.idCardReader'

/**
 * The reader is plugged into this PC, so its address is kept by this PC's browser, not by the hub:
 * another desk has its own reader (or none). Only a service on this PC is accepted.
 */
export const readerSetting = {
  load(): string {
    try {
      return localStorage.getItem(READER_KEY) ?? ''
    } catch {
      return ''
    }
  },
  save(address: string): void {
    if (address) localStorage.setItem(READER_KEY, address)
    else localStorage.removeItem(READER_KEY)
  },
}
