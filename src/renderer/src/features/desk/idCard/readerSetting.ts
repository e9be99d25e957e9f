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

/** ws://127.0.0.1:PORT or ws://localhost:PORT (the vendor's service on this PC), or empty. */
export function isLocalReaderAddress(address: string): boolean {
  if (address === '') return true
  try {
    const url = new URL(address)
    return (
      (url.protocol === 'ws:' || url.protocol === 'wss:') &&
      ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
    )
  } catch {
    return false
  }
}
