import { describe, expect, it } from 'vitest'
import {
  hallClock,
  hallDateOf,
  hallTimeOf,
  hallToday,
  onHallClockChange,
  setHallClock,
} from '../../../src/renderer/src/app/hallClock'

// A screen's hall clock: the hub's instant and zone, never the browser's (this suite runs in
// New York and in Kiritimati, scripts/unit-in-zones.mjs).

describe('the hall clock of a screen', () => {
  it('ticks from the hub’s instant and reads dates and times in the hub’s zone', () => {
    let changes = 0
    const stop = onHallClockChange(() => (changes += 1))
    const receivedAt = Date.now()
    // 00:30 on 22 October in Shanghai: still the 21st in UTC and in New York.
    setHallClock(
      { date: '2026-10-22', time: '00:30', timeZone: 'Asia/Shanghai', now: '2026-10-21T16:30:00Z' },
      receivedAt,
    )
    stop()
    expect(changes).toBe(1)
    expect(hallClock.timeZone).toBe('Asia/Shanghai')
    const drift = hallClock.now().getTime() - Date.parse('2026-10-21T16:30:00Z')
    expect(drift).toBeGreaterThanOrEqual(0)
    expect(drift).toBeLessThan(60_000)
    expect(hallToday()).toBe('2026-10-22')
    expect(hallDateOf('2026-10-21T15:59:00Z')).toBe('2026-10-21')
    expect(hallDateOf('2026-10-21T16:00:00Z')).toBe('2026-10-22')
    expect(hallTimeOf('2026-10-21T16:30:00Z')).toBe('00:30')
  })
})
