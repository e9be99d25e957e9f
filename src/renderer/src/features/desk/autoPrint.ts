const AUTO_PRINT_KEY = 'reception-day.desk.autoPrint'

/** Whether this desk prints the receipt as soon as a registration is saved (kept per PC). */
export const autoPrintSetting = {
  load(): boolean {
    try {
      return localStorage.getItem(AUTO_PRINT_KEY) === '1'
    } catch {
      return false
    }
  },
  save(on: boolean): void {
    localStorage.setItem(AUTO_PRINT_KEY, on ? '1' : '0')
  },
}
