import type { DayView, Input, Output } from '@shared/contract'
import { hallDate } from '@shared/time/hallClock'
import { findCounty, type Township } from '../../divisions/divisions'
import { appendAudit } from '../core/audit'
import { writeAction, type Db, type CallContext } from '../core/context'
import { readDay } from '../day/days'
import { DomainError } from '../core/domainError'
import { insertLeader } from '../leader/leaders'
import { writeSettings } from '../reference/settings'
import { replaceTownships } from '../reference/townships'
import { rowLimit } from '../core/rowLimit'

// A demo hall for a newcomer to try everything at once: the real townships of 浦江县
// (from the division data), its usual departments, and a FICTIONAL county leadership —
// the names and the hall phone number are made up.

export const DEMO_COUNTY_CODE = '330726'

const settings = {
  hallName: '浦江县人民来访接待中心',
  hallPhone: '0579-84100000',
  clerkName: '林晓燕',
}

const departments = [
  '县自然资源和规划局',
  '县人力资源和社会保障局',
  '县住房和城乡建设局',
  '县农业农村局',
  '县教育局',
  '县卫生健康局',
  '县民政局',
  '县生态环境分局',
  '县交通运输局',
  '县市场监督管理局',
  '县公安局',
  '县司法局',
  '县财政局',
  '县水务局',
  '县综合行政执法局',
  '县退役军人事务局',
  '县信访局',
]

interface DemoLeader {
  name: string
  title: string
  areas: string[]
  townships: string[]
  /** Where this leader sits on the demo day; the first is the lead leader. */
  tableNo?: number
}

const leaders: DemoLeader[] = [
  {
    name: '陈国华',
    title: '县委书记',
    areas: ['纪检监察'],
    townships: ['浦阳街道'],
    tableNo: 1,
  },
  {
    name: '王建明',
    title: '县长',
    areas: ['国土资源', '城乡建设'],
    townships: ['仙华街道', '浦南街道'],
    tableNo: 2,
  },
  {
    name: '李卫东',
    title: '县委副书记',
    areas: ['农村农业', '民政'],
    townships: ['郑宅镇', '岩头镇'],
  },
  {
    name: '张丽萍',
    title: '常务副县长',
    areas: ['劳动社保', '市场监管'],
    townships: ['黄宅镇', '白马镇'],
    tableNo: 3,
  },
  {
    name: '周文斌',
    title: '县委常委、政法委书记',
    areas: ['政法'],
    townships: ['前吴乡', '花桥乡'],
  },
  {
    name: '刘志强',
    title: '副县长',
    areas: ['教育', '卫生健康'],
    townships: ['檀溪镇', '杭坪镇'],
    tableNo: 4,
  },
  {
    name: '赵海涛',
    title: '副县长',
    areas: ['生态环境'],
    townships: ['郑家坞镇', '虞宅乡'],
  },
  {
    name: '孙明辉',
    title: '副县长',
    areas: ['交通运输'],
    townships: ['大畈乡', '中余乡'],
  },
]

const day = { place: '县人民来访接待中心一楼接待大厅', opensAt: '08:30', closesAt: '17:00' }

/** A hall nobody has set up yet: no leaders and no reception days. */
export const demoStatus = async (ctx: CallContext): Promise<Output<'demo', 'status'>> => ({
  emptyHall: await isEmptyHall(ctx.db),
})

export async function isEmptyHall(db: Db): Promise<boolean> {
  const leader = await db.selectFrom('leader').select('id').limit(rowLimit(1)).executeTakeFirst()
  const day = await db
    .selectFrom('reception_day')
    .select('id')
    .limit(rowLimit(1))
    .executeTakeFirst()
  return !leader && !day
}

/** Each township gets exactly one liaison: the one named above, else the next in turn. */
function liaisons(townships: Township[]): string[][] {
  const byName = new Map(townships.map((t) => [t.name, t.code]))
  const assigned = leaders.map((l) =>
    l.townships.map((name) => byName.get(name)).filter((c): c is string => c !== undefined),
  )
  const taken = new Set(assigned.flat())
  let next = 0
  for (const town of townships) {
    if (taken.has(town.code)) continue
    assigned[next % assigned.length]?.push(town.code)
    next += 1
  }
  return assigned
}

/** Township governments are departments too: cases are assigned to them. */
const townshipGovernment = (name: string) =>
  name.endsWith('街道') ? `${name}办事处` : `${name}人民政府`

/**
 * Sets up the demo hall in one transaction: settings, the townships of 浦江县, departments,
 * the fictional leadership with areas and liaison townships, and a planned day for `today`
 * with four leaders at tables 1–4. Refused unless the hall is empty.
 */
export async function createDemoHall(
  ctx: CallContext,
  input: Input<'demo', 'create'>,
): Promise<DayView> {
  const today = input?.date ?? hallDate(ctx)
  const county = findCounty(DEMO_COUNTY_CODE)
  if (!county) throw new Error(`division data lacks ${DEMO_COUNTY_CODE}`)
  return writeAction(ctx, async ({ trx, at, emit }) => {
    if (!(await isEmptyHall(trx))) throw new DomainError('demo.hallNotEmpty', {}, 'conflict')

    const { townships } = await replaceTownships(trx, county)
    await writeSettings(trx, { ...settings, countyCode: county.code })

    for (const name of [...departments, ...townships.map((t) => townshipGovernment(t.name))])
      await trx
        .insertInto('department')
        .values({ name })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute()

    const categories = await trx
      .selectFrom('category')
      .select(['id', 'name'])
      .where('active', '=', 1)
      .execute()
    const categoryId = new Map(categories.map((c) => [c.name, c.id]))
    const townshipCodes = liaisons(townships)
    const duties: { leaderId: number; tableNo: number; isLead: boolean }[] = []
    for (const [index, leader] of leaders.entries()) {
      const id = await insertLeader(trx, at, {
        name: leader.name,
        title: leader.title,
        areaIds: leader.areas
          .map((name) => categoryId.get(name))
          .filter((c): c is number => c !== undefined),
        townshipCodes: townshipCodes[index] ?? [],
      })
      if (leader.tableNo)
        duties.push({ leaderId: id, tableNo: leader.tableNo, isLead: duties.length === 0 })
    }

    // The same rows day.plan writes (planDay runs its own transaction, so not reused here).
    const { id: dayId } = await trx
      .insertInto('reception_day')
      .values({ date: today, ...toColumns(day), created_at: at })
      .returning('id')
      .executeTakeFirstOrThrow()
    await trx
      .insertInto('duty')
      .values(
        duties.map((d) => ({
          day_id: dayId,
          leader_id: d.leaderId,
          table_no: d.tableNo,
          is_lead: d.isLead ? 1 : 0,
        })),
      )
      .execute()
    const planned = await readDay(trx, { id: dayId })
    if (!planned) throw new Error('demo day vanished inside its transaction')

    await appendAudit(trx, at, {
      actor: ctx.actor,
      action: 'demo.create',
      entity: 'reception_day',
      entityId: dayId,
      after: {
        county: county.code,
        leaders: leaders.length,
        townships: townships.length,
        day: planned,
      },
    })
    emit({ topic: 'reference', dayId: null, tableNos: [] })
    emit({ topic: 'day', dayId, tableNos: planned.duties.map((d) => d.tableNo) })
    return planned
  })
}

const toColumns = (d: typeof day) => ({
  place: d.place,
  opens_at: d.opensAt,
  closes_at: d.closesAt,
})
