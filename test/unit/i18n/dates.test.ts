import { describe, expect, it } from 'vitest'
import { translatorFor } from '../../../src/main/services/core/translate'
import { tallySentence } from '@shared/tally/summary'

// Issue 11 item 18: dates in each locale's own format, unambiguous in English (1 Feb 2027, not
// 1/2/2027), through i18n (the month name nested per locale).

describe('dates in English and Chinese', () => {
  const en = translatorFor('en')
  const zh = translatorFor('zh-CN')

  it('writes the month by name in English and by number in Chinese', () => {
    expect(en('print.date', { y: 2027, m: 2, d: 1 })).toBe('1 Feb 2027')
    expect(en('print.dateTime', { y: 2027, m: 12, d: 25, hh: '09', mm: '05' })).toBe(
      '25 Dec 2027 09:05',
    )
    expect(en('plan.shortDate', { y: 2027, m: 2, d: 1 })).toBe('1 Feb')
    expect(zh('print.date', { y: 2027, m: 2, d: 1 })).toBe('2027年2月1日')
    expect(zh('plan.shortDate', { y: 2027, m: 2, d: 1 })).toBe('2月1日')
  })

  it('says a frozen day’s figures in the reader’s language, from the figures', () => {
    const facts = {
      date: '2027-02-01',
      state: 'closed' as const,
      computedAt: '2027-02-01T09:30:00Z',
      timeZone: 'Asia/Shanghai',
      totals: {
        batches: 1,
        persons: 2,
        collectiveBatches: 0,
        collectivePersons: 0,
        concludedBatches: 1,
        noShowBatches: 0,
        noShowPersons: 0,
        openBatches: 0,
        openPersons: 0,
        outcomes: {
          resolved_on_spot: 1,
          assigned: 0,
          forwarded: 0,
          explained: 0,
          not_accepted: 0,
        },
        decidedCases: 1,
        undecidedCases: 0,
        concludedWithoutOutcome: 0,
        transfers: 0,
        wait: { count: 0, medianSeconds: null, maxSeconds: null },
        session: { count: 0, medianSeconds: null, maxSeconds: null },
      },
    }
    const sentence = tallySentence(en, facts)
    expect(sentence).toMatch(/^1 Feb county leaders’ reception day/)
    expect(sentence).toContain('1 batch')
    expect(sentence).not.toMatch(/[\u4e00-\u9fff]/)
    expect(tallySentence(zh, facts)).toMatch(/^2月1日县领导接访日/)
  })
})
