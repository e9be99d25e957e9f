import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CreateLeaderInput, UpdateLeaderInput, UpdateSettingsInput } from '@shared/contract'
import { townshipsOf } from '../../../src/main/divisions/divisions'
import { DomainError } from '../../../src/main/services/core/domainError'
import { readDay } from '../../../src/main/services/day/days'
import {
  createLeader,
  listLeaders,
  setLeaderActive,
  updateLeader,
} from '../../../src/main/services/leader/leaders'
import {
  createCategory,
  listCategories,
  renameCategory,
  setCategoryActive,
} from '../../../src/main/services/reference/categories'
import {
  createDepartment,
  listDepartments,
  setDepartmentActive,
} from '../../../src/main/services/reference/departments'
import { createDemoHall, isEmptyHall } from '../../../src/main/services/demo/demoHall'
import { getSettings, updateSettings } from '../../../src/main/services/reference/settings'
import { importTownships, listTownships } from '../../../src/main/services/reference/townships'
import { planWithLeaders, registration } from '../../support/fixtures'
import { registerBatch } from '../../../src/main/services/batch/registration'
import { tempStore, type TempStore } from '../../support/tempStore'
import { actingAs } from '../../../src/main/services/core/context'

const SUBJECTS = [
  '城乡建设',
  '国土资源',
  '劳动社保',
  '农村农业',
  '教育',
  '卫生健康',
  '民政',
  '生态环境',
  '交通运输',
  '市场监管',
  '政法',
  '纪检监察',
  '其他',
]

let hall: TempStore
beforeEach(async () => {
  hall = await tempStore(() => new Date('2026-10-21T01:30:00Z'))
})
afterEach(() => hall.close())

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a refusal')
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(DomainError)
      return error as DomainError
    },
  )

const count = async (query: string) => hall.value(sql.raw(query))

describe('categories', () => {
  it('come seeded, in order, when the store is opened', async () => {
    const categories = await listCategories(actingAs(hall.services, 'test'), {
      includeInactive: false,
    })
    expect(categories.map((c) => c.name)).toEqual(SUBJECTS)
    expect(categories.every((c) => c.active)).toBe(true)
  })

  it('can be added, renamed and deactivated, never with a duplicate name', async () => {
    const added = await createCategory(actingAs(hall.services, 'clerk'), { name: '文化旅游' })
    expect(
      (await listCategories(actingAs(hall.services, 'test'), { includeInactive: false })).at(-1),
    ).toEqual(added)

    const renamed = await renameCategory(actingAs(hall.services, 'clerk'), {
      id: added.id,
      name: '文旅',
    })
    expect(renamed.name).toBe('文旅')
    expect(
      (await refusal(createCategory(actingAs(hall.services, 'clerk'), { name: '教育' }))).key,
    ).toBe('reference.categoryExists')

    await setCategoryActive(actingAs(hall.services, 'clerk'), { id: added.id, active: false })
    expect(
      (await listCategories(actingAs(hall.services, 'test'), { includeInactive: false })).map(
        (c) => c.name,
      ),
    ).not.toContain('文旅')
    const all = await listCategories(actingAs(hall.services, 'test'), { includeInactive: true })
    expect(all.find((c) => c.id === added.id)?.active).toBe(false)
    expect(await count("select count(*) from audit_log where entity = 'category'")).toBe(3)
    expect(hall.events.every((e) => e.topic === 'reference')).toBe(true)
  })
})

describe('departments', () => {
  it('are listed in entry order and can be deactivated', async () => {
    const a = await createDepartment(actingAs(hall.services, 'clerk'), { name: '县教育局' })
    await createDepartment(actingAs(hall.services, 'clerk'), { name: '县民政局' })
    expect(
      (await refusal(createDepartment(actingAs(hall.services, 'c'), { name: '县教育局' }))).key,
    ).toBe('reference.departmentExists')
    await setDepartmentActive(actingAs(hall.services, 'clerk'), { id: a.id, active: false })
    expect(
      (await listDepartments(actingAs(hall.services, 'test'), { includeInactive: false })).map(
        (d) => d.name,
      ),
    ).toEqual(['县民政局'])
    expect(
      await listDepartments(actingAs(hall.services, 'test'), { includeInactive: true }),
    ).toHaveLength(2)
  })
})

describe('townships', () => {
  it('imports the townships of 浦江县 and makes it the hall’s county', async () => {
    const result = await importTownships(actingAs(hall.services, 'clerk'), { countyCode: '330726' })
    expect(result.county).toMatchObject({ code: '330726', name: '浦江县', cityName: '金华市' })
    expect(result.townships).toEqual(townshipsOf('330726'))

    const listed = await listTownships(actingAs(hall.services, 'test'), {})
    expect(listed.map((t) => t.name)).toEqual(expect.arrayContaining(['浦阳街道', '黄宅镇']))
    expect(listed).toHaveLength(townshipsOf('330726').length)
    expect((await getSettings(actingAs(hall.services, 'test'))).county?.name).toBe('浦江县')

    // Importing again changes nothing.
    await importTownships(actingAs(hall.services, 'clerk'), { countyCode: '330726' })
    expect(await listTownships(actingAs(hall.services, 'test'), {})).toEqual(listed)
  })

  it('replaces another county’s townships but keeps those registrations refer to', async () => {
    await importTownships(actingAs(hall.services, 'clerk'), { countyCode: '330726' })
    const huangzhai = (await listTownships(actingAs(hall.services, 'test'), {})).find(
      (t) => t.name === '黄宅镇',
    )
    const zhengzhai = (await listTownships(actingAs(hall.services, 'test'), {})).find(
      (t) => t.name === '郑宅镇',
    )
    if (!huangzhai || !zhengzhai) throw new Error('division data changed')
    const leader = await createLeader(
      actingAs(hall.services, 'clerk'),
      CreateLeaderInput.parse({
        name: '王建国',
        townshipCodes: [zhengzhai.code],
      }),
    )
    const day = await planWithLeaders(hall.services, '2026-10-21', [{ name: '李秀英', tableNo: 1 }])
    await registerBatch(
      actingAs(hall.services, 'desk'),
      registration({
        dayId: day.id,
        kind: 'individual',
        headcount: 1,
        members: [{ name: '张三' }],
        townshipCode: huangzhai.code,
        summary: '宅基地审批',
      }),
    )

    const other = await importTownships(actingAs(hall.services, 'clerk'), { countyCode: '330727' }) // 磐安县
    expect(other.county.name).toBe('磐安县')
    expect(
      (await listTownships(actingAs(hall.services, 'test'), {})).every((t) =>
        t.code.startsWith('330727'),
      ),
    ).toBe(true)
    // The referenced township stays as a row (history), no longer offered; the others left.
    expect(await count(`select active from township where code = '${huangzhai.code}'`)).toBe(0)
    expect(await count("select count(*) from township where county_code = '330726'")).toBe(1)
    // Liaison links follow the hall's county.
    expect(
      (await listLeaders(actingAs(hall.services, 'test'), { includeInactive: false })).find(
        (l) => l.id === leader.id,
      )?.townships,
    ).toEqual([])
  })

  it('refuses an unknown county', async () => {
    const error = await refusal(
      importTownships(actingAs(hall.services, 'clerk'), { countyCode: '999999' }),
    )
    expect(error).toMatchObject({ key: 'reference.unknownCounty', kind: 'not_found' })
  })
})

describe('leaders', () => {
  it('keep their areas and liaison townships across create, update and list', async () => {
    await importTownships(actingAs(hall.services, 'clerk'), { countyCode: '330726' })
    const categories = await listCategories(actingAs(hall.services, 'test'), {
      includeInactive: false,
    })
    const townships = await listTownships(actingAs(hall.services, 'test'), {})
    const id = (name: string) => categories.find((c) => c.name === name)?.id ?? 0
    const code = (name: string) => townships.find((t) => t.name === name)?.code ?? ''

    const created = await createLeader(
      actingAs(hall.services, 'clerk'),
      CreateLeaderInput.parse({
        name: '王建明',
        title: '县长',
        areaIds: [id('城乡建设'), id('国土资源')],
        townshipCodes: [code('仙华街道'), code('浦南街道')],
      }),
    )
    // Areas in category order, townships in division order.
    expect(created).toMatchObject({
      name: '王建明',
      title: '县长',
      active: true,
      areas: [
        { id: id('城乡建设'), name: '城乡建设' },
        { id: id('国土资源'), name: '国土资源' },
      ],
      townships: [
        { code: code('浦南街道'), name: '浦南街道' },
        { code: code('仙华街道'), name: '仙华街道' },
      ],
    })

    const updated = await updateLeader(
      actingAs(hall.services, 'clerk'),
      UpdateLeaderInput.parse({
        id: created.id,
        name: '王建明',
        title: '县委副书记、县长',
        areaIds: [id('教育')],
        townshipCodes: [code('黄宅镇')],
      }),
    )
    expect(updated.areas.map((a) => a.name)).toEqual(['教育'])
    expect(updated.townships.map((t) => t.name)).toEqual(['黄宅镇'])
    expect(await listLeaders(actingAs(hall.services, 'test'), { includeInactive: false })).toEqual([
      updated,
    ])

    await setLeaderActive(actingAs(hall.services, 'clerk'), { id: created.id, active: false })
    expect(await listLeaders(actingAs(hall.services, 'test'), { includeInactive: false })).toEqual(
      [],
    )
    expect(await listLeaders(actingAs(hall.services, 'test'), { includeInactive: true })).toEqual([
      { ...updated, active: false },
    ])
    const actions = await hall.values(
      sql`select action from audit_log where entity = 'leader' order by id`,
    )
    expect(actions).toEqual(['leader.create', 'leader.update', 'leader.deactivate'])
  })

  it('refuses a township outside the hall’s county and changes nothing', async () => {
    const leader = await createLeader(
      actingAs(hall.services, 'clerk'),
      CreateLeaderInput.parse({ name: '李卫东' }),
    )
    const error = await refusal(
      updateLeader(
        actingAs(hall.services, 'clerk'),
        UpdateLeaderInput.parse({
          id: leader.id,
          name: '改了名',
          townshipCodes: ['110101001'],
        }),
      ),
    )
    expect(error).toMatchObject({ key: 'reference.unknownTownship', params: { code: '110101001' } })
    expect(
      (await listLeaders(actingAs(hall.services, 'test'), { includeInactive: false }))[0]?.name,
    ).toBe('李卫东')
  })
})

describe('settings', () => {
  it('have defaults and are replaced as a whole', async () => {
    expect(await getSettings(actingAs(hall.services, 'test'))).toEqual({
      countyCode: '',
      hallName: '',
      hallPhone: '',
      clerkName: '',
      issuingBody: 'hall',
      county: null,
    })
    const saved = await updateSettings(
      actingAs(hall.services, 'clerk'),
      UpdateSettingsInput.parse({ hallName: '某县人民来访接待中心', hallPhone: '057984100000' }),
    )
    expect(saved).toMatchObject({ hallName: '某县人民来访接待中心', hallPhone: '0579-84100000' })
    expect(await getSettings(actingAs(hall.services, 'test'))).toEqual(saved)
    expect(UpdateSettingsInput.safeParse({ hallPhone: '12345' }).success).toBe(false)
    // The issuing body is kept when left out, and only one of the three is taken.
    expect(saved.issuingBody).toBe('hall')
    const bureau = await updateSettings(
      actingAs(hall.services, 'clerk'),
      UpdateSettingsInput.parse({ hallName: '某县人民来访接待中心', issuingBody: 'bureau' }),
    )
    expect(bureau.issuingBody).toBe('bureau')
    const kept = await updateSettings(
      actingAs(hall.services, 'clerk'),
      UpdateSettingsInput.parse({ hallName: '某县人民来访接待中心' }),
    )
    expect(kept.issuingBody).toBe('bureau')
    expect(UpdateSettingsInput.safeParse({ issuingBody: 'county' }).success).toBe(false)
  })
})

describe('the demo hall', () => {
  it('sets up an empty hall with a planned day for today: 4 tables and a lead', async () => {
    expect(await isEmptyHall(hall.services.db)).toBe(true)
    const day = await createDemoHall(actingAs(hall.services, 'demo'), { date: '2026-10-21' })
    expect(await isEmptyHall(hall.services.db)).toBe(false)

    expect(day).toMatchObject({
      date: '2026-10-21',
      place: '县人民来访接待中心一楼接待大厅',
      opensAt: '08:30',
      closesAt: '17:00',
      state: 'planned',
    })
    expect(day.duties.map((d) => d.tableNo)).toEqual([1, 2, 3, 4])
    expect(day.duties.filter((d) => d.isLead)).toHaveLength(1)
    expect(await readDay(hall.services.db, { date: '2026-10-21' })).toEqual(day)

    const settings = await getSettings(actingAs(hall.services, 'test'))
    expect(settings).toMatchObject({
      countyCode: '330726',
      hallName: '浦江县人民来访接待中心',
      hallPhone: '0579-84100000',
    })

    // Every township of 浦江县 has exactly one liaison leader; every leader has areas.
    const leaders = await listLeaders(actingAs(hall.services, 'test'), { includeInactive: false })
    expect(leaders.length).toBeGreaterThanOrEqual(6)
    expect(leaders.every((l) => l.title && l.areas.length > 0)).toBe(true)
    const liaisons = leaders.flatMap((l) => l.townships.map((t) => t.code)).sort()
    expect(liaisons).toEqual(townshipsOf('330726').map((t) => t.code))

    const departments = (
      await listDepartments(actingAs(hall.services, 'test'), { includeInactive: false })
    ).map((d) => d.name)
    expect(departments).toEqual(expect.arrayContaining(['县信访局', '黄宅镇人民政府']))
    expect(hall.events.map((e) => e.topic).sort()).toEqual(['day', 'reference'])
  })

  it('is refused on a hall that is not empty, leaving it untouched', async () => {
    await createLeader(
      actingAs(hall.services, 'clerk'),
      CreateLeaderInput.parse({ name: '王建国' }),
    )
    const error = await refusal(
      createDemoHall(actingAs(hall.services, 'demo'), { date: '2026-10-21' }),
    )
    expect(error).toMatchObject({ key: 'demo.hallNotEmpty', kind: 'conflict' })
    expect(await count('select count(*) from leader')).toBe(1)
    expect(await count('select count(*) from township')).toBe(0)

    const second = await tempStore()
    try {
      await createDemoHall(actingAs(second.services, 'demo'), { date: '2026-10-21' })
      expect(
        (await refusal(createDemoHall(actingAs(second.services, 'demo'), { date: '2026-10-22' })))
          .key,
      ).toBe('demo.hallNotEmpty')
      expect(await second.value(sql`select count(*) from reception_day`)).toBe(1)
    } finally {
      await second.close()
    }
  })
})
