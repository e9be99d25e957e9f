import type { ThisDevice } from '@shared/contract'

/** Where a device's screen starts, by its role (a leader's screen at its own table). */
export function homeOf(device: Pick<ThisDevice, 'role' | 'tableNo'>): string {
  switch (device.role) {
    case 'leader':
      return `#/leader/${device.tableNo ?? 1}`
    case 'board':
      return '#/board'
    case 'staff':
      return '#/cases'
    case 'kiosk':
      return '#/kiosk'
    default:
      return '#/desk'
  }
}
