import { describe, expect, it } from 'vitest'
import { durationStats, figuresOf, secondsBetween } from '../../../src/main/services/tally/figures'
import { hallTimeZone, wallClock } from '@shared/tally/timeZone'

describe('the tally’s arithmetic', () => {
  it('takes the median of an odd and an even count, and the max', () => {
    expect(durationStats([])).toEqual({ count: 0, medianSeconds: null, maxSeconds: null })
    expect(durationStats([300, 60, 120])).toEqual({ count: 3, medianSeconds: 120, maxSeconds: 300 })
    expect(durationStats([60, 120, 180, 600])).toMatchObject({
      medianSeconds: 150,
      maxSeconds: 600,
    })
  })

  it('measures only instants that are both there and in order', () => {
    expect(secondsBetween('2026-10-21T01:00:00Z', '2026-10-21T01:03:30Z')).toBe(210)
    expect(secondsBetween('2026-10-21T01:00:00Z', null)).toBeNull()
    expect(secondsBetween('2026-10-21T01:00:00Z', '2026-10-21T00:59:00Z')).toBeNull()
  })

  it('counts 批次, 人次, 集体访 from 5 persons, outcomes per matter, and leaves cancelled out', () => {
    const f = figuresOf([
      {
        headcount: 1,
        status: 'concluded',
        outcomes: ['resolved_on_spot'],
        transfers: 0,
        waitSeconds: 60,
        sessionSeconds: 300,
      },
      {
        headcount: 5,
        status: 'concluded',
        outcomes: ['assigned', 'explained'],
        transfers: 1,
        waitSeconds: 120,
        sessionSeconds: 600,
      },
      {
        headcount: 4,
        status: 'concluded',
        outcomes: [],
        transfers: 0,
        waitSeconds: null,
        sessionSeconds: null,
      },
      {
        headcount: 2,
        status: 'no_show',
        outcomes: [],
        transfers: 0,
        waitSeconds: 30,
        sessionSeconds: null,
      },
      {
        headcount: 9,
        status: 'cancelled',
        outcomes: [],
        transfers: 0,
        waitSeconds: null,
        sessionSeconds: null,
      },
      {
        headcount: 1,
        status: 'waiting',
        outcomes: [null],
        transfers: 0,
        waitSeconds: null,
        sessionSeconds: null,
      },
    ])
    expect(f).toMatchObject({
      batches: 5,
      persons: 13,
      collectiveBatches: 1,
      collectivePersons: 5,
      concludedBatches: 3,
      noShowBatches: 1,
      noShowPersons: 2,
      openBatches: 1,
      decidedCases: 3,
      undecidedCases: 1,
      concludedWithoutOutcome: 1,
      transfers: 1,
      outcomes: { resolved_on_spot: 1, assigned: 1, forwarded: 0, explained: 1, not_accepted: 0 },
      wait: { count: 3, medianSeconds: 60, maxSeconds: 120 },
      session: { count: 2, medianSeconds: 450, maxSeconds: 600 },
    })
  })

  it('reads hours on the hall’s clock: Asia/Shanghai unless the machine says otherwise', () => {
    expect(hallTimeZone({}, 'UTC')).toBe('Asia/Shanghai')
    expect(hallTimeZone({}, 'Asia/Urumqi')).toBe('Asia/Urumqi')
    expect(hallTimeZone({ TZ: 'UTC' }, 'UTC')).toBe('UTC')
    expect(hallTimeZone({ RECEPTION_DAY_TZ: 'Asia/Shanghai', TZ: 'UTC' }, 'UTC')).toBe(
      'Asia/Shanghai',
    )
    expect(hallTimeZone({ RECEPTION_DAY_TZ: 'Mars/Olympus' }, 'UTC')).toBe('Asia/Shanghai')
    expect(wallClock('2026-10-21T16:30:00Z', 'Asia/Shanghai')).toMatchObject({
      d: 22,
      hh: 0,
      mm: 30,
    })
  })
})
