import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportDay, readSnapshot } from '../../../src/main/services/tally'
import type { TallyView } from '@shared/contract'
import { idNumberFor, inProcessHub, type InProcessHub } from '../../support/receptionDay'
import { tempStore, type TempStore } from '../../support/tempStore'

// 初访 / 重复访, distinct persons and the 交办事项清单 of a day, on two reception days through
// the API: people who came a week earlier make today's batches repeats; a cancelled earlier
// registration does not; the matters assigned today are listed with department and deadline.

let hall: TempStore
let hub: InProcessHub
let todayId: number
let live: TallyView

const at = (date: string, hhmm: string) => Date.parse(`${date}T${hhmm}:00+08:00`)
const EARLIER = '2026-10-14'
const TODAY = '2026-10-21'

const person = (n: number, name: string) => ({ name, idNumber: idNumberFor(n) })

beforeAll(async () => {
  hall = await tempStore()
  hub = inProcessHub(hall.store)
  const { caller } = hub
  hub.setClock(at(EARLIER, '07:30'))
  const leader = (await caller.leader.create({ name: '王建国', title: '县长' })) as { id: number }
  const department = (await caller.reference.createDepartment({ name: '县住建局' })) as {
    id: number
  }
  const plan = async (date: string) =>
    (
      (await caller.day.plan({
        date,
        place: '县人民来访接待中心',
        duties: [{ leaderId: leader.id, tableNo: 1, isLead: true }],
      })) as { id: number }
    ).id
  const register = async (dayId: number, members: { name: string }[], headcount = 1) =>
    (
      (await caller.batch.register({
        dayId,
        kind: headcount > 1 ? 'group' : 'individual',
        headcount,
        members,
        summary: '宅基地审批两年未办理',
        tableNo: 1,
      })) as { batchId: number }
    ).batchId

  const earlierId = await plan(EARLIER)
  hub.setClock(at(EARLIER, '09:00'))
  await register(earlierId, [person(1, '张三')])
  await register(earlierId, [person(2, '李四')])
  const cancelled = await register(earlierId, [person(3, '钱七')])
  await caller.batch.cancel({ batchId: cancelled, reason: '重复登记' })

  hub.setClock(at(TODAY, '07:30'))
  todayId = await plan(TODAY)
  hub.setClock(at(TODAY, '09:00'))
  const again = await register(todayId, [person(1, '张三')])
  // A group with one person who came before: the whole batch is a repeat visit.
  await register(todayId, [person(2, '李四'), person(4, '王五')], 6)
  await register(todayId, [person(3, '钱七')])
  await register(todayId, [person(5, '赵六')])
  const dropped = await register(todayId, [person(6, '孙八')])
  await caller.batch.cancel({ batchId: dropped, reason: '登记有误' })

  await caller.queue.callNext({ dayId: todayId, tableNo: 1, batchId: again })
  await caller.queue.start({ batchId: again })
  await caller.outcome.record({
    batchId: again,
    decision: '交县住建局办理',
    matters: [
      { summary: '宅基地审批', nature: 'appeal', outcome: 'assigned', departmentId: department.id },
      { summary: '补偿款', nature: 'appeal', outcome: 'explained' },
    ],
  })
  live = (await caller.tally.get({ dayId: todayId })) as TallyView
}, 60_000)
afterAll(() => hall.close())

describe('first and repeat visits', () => {
  it('counts a batch as a repeat when any of its people came on an earlier day', () => {
    expect(live.visits).toEqual({
      firstBatches: 2, // 钱七 (earlier registration cancelled), 赵六
      firstPersons: 2,
      repeatBatches: 2, // 张三, and the group with 李四
      repeatPersons: 7,
      distinctPersons: 5, // 张三 李四 王五 钱七 赵六 (孙八 cancelled)
    })
    expect(live.visits!.firstBatches + live.visits!.repeatBatches).toBe(live.totals.batches)
    expect(live.visits!.firstPersons + live.visits!.repeatPersons).toBe(live.totals.persons)
  })

  it('lists the matters assigned that day with department and deadline', () => {
    expect(live.assignedMatters).toHaveLength(1)
    const [matter] = live.assignedMatters!
    expect(matter).toMatchObject({
      ticket: '001',
      tableNo: 1,
      leaderName: '王建国',
      departmentName: '县住建局',
    })
    expect(matter!.caseNo).toMatch(/\S/)
    // The statute's 60 days from the day of acceptance (12-20 is a Sunday: the Monday).
    expect(matter!.deadline).toBe('2026-12-21')
  })

  it('puts both in the workbook', async () => {
    const file = await exportDay(hall.store.db, todayId, 'xlsx', { timeZone: 'Asia/Shanghai' })
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(file.body as unknown as ArrayBuffer)
    const lines = new Map<string, unknown>()
    book
      .getWorksheet('汇总')
      ?.eachRow((row) => lines.set(String(row.getCell(1).value), row.getCell(2).value))
    expect(lines.get('初访批次')).toBe(2)
    expect(lines.get('重复访批次')).toBe(2)
    expect(lines.get('重复访人次')).toBe(7)
    expect(lines.get('来访群众（去重）')).toBe(5)
    const sheet = book.getWorksheet('交办事项')
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      '案号',
      '号码',
      '接访领导',
      '内容分类',
      '承办单位',
      '办理期限',
    ])
    expect(sheet?.getRow(2).getCell(5).value).toBe('县住建局')
    expect(sheet?.getRow(2).getCell(6).value).toEqual(new Date(Date.UTC(2026, 11, 21)))
  })
})

describe('a day frozen before these were counted', () => {
  it('still reads, with the new figures unknown rather than zero', async () => {
    const db = hall.store.db
    // A snapshot as the hub froze it before visits and the 交办 list were counted.
    const old: Partial<TallyView> = { ...live }
    delete old.visits
    delete old.assignedMatters
    delete old.summary
    await db
      .insertInto('day_tally')
      .values({
        day_id: todayId,
        computed_at: live.computedAt,
        time_zone: live.timeZone,
        tally_json: JSON.stringify(old),
        rows_json: '[]',
        closed_by: 'desk-1',
      })
      .execute()
    const frozen = await readSnapshot(db, todayId)
    expect(frozen?.tally.visits).toBeNull()
    expect(frozen?.tally.assignedMatters).toBeNull()
    expect(frozen?.tally.totals.batches).toBe(4)
  })
})
