import { describe, expect, it } from 'vitest'
import { wallClock } from '@shared/tally/timeZone'

const viaIntl = (at: Date, zone: string) => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(at)
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  return {
    y: get('year'),
    m: get('month'),
    d: get('day'),
    hh: get('hour') % 24,
    mm: get('minute'),
    ss: get('second'),
  }
}

describe('the hall’s wall clock', () => {
  it('agrees with Intl in Shanghai and across daylight-saving changes elsewhere', () => {
    const zones = ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe']
    // Every 7 minutes 13 seconds through 2026, which crosses each zone's transitions.
    for (const zone of zones)
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 433_000 * 17) {
        const at = new Date(ms)
        expect(wallClock(at, zone), `${zone} ${at.toISOString()}`).toEqual(viaIntl(at, zone))
      }
  })

  it('reads an ISO string as the hall sees it', () => {
    expect(wallClock('2026-10-21T01:30:05.000Z', 'Asia/Shanghai')).toEqual({
      y: 2026,
      m: 10,
      d: 21,
      hh: 9,
      mm: 30,
      ss: 5,
    })
  })
})
