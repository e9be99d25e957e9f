import { describe, expect, it } from 'vitest'
import { newRequestId, submissionIds } from '../../../src/renderer/src/shared/requestIds'

// The request id a screen sends with each submission, so that the hub answers a retry once.

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('request ids', () => {
  it('are UUID v4, each another', () => {
    const ids = Array.from({ length: 200 }, newRequestId)
    for (const id of ids) expect(id).toMatch(UUID_V4)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('stay the same for a retry of the same input, and change for an edit or once answered', () => {
    const ids = submissionIds()
    const first = ids.idFor({ summary: '工资拖欠' })
    expect(ids.idFor({ summary: '工资拖欠' })).toBe(first)
    const edited = ids.idFor({ summary: '工资拖欠三个月' })
    expect(edited).not.toBe(first)
    ids.done()
    expect(ids.idFor({ summary: '工资拖欠三个月' })).not.toBe(edited)
  })
})
