import { describe, expect, it } from 'vitest'
import { calendarWith, packageCalendar } from '@shared/calendar/workingCalendar'
import { nextPlanDate } from '@shared/plan/nextPlanDate'
import {
  nextSettingsTab,
  nextSetupStep,
  setupSteps,
} from '../../../src/renderer/src/features/settings/setupSteps'

// Issue 11 item 14: the first-run guide's steps from the data, and the new day's default date.

describe('the first-run guide', () => {
  it('ticks the steps from the data, in order, and names the settings tab of the next', () => {
    const empty = setupSteps({ townships: 0, departments: 0, leaders: 0, days: 0 })
    expect(empty.map((s) => s.id)).toEqual(['townships', 'departments', 'leaders', 'day'])
    expect(nextSetupStep(empty)?.to).toBe('/settings?tab=townships')
    expect(nextSettingsTab(empty)).toBe('townships')
    // A later step done first (a leader typed on the plan form) does not hide an earlier one.
    const leadersFirst = setupSteps({ townships: 0, departments: 0, leaders: 2, days: 0 })
    expect(leadersFirst.filter((s) => s.done).map((s) => s.id)).toEqual(['leaders'])
    expect(nextSetupStep(leadersFirst)?.id).toBe('townships')
    const dayLeft = setupSteps({ townships: 17, departments: 13, leaders: 5, days: 0 })
    expect(nextSetupStep(dayLeft)?.to).toBe('/plan/new')
    expect(nextSettingsTab(dayLeft)).toBeNull()
    const done = setupSteps({ townships: 17, departments: 13, leaders: 5, days: 1 })
    expect(nextSetupStep(done)).toBeNull()
  })
})

describe('the next planned date', () => {
  it('is today when nothing is planned ahead and today is a working day', () => {
    expect(nextPlanDate('2026-12-01', [], packageCalendar)).toBe('2026-12-01')
    // Days gone by do not count.
    expect(nextPlanDate('2026-12-01', ['2026-11-20'], packageCalendar)).toBe('2026-12-01')
  })
  it('is the next working day after the last planned one, weekends skipped', () => {
    expect(nextPlanDate('2026-12-01', ['2026-12-01', '2026-12-04'], packageCalendar)).toBe(
      '2026-12-07',
    )
    // Saturday today, nothing planned: Monday.
    expect(nextPlanDate('2026-12-05', [], packageCalendar)).toBe('2026-12-07')
  })
  it('follows the staff’s holiday arrangement (a holiday skipped, a make-up working day taken)', () => {
    const calendar = calendarWith([
      {
        year: 2030,
        days: [
          { date: '2030-01-01', kind: 'holiday' },
          { date: '2030-01-05', kind: 'workday' },
        ],
      },
    ])
    // Tuesday 31 Dec 2029 planned: 1 Jan is a holiday, the 2nd the next working day.
    expect(nextPlanDate('2029-12-30', ['2029-12-31'], calendar)).toBe('2030-01-02')
    // Friday 4 Jan planned: Saturday the 5th is a make-up working day.
    expect(nextPlanDate('2030-01-02', ['2030-01-04'], calendar)).toBe('2030-01-05')
  })
})
