import { describe, expect, it } from 'vitest'
import {
  ageOn,
  appointmentDue,
  expectedWaits,
  orderQueue,
  typicalSessionMinutes,
} from '../../../src/main/services/queue'

const DAY = '2026-10-21'
/** 09:30 on the day, on the hall's clock (as the hub reads slots). */
const at0930 = { date: DAY, time: '09:30' }

const item = (
  ticketNo: number,
  extra: Partial<{
    urgent: boolean
    disabled: boolean
    elderly: boolean
    birthDates: (string | null)[]
    appointmentSlot: string | null
  }> = {},
) => ({
  batchId: ticketNo,
  ticketNo,
  registeredAt: `2026-10-21T01:${String(ticketNo).padStart(2, '0')}:00.000Z`,
  flags: {
    urgent: extra.urgent ?? false,
    disabled: extra.disabled ?? false,
    elderly: extra.elderly ?? false,
  },
  birthDates: extra.birthDates ?? [null],
  appointmentSlot: extra.appointmentSlot ?? null,
})

describe('age on the day', () => {
  it('counts whole years, the birthday itself included', () => {
    expect(ageOn('1956-10-21', DAY)).toBe(70)
    expect(ageOn('1956-10-22', DAY)).toBe(69)
    expect(ageOn(null, DAY)).toBeNull()
    expect(ageOn('19561021', DAY)).toBeNull()
  })
})

describe('appointment time', () => {
  it('is due from its slot on the day, always on a past day, never without a slot', () => {
    expect(appointmentDue('09:30', DAY, at0930)).toBe(true)
    expect(appointmentDue('09:31', DAY, at0930)).toBe(false)
    expect(appointmentDue('15:00', '2026-10-20', at0930)).toBe(true)
    expect(appointmentDue('08:00', '2026-10-22', at0930)).toBe(false)
    expect(appointmentDue(null, DAY, at0930)).toBe(false)
  })
})

describe('queue order', () => {
  it('puts urgent, then a due appointment, then elderly or disabled, then arrival', () => {
    const ordered = orderQueue(
      [
        item(1),
        item(2, { appointmentSlot: '10:00' }), // not yet due at 09:30
        item(3, { birthDates: [null, '1956-10-21'] }), // 70 today
        item(4, { disabled: true }),
        item(5, { elderly: true }),
        item(6, { appointmentSlot: '09:00' }),
        item(7, { urgent: true, disabled: true }),
        item(8, { birthDates: ['1956-10-22'] }), // 69 until tomorrow
      ],
      DAY,
      at0930,
    )
    expect(ordered.map((b) => [b.ticketNo, b.priority])).toEqual([
      [7, 'urgent'],
      [6, 'appointment'],
      [3, 'elderly'],
      [4, 'disabled'],
      [5, 'elderly'],
      [1, null],
      [2, null],
      [8, null],
    ])
  })

  it('moves a booked batch up once its time comes', () => {
    const items = [item(1), item(2, { appointmentSlot: '10:00' })]
    expect(orderQueue(items, DAY, at0930).map((b) => b.ticketNo)).toEqual([1, 2])
    expect(orderQueue(items, DAY, { date: DAY, time: '10:00' }).map((b) => b.ticketNo)).toEqual([
      2, 1,
    ])
  })

  it('orders equal arrivals by ticket', () => {
    const same = [item(2), item(1)].map((b) => ({ ...b, registeredAt: '2026-10-21T01:00:00Z' }))
    expect(orderQueue(same, DAY, at0930).map((b) => b.ticketNo)).toEqual([1, 2])
  })
})

describe('expected wait', () => {
  const MIN = 60_000
  it('uses 15 minutes without history, else the median of the latest five sessions', () => {
    expect(typicalSessionMinutes([])).toEqual({ minutes: 15, basis: 0 })
    expect(typicalSessionMinutes([8 * MIN])).toEqual({ minutes: 8, basis: 1 })
    // One two-hour collective visit does not make everyone's wait explode.
    expect(typicalSessionMinutes([10 * MIN, 12 * MIN, 120 * MIN, 9 * MIN])).toEqual({
      minutes: 11,
      basis: 4,
    })
    // Only the latest five count (newest first).
    expect(typicalSessionMinutes([5, 5, 5, 5, 5, 60, 60, 60].map((m) => m * MIN)).minutes).toBe(5)
    expect(typicalSessionMinutes([0, -3, NaN])).toEqual({ minutes: 15, basis: 0 })
  })

  it('adds the rest of the current session, then one session per batch ahead', () => {
    const now = new Date('2026-10-21T02:00:00Z')
    expect(expectedWaits(3, { sessionMinutes: 10, current: null, now })).toEqual([0, 10, 20])
    expect(
      expectedWaits(2, {
        sessionMinutes: 10,
        current: { status: 'called', startedAt: null },
        now,
      }),
    ).toEqual([10, 20])
    expect(
      expectedWaits(2, {
        sessionMinutes: 10,
        current: { status: 'in_session', startedAt: '2026-10-21T01:56:00Z' },
        now,
      }),
    ).toEqual([6, 16])
    // A session running over its typical length: the next one is due now.
    expect(
      expectedWaits(1, {
        sessionMinutes: 10,
        current: { status: 'in_session', startedAt: '2026-10-21T01:00:00Z' },
        now,
      }),
    ).toEqual([0])
  })
})
