import { describe, expect, it } from 'vitest'
import {
  acceptanceNoticeDeadline,
  addWorkingDays,
  calendarKnows,
  caseDeadline,
  deadlineRuleKey,
  extendedDeadline,
  handlingDeadline,
  isWorkingDay,
  objectionDeadline,
  promiseWithin,
} from '@shared/cases/deadlines'

// 2025: 春节 Jan 28–Feb 4 (make-up working days Sun Jan 26, Sat Feb 8); 国庆+中秋 Oct 1–8
// (Sun Sep 28, Sat Oct 11). 2026: 春节 Feb 15–23 (Sat Feb 14, Sat Feb 28); 国庆 Oct 1–7
// (Sun Sep 20, Sat Oct 10). From the State Council's notices, as `chinese-days` carries them.

describe('the official working-day calendar', () => {
  it('knows public holidays and make-up working days', () => {
    expect(isWorkingDay('2025-10-01')).toBe(false)
    expect(isWorkingDay('2025-10-08')).toBe(false)
    expect(isWorkingDay('2025-09-28')).toBe(true) // a Sunday, made a working day
    expect(isWorkingDay('2025-10-11')).toBe(true) // a Saturday, made a working day
    expect(isWorkingDay('2026-02-14')).toBe(true) // Saturday before 春节
    expect(isWorkingDay('2026-02-23')).toBe(false) // a Monday inside 春节
    expect(isWorkingDay('2026-02-28')).toBe(true) // Saturday after 春节
    expect(isWorkingDay('2026-11-28')).toBe(false) // an ordinary Saturday
  })

  it('tells which years it has the arrangement of', () => {
    expect(calendarKnows('2025-06-01')).toBe(true)
    expect(calendarKnows('2026-06-01')).toBe(true)
    expect(calendarKnows('2099-06-01')).toBe(false)
  })
})

describe('the handling deadline (art. 34: 60 days from acceptance)', () => {
  it('counts 60 days, the day of acceptance not counted', () => {
    expect(handlingDeadline('2025-03-10')).toEqual({
      date: '2025-05-09',
      rule: 'statute:art34:60d',
      movedFrom: null,
      provisional: false,
    })
  })

  it('ends after National Day when it falls inside the holiday', () => {
    const d = handlingDeadline('2025-08-02') // + 60 = Wed 2025-10-01
    expect(d.date).toBe('2025-10-09')
    expect(d.movedFrom).toBe('2025-10-01')
  })

  it('keeps a National Day make-up working day (a Sunday, a Saturday) as the last day', () => {
    expect(handlingDeadline('2025-07-30').date).toBe('2025-09-28')
    expect(handlingDeadline('2025-07-30').movedFrom).toBeNull()
    expect(handlingDeadline('2025-08-12').date).toBe('2025-10-11')
    // The Sunday after that Saturday is a rest day again.
    expect(handlingDeadline('2025-08-13').date).toBe('2025-10-13')
  })

  it('ends after the Spring Festival, and on its make-up Saturdays', () => {
    expect(handlingDeadline('2025-12-17').date).toBe('2026-02-24') // + 60 = 2026-02-15
    expect(handlingDeadline('2025-12-16').date).toBe('2026-02-14') // Saturday, working
    expect(handlingDeadline('2025-12-30').date).toBe('2026-02-28') // Saturday, working
    expect(handlingDeadline('2024-11-29').date).toBe('2025-02-05') // + 60 = 2025-01-28
  })

  it('flags a deadline in a year whose arrangement is not in the calendar yet', () => {
    const d = handlingDeadline('2099-03-02')
    expect(d.provisional).toBe(true)
    expect(d.date).toBe('2099-05-01') // a Friday: weekends only
  })
})

describe('the other statutory periods', () => {
  it('acceptance notice within 15 days (art. 23), across National Day 2026', () => {
    expect(acceptanceNoticeDeadline('2026-09-22')).toMatchObject({
      date: '2026-10-08',
      movedFrom: '2026-10-07',
      rule: 'statute:art23:15d',
    })
  })

  it('objection to a wrong assignment within 5 working days (art. 23)', () => {
    // Fri 2025-09-26: Sun 28 (make-up), Mon 29, Tue 30, then after Oct 1–8: Thu 9, Fri 10.
    expect(objectionDeadline('2025-09-26').date).toBe('2025-10-10')
    // Thu 2026-02-12: Fri 13, Sat 14 (make-up), then after Feb 15–23: Tue 24, Wed 25, Thu 26.
    expect(objectionDeadline('2026-02-12').date).toBe('2026-02-26')
    expect(addWorkingDays('2026-11-27', 5)).toBe('2026-12-04')
  })

  it('extension by at most 30 days (art. 34)', () => {
    expect(extendedDeadline('2025-10-09', 30)).toMatchObject({
      date: '2025-11-10', // + 30 = Sat 2025-11-08
      rule: 'statute:art34:ext30d',
    })
    expect(() => extendedDeadline('2025-10-09', 31)).toThrow(RangeError)
    expect(() => extendedDeadline('2025-10-09', 0)).toThrow(RangeError)
  })
})

describe('a promised deadline', () => {
  it('may be sooner than the statute, never later, and not before acceptance', () => {
    const sooner = caseDeadline('2025-08-02', '2025-09-01')
    expect(sooner).toMatchObject({
      ok: true,
      deadline: { date: '2025-09-01', rule: 'promised' },
      statute: { date: '2025-10-09' },
    })
    // The statute's own last day (after moving off the holiday) is still allowed.
    expect(caseDeadline('2025-08-02', '2025-10-09').ok).toBe(true)
    expect(caseDeadline('2025-08-02', '2025-10-10')).toMatchObject({
      ok: false,
      reason: 'laterThanStatute',
    })
    expect(caseDeadline('2025-08-02', '2025-08-01')).toMatchObject({
      ok: false,
      reason: 'beforeAcceptance',
    })
    expect(caseDeadline('2025-08-02')).toMatchObject({
      ok: true,
      deadline: { rule: 'statute:art34:60d', date: '2025-10-09' },
    })
  })

  it('"within 30 days" counts like the statute and is capped by it', () => {
    expect(promiseWithin('2025-09-01', 30)).toBe('2025-10-09') // + 30 = 2025-10-01
    expect(promiseWithin('2025-12-16', 30)).toBe('2026-01-15')
    expect(promiseWithin('2025-08-02', 90)).toBe('2025-10-09')
  })

  it('names its rule through an i18n key', () => {
    expect(deadlineRuleKey('promised')).toBe('deadlineRule.promised')
    expect(deadlineRuleKey('statute:art34:60d')).toBe('deadlineRule.art34')
    expect(deadlineRuleKey('statute:art34:ext12d')).toBe('deadlineRule.extended')
    expect(deadlineRuleKey(null)).toBe('deadlineRule.none')
  })
})
