import { describe, expect, it } from 'vitest'
import { screenActor } from '@shared/audit/screenActor'

describe('the actor a screen is audited as', () => {
  it('names leader tables, the board and desks', () => {
    expect(screenActor('#/leader/3')).toBe('table-3')
    expect(screenActor('#/leader/12?x=1')).toBe('table-12')
    expect(screenActor('#/board')).toBe('board')
    expect(screenActor('#/desk')).toBe('desk')
    expect(screenActor('')).toBe('desk')
  })
})
