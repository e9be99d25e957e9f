import { describe, expect, it } from 'vitest'
import { calendarWith, packageCalendar } from '@shared/calendar/workingCalendar'
import { arrangementProblems, parseCalendarFile } from '@shared/calendar/calendarFile'
import { handlingDeadline, recomputedDeadline } from '@shared/cases/deadlines'
import { SetCalendarYearInput } from '@shared/contract'

// A made-up 2027 arrangement (chinese-days 1.5.7 has none): 春节 Fri 5 – Sat 13 February, the
// Sunday after made a working day. Only the shape matters to these tests, not the real notice.
const year2027 = {
  year: 2027,
  days: [
    { date: '2027-01-01', kind: 'holiday' as const },
    ...['05', '06', '07', '08', '09', '10', '11', '12', '13'].map((d) => ({
      date: `2027-02-${d}`,
      kind: 'holiday' as const,
    })),
    { date: '2027-02-14', kind: 'workday' as const },
  ],
}

describe('the working calendar', () => {
  it('takes the staff’s year over chinese-days, and chinese-days for the years it knows', () => {
    // A staff 2026 replaces the package's 2026 whole: its 春节 Monday becomes a working day,
    // and National Day (not listed) an ordinary Thursday.
    const staff2026 = calendarWith([
      { year: 2026, days: [{ date: '2026-05-01', kind: 'holiday' }] },
    ])
    expect(packageCalendar.isWorkingDay('2026-02-23')).toBe(false)
    expect(staff2026.isWorkingDay('2026-02-23')).toBe(true)
    expect(staff2026.isWorkingDay('2026-10-01')).toBe(true)
    expect(staff2026.isWorkingDay('2026-05-01')).toBe(false)
    expect(staff2026.coverage(2026)).toBe('staff')
    // Other years stay the package's.
    expect(staff2026.isWorkingDay('2025-10-01')).toBe(false)
    expect(staff2026.coverage(2025)).toBe('package')
    expect(staff2026.coverage(2027)).toBe('none')
  })

  it('makes a 60-day deadline from mid-December 2026 firm once 2027 is entered', () => {
    // 2026-12-14 + 60 days = Fri 2027-02-12: a weekday, so the last day while 2027 is unknown.
    const before = handlingDeadline('2026-12-14')
    expect(before).toMatchObject({ date: '2027-02-12', provisional: true, movedFrom: null })
    const calendar = calendarWith([year2027])
    const after = handlingDeadline('2026-12-14', calendar)
    // Inside the Spring Festival: moved to the make-up Sunday after it.
    expect(after).toMatchObject({ date: '2027-02-14', provisional: false, movedFrom: '2027-02-12' })
    // Not provisional either when the whole period lies in known years.
    expect(handlingDeadline('2027-03-01', calendar).provisional).toBe(false)
    expect(handlingDeadline('2027-11-20', calendar).provisional).toBe(true) // runs into 2028
  })

  it('recomputes a stored deadline by its rule', () => {
    const calendar = calendarWith([year2027])
    const stored = (date: string, rule: string) =>
      recomputedDeadline('2026-12-14', { date, rule }, calendar)
    expect(stored('2027-02-12', 'statute:art34:60d')?.date).toBe('2027-02-14')
    // An extension of 10 days from the recomputed 60th day: Wed 2027-02-24.
    expect(stored('2027-02-22', 'statute:art34:ext10d')?.date).toBe('2027-02-24')
    // A promise is a date: kept, now firm; capped by the statute's when that became sooner.
    expect(stored('2027-01-29', 'promised')).toMatchObject({
      date: '2027-01-29',
      provisional: false,
    })
    expect(stored('2027-02-15', 'promised')?.date).toBe('2027-02-14')
    expect(stored('2027-02-12', 'something else')).toBeNull()
  })
})

describe('the calendar file', () => {
  it('reads CSV with a header, comments, ranges and the notice’s words', () => {
    const file = parseCalendarFile(
      '\uFEFF# 示例\ndate,kind,name\n2027-01-01,放假,元旦\n2027-02-05..2027-02-13,holiday,春节\n2027-02-14，上班，春节调休\n',
    )
    expect(file.ok).toBe(true)
    if (!file.ok) return
    expect(file.days).toHaveLength(11)
    expect(file.days[1]).toEqual({ date: '2027-02-05', kind: 'holiday', name: '春节' })
    expect(file.days.at(-1)).toEqual({ date: '2027-02-14', kind: 'workday', name: '春节调休' })
    expect(arrangementProblems(2027, file.days)).toEqual([])
  })

  it('reads JSON with its year and source', () => {
    const file = parseCalendarFile(
      JSON.stringify({
        year: 2027,
        source: '国办发明电〔2026〕7号',
        days: [{ date: '2027-10-01..2027-10-03', kind: 'holiday', name: '国庆节' }],
      }),
    )
    expect(file).toMatchObject({ ok: true, year: 2027, source: '国办发明电〔2026〕7号' })
    if (file.ok)
      expect(file.days.map((d) => d.date)).toEqual(['2027-10-01', '2027-10-02', '2027-10-03'])
  })

  it('refuses a bad file with the line and what is wrong', () => {
    const error = (text: string) => {
      const file = parseCalendarFile(text)
      return file.ok ? null : file.error
    }
    expect(error('2027-01-01,放假\n2027-02-30,放假')).toEqual({
      key: 'calendar.file.badDate',
      params: { line: 2, value: '2027-02-30' },
    })
    expect(error('2027-01-01,休息日')).toEqual({
      key: 'calendar.file.badKind',
      params: { line: 1, value: '休息日' },
    })
    expect(error('2027-01-01')?.key).toBe('calendar.file.badLine')
    expect(error('2027-02-01..2027-04-01,放假')?.key).toBe('calendar.file.badDate')
    expect(error('{"days": [')?.key).toBe('calendar.file.badJson')
    expect(error('{"year": 2027}')?.key).toBe('calendar.file.noDays')
    expect(error('# only a comment\n')?.key).toBe('calendar.file.empty')
  })

  it('checks the dates are in the year, listed once, with a holiday among them', () => {
    const parsed = SetCalendarYearInput.safeParse({
      year: 2027,
      days: [
        { date: '2027-01-01', kind: 'holiday' },
        { date: '2026-12-31', kind: 'holiday' },
        { date: '2027-01-01', kind: 'workday' },
      ],
    })
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['days.1.date', 'calendar.outsideYear'],
      ['days.2.date', 'calendar.duplicateDate'],
    ])
    expect(
      arrangementProblems(2027, [{ date: '2027-02-14', kind: 'workday' }]).map((p) => p.key),
    ).toEqual(['calendar.noHoliday'])
  })
})
