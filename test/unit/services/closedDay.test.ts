import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHub, type RunningHub } from '../../../src/main/hub/startHub'
import { assertDayAllows, assertDayOpen } from '../../../src/main/services/core/dayGuard'
import { DomainError } from '../../../src/main/services/core/domainError'
import { FIXED_NOW, HALL_TIME_ZONE } from '../../support/tempStore'

// Closing a day over the hub's HTTP API, as a script would, and what a closed day refuses:
// every write to its record answers 409 with a message the clerk can act on.

let hub: RunningHub
let leaderId = 0
let base: string
const today = '2026-10-21' // FIXED_NOW's date in the hall

interface Reply {
  result?: { data: unknown }
  error?: { message: string; data: { httpStatus: number; messageKey: string } }
}

async function call(path: string, input: unknown, locale = 'zh-CN'): Promise<Reply> {
  const headers = {
    authorization: 'Bearer closed-day-token',
    'content-type': 'application/json',
    'x-locale': locale,
  }
  const res = await fetch(`${base}/trpc/${path}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(input),
  })
  return (await res.json()) as Reply
}
async function query(path: string, input: unknown): Promise<Reply> {
  const res = await fetch(
    `${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`,
    { headers: { authorization: 'Bearer closed-day-token' } },
  )
  return (await res.json()) as Reply
}
const data = <T>(reply: Reply): T => {
  if (!reply.result) throw new Error(reply.error?.message ?? 'no result')
  return reply.result.data as T
}

let dayId: number
let seen: number
let left: number
let appointmentId: number

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'reception-day-closed-'))
  hub = await startHub({
    dbFile: join(dir, 'hall.db'),
    host: '127.0.0.1',
    port: 0,
    token: 'closed-day-token',
    rendererDir: dir,
    version: 'test',
    now: () => FIXED_NOW,
    timeZone: HALL_TIME_ZONE,
  })
  base = `http://127.0.0.1:${hub.server.port}`
  const leader = data<{ id: number }>(
    await call('leader.create', { name: '王建国', title: '县长' }),
  )
  leaderId = leader.id
  const other = data<{ id: number }>(await call('leader.create', { name: '李秀英' }))
  const day = data<{ id: number }>(
    await call('day.plan', {
      date: today,
      place: '县人民来访接待中心',
      duties: [
        { leaderId: leader.id, tableNo: 1 },
        { leaderId: other.id, tableNo: 2 },
      ],
    }),
  )
  dayId = day.id
  const register = async (name: string) =>
    data<{ batchId: number }>(
      await call('batch.register', {
        dayId,
        kind: 'individual',
        headcount: 1,
        members: [{ name }],
        summary: '宅基地审批',
        tableNo: 1,
      }),
    ).batchId
  seen = await register('张三')
  left = await register('李四')
  appointmentId = data<{ id: number }>(
    await call('appointment.create', { dayId, person: { name: '赵六' }, summary: '工资拖欠' }),
  ).id
})
afterAll(() => hub.stop())

describe('closing the day', () => {
  it('is refused while batches are open, naming them', async () => {
    const reply = await call('day.close', { dayId })
    expect(reply.error?.data.httpStatus).toBe(409)
    expect(reply.error?.data.messageKey).toBe('reports.close.openBatches')
    expect(reply.error?.message).toBe(
      '还有 2 批尚未接待完毕（号码 001, 002），不能结束接访日。请先接待完毕或标记为未到。',
    )
    const english = await call('day.close', { dayId }, 'en')
    expect(english.error?.message).toContain('2 batches are still open (tickets 001, 002)')
  })

  it('closes once every batch is concluded or left, with the tally frozen and a backup', async () => {
    data(await call('queue.callNext', { dayId, tableNo: 1, batchId: seen }))
    data(await call('queue.start', { batchId: seen }))
    data(
      await call('outcome.record', {
        batchId: seen,
        decision: '当场答复',
        matters: [{ summary: '宅基地审批', nature: 'appeal', outcome: 'resolved_on_spot' }],
      }),
    )
    data(await call('queue.noShow', { batchId: left }))
    const closed = data<{
      state: string
      tally: { frozen: boolean; totals: { batches: number }; summary: string }
      backup: { name: string; integrity: string } | null
      backupError: string | null
    }>(await call('day.close', { dayId }))
    expect(closed.state).toBe('closed')
    expect(closed.tally.frozen).toBe(true)
    expect(closed.tally.totals.batches).toBe(2)
    expect(closed.tally.summary).toContain('登记来访群众 2 批 2 人次')
    expect(closed.tally.summary).toContain('当场解决 1 件')
    expect(closed.backupError).toBeNull()
    expect(closed.backup?.name).toMatch(/^hall-\d{4}-\d{2}-\d{2}-\d{6}-close\.db$/)
    expect(closed.backup?.integrity).toBe('ok')

    const tally = data<{ frozen: boolean; state: string }>(await query('tally.get', { dayId }))
    expect(tally).toMatchObject({ frozen: true, state: 'closed' })
    const again = await call('day.close', { dayId })
    expect(again.error?.message).toBe('该接访日已经结束')
  })

  it('then refuses every change to its record with a clear message', async () => {
    const refusals = [
      await call('batch.register', {
        dayId,
        kind: 'individual',
        headcount: 1,
        members: [{ name: '王五' }],
        summary: '补登记',
      }),
      await call('batch.correct', {
        batchId: seen,
        reason: '更正',
        kind: 'individual',
        headcount: 1,
        members: [{ name: '张三' }],
        summary: '宅基地',
      }),
      await call('batch.cancel', { batchId: left, reason: '误登记' }),
      await call('queue.transfer', { batchId: left, toTableNo: 2, reason: '改派' }),
      await call('queue.noShow', { batchId: seen }),
      await call('queue.callNext', { dayId, tableNo: 2 }),
      await call('outcome.record', {
        batchId: left,
        decision: '补录',
        matters: [{ summary: 'x', nature: 'appeal', outcome: 'explained' }],
      }),
      await call('appointment.create', { dayId, person: { name: '钱七' }, summary: '补约' }),
      await call('appointment.cancel', { id: appointmentId, reason: '已过期' }),
      await call('day.plan', {
        date: today,
        place: '县人民来访接待中心',
        duties: [{ leaderId: leaderId, tableNo: 1 }],
      }),
      await call('day.markAnnounced', { dayId, notice: 3 }),
    ]
    for (const reply of refusals) {
      expect(reply.error?.data.httpStatus).toBe(409)
      expect(reply.error?.data.messageKey).toBe('errors.day.closed')
      expect(reply.error?.message).toBe('该接访日已结束，不能再修改')
    }
  })

  it('has a guard the other write services share, and the database as a backstop', async () => {
    const db = hub.store.db
    const refusal = (e: unknown) => (e instanceof DomainError ? e.key : String(e))
    expect(await assertDayOpen(db, dayId, today, 'anyDate').catch(refusal)).toBe(
      'errors.day.closed',
    )
    const closed = { state: 'closed', date: today }
    expect(() => assertDayAllows(closed, today, 'todayOrPast')).toThrow(DomainError)
    expect(await assertDayOpen(db, 999, today, 'anyDate').catch(refusal)).toBe(
      'errors.day.notFound',
    )
    // A write path that forgot to ask is stopped by the triggers of migration 0007.
    await expect(
      db.updateTable('batch').set({ headcount: 3 }).where('id', '=', seen).execute(),
    ).rejects.toThrow('errors.day.closed')
    await expect(db.deleteFrom('day_tally').where('day_id', '=', dayId).execute()).rejects.toThrow(
      'errors.day.closed',
    )
  })
})

describe('the day’s rules: registration and the queue on the hall’s today only', () => {
  const planOn = async (date: string) =>
    data<{ id: number; state: string }>(
      await call('day.plan', {
        date,
        place: '县人民来访接待中心',
        duties: [{ leaderId, tableNo: 1 }],
      }),
    )
  const registerOn = (id: number, locale = 'zh-CN') =>
    call(
      'batch.register',
      {
        dayId: id,
        kind: 'individual',
        headcount: 1,
        members: [{ name: '周八' }],
        summary: '补登记',
      },
      locale,
    )

  it('refuses to register on a past day, in the caller’s language', async () => {
    const past = await planOn('2026-10-20')
    const reply = await registerOn(past.id)
    expect(reply.error?.data.httpStatus).toBe(409)
    expect(reply.error?.data.messageKey).toBe('errors.day.past')
    expect(reply.error?.message).toBe(
      '2026-10-20 的接访日已过（今天是 2026-10-21），只能在当天登记和叫号',
    )
    expect((await registerOn(past.id, 'en')).error?.message).toBe(
      'The reception day of 2026-10-20 is over (today is 2026-10-21): registration and calls happen on the day only',
    )
    const appointment = await call('appointment.create', {
      dayId: past.id,
      person: { name: '钱七' },
      summary: '补约',
    })
    expect(appointment.error?.data.messageKey).toBe('errors.day.past')
    const calling = await call('queue.callNext', { dayId: past.id, tableNo: 1 })
    expect(calling.error?.data.messageKey).toBe('errors.day.past')
  })

  it('refuses to register on a future day and leaves it planned (re-plannable)', async () => {
    const future = await planOn('2026-10-22')
    const reply = await registerOn(future.id)
    expect(reply.error?.data.httpStatus).toBe(409)
    expect(reply.error?.data.messageKey).toBe('errors.day.notYet')
    expect(reply.error?.message).toBe(
      '2026-10-22 的接访日还没到（今天是 2026-10-21），到当天才能登记和叫号',
    )
    const calling = await call('queue.callNext', { dayId: future.id, tableNo: 1 })
    expect(calling.error?.data.messageKey).toBe('errors.day.notYet')
    const paused = await call('queue.pause', { dayId: future.id, tableNo: 1 })
    expect(paused.error?.data.messageKey).toBe('errors.day.notYet')
    // Nothing opened it: it can still be re-planned, and its appointments booked.
    expect((await planOn('2026-10-22')).state).toBe('planned')
    const booked = await call('appointment.create', {
      dayId: future.id,
      person: { name: '孙九' },
      summary: '预约',
    })
    expect(booked.error).toBeUndefined()
  })
})
