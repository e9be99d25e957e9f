import { describe, expect, it } from 'vitest'
import { resources } from '@shared/i18n'
import { translate, translatorFor } from '../../../src/main/services/core/translate'

// Issue 11 item 18: 「1 batches are still waiting」 — every English string that says a count in
// words has its plural forms (i18next's key_one / key_other), so the count picks the form.

type Tree = { [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[prefix + key, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  )
}

const PLURAL = /_(zero|one|two|few|many|other)$/
/** A count said with words around it; a bare figure (「{{count}}」, 「{{count}}/{{of}}」) has no form. */
const saysCount = (text: string) =>
  text.includes('{{count}}') && /[A-Za-z]/.test(text.replace(/\{\{[^}]*\}\}/g, ''))

describe('plurals in English', () => {
  const en = leaves(resources.en.translation as unknown as Tree)
  const keys = new Set(en.map(([key]) => key))

  it('gives every string with a count in words its plural forms', () => {
    const missing = en.filter(([key, text]) => saysCount(text) && !PLURAL.test(key))
    expect(missing.map(([key, text]) => `${key}: ${text}`)).toEqual([])
  })

  it('has the other form wherever it has the one form, and the reverse', () => {
    const unpaired = [...keys].filter((key) => {
      if (key.endsWith('_one')) return !keys.has(key.replace(/_one$/, '_other'))
      if (key.endsWith('_other')) return !keys.has(key.replace(/_other$/, '_one'))
      return false
    })
    expect(unpaired).toEqual([])
  })

  it('says one batch, and many batches', () => {
    const t = translatorFor('en')
    expect(t('reports.openWarning', { count: 1 })).toMatch(/^1 batch is still waiting/)
    expect(t('reports.openWarning', { count: 3 })).toMatch(/^3 batches are still waiting/)
    expect(t('day.summary', { date: 'd', place: 'p', count: 1 })).toBe('d · p · 1 table')
    expect(translatorFor('zh-CN')('reports.openWarning', { count: 1 })).toMatch(/^尚有 1 批/)
    // A refusal with plural forms is still found by its key.
    expect(translate('en', 'reports.close.openBatches', { count: 2, tickets: '001, 002' })).toBe(
      '2 batches are still open (tickets 001, 002); the day can be closed once each is concluded or marked as left.',
    )
  })
})
