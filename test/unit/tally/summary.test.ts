import { describe, expect, it } from 'vitest'
import { TallyFigures } from '@shared/contract/tally'
import { figuresOf, type BatchFacts } from '../../../src/main/services/tally/figures'
import { translatorFor } from '../../../src/main/services/core/translate'
import { receivedOf, tallySentence } from '@shared/tally/summary'

const batch = (headcount: number, status: BatchFacts['status']): BatchFacts => ({
  headcount,
  status,
  outcomes: status === 'concluded' ? ['resolved_on_spot'] : [],
  transfers: 0,
  waitSeconds: null,
  sessionSeconds: null,
})

// A live day: 2 received (1 + 6 persons), 1 left (3), 1 waiting (2), 1 cancelled (not counted).
const totals = figuresOf([
  batch(1, 'concluded'),
  batch(6, 'concluded'),
  batch(3, 'no_show'),
  batch(2, 'waiting'),
  batch(4, 'cancelled'),
])
const facts = {
  date: '2026-10-21',
  state: 'open' as const,
  computedAt: '2026-10-21T02:30:00Z',
  timeZone: 'Asia/Shanghai',
  totals,
}

describe('the summary sentence', () => {
  it('splits the registered batches into received, left and open, which add up', () => {
    expect(totals).toMatchObject({ batches: 4, persons: 12, openBatches: 1, openPersons: 2 })
    expect(receivedOf(totals)).toEqual({ batches: 2, persons: 7 })
    expect(tallySentence(translatorFor('zh-CN'), facts)).toBe(
      '10月21日县领导接访日（截至 10:30），登记来访群众 4 批 12 人次（含集体访 1 批 6 人次），其中接待 2 批 7 人次、未接待即离开 1 批 3 人次、尚在等候或接待 1 批 2 人次；当场解决 2 件，交办 0 件，转送 0 件，解释疏导 0 件，不予受理 0 件。',
    )
  })

  it('says one batch, one person in English', () => {
    const one = figuresOf([batch(1, 'concluded')])
    expect(tallySentence(translatorFor('en'), { ...facts, state: 'closed', totals: one })).toBe(
      '21 Oct county leaders’ reception day: 1 batch (1 person) registered; of these, 1 batch (1 person) received; matters: 1 resolved on the spot, 0 assigned, 0 forwarded, 0 explained, 0 not accepted.',
    )
  })

  it('reads a snapshot frozen before open persons were counted', () => {
    const { openPersons: _dropped, ...old } = figuresOf([batch(1, 'concluded')])
    expect(TallyFigures.parse(old).openPersons).toBe(0)
  })

  it('pluralises counts through i18next in English, one form in Chinese', () => {
    const en = translatorFor('en')
    const zh = translatorFor('zh-CN')
    expect(en('reports.stat.cases', { count: 1 })).toBe('1 matter')
    expect(en('reports.stat.cases', { count: 3 })).toBe('3 matters')
    expect(en('leaderScreen.nextCount', { count: 1 })).toBe('1 batch')
    expect(en('leaderScreen.nextCount', { count: 0 })).toBe('0 batches')
    expect(en('leaderScreen.headcount', { count: 12 })).toBe('12 persons')
    expect(zh('leaderScreen.headcount', { count: 1 })).toBe('1 人')
    expect(zh('reports.n.batch', { count: 2 })).toBe('2 批')
  })
})
