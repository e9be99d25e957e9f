import { z } from 'zod'
import { procedure } from './procedure'
import { Id, IsoDate, boundedArray, optionalText, requiredText, singleLineText } from './common'
import { DayView, LeaderView } from './day'
import { PhoneField } from './person'

// Reference data the hall keeps before the day: categories, departments, townships of the
// county it serves, the leaders who receive, and the hall's own settings.

/** A county-level division code (GB/T 2260), e.g. 330726 for 浦江县. */
export const CountyCode = z.string().regex(/^\d{6}$/, { message: 'reference.countyCode' })
/** A township code from the division data: the county's 6 digits + 3 (浦阳街道 = 330726003). */
export const TownshipCode = z.string().regex(/^\d{9,12}$/, { message: 'reference.townshipCode' })

const ListInput = z.object({ includeInactive: z.boolean().default(false) }).optional()

// ── categories (内容分类) ────────────────────────────────────────────────────

export const CategoryView = z.object({
  id: Id,
  name: z.string(),
  sort: z.number().int(),
  active: z.boolean(),
})
export type CategoryView = z.infer<typeof CategoryView>

export const NameInput = z.object({ name: requiredText(40) })
export const RenameInput = z.object({ id: Id, name: requiredText(40) })
export const SetActiveInput = z.object({ id: Id, active: z.boolean() })

// ── departments (责任单位) ───────────────────────────────────────────────────

export const DepartmentView = z.object({
  id: Id,
  name: z.string(),
  active: z.boolean(),
})
export type DepartmentView = z.infer<typeof DepartmentView>

// ── counties and townships ───────────────────────────────────────────────────

export const CountyView = z.object({
  code: z.string(),
  name: z.string(),
  /** '' where the division data has only a placeholder city level. */
  cityName: z.string(),
  provinceName: z.string(),
})
export type CountyView = z.infer<typeof CountyView>

export const TownshipView = z.object({ code: z.string(), name: z.string() })
export type TownshipView = z.infer<typeof TownshipView>

export const SearchCountiesInput = z.object({ query: singleLineText(20) })
export const TownshipsInput = z.object({ countyCode: CountyCode.optional() }).optional()
export const ImportTownshipsInput = z.object({ countyCode: CountyCode })

export const TownshipImportResult = z.object({
  county: CountyView,
  townships: z.array(TownshipView),
  /** Rows no longer in the division data but kept because earlier batches refer to them. */
  kept: z.array(TownshipView),
})
export type TownshipImportResult = z.infer<typeof TownshipImportResult>

// ── hall settings ────────────────────────────────────────────────────────────

export const HallSettings = z.object({
  /** The county the hall serves; '' until chosen (settings → townships). */
  countyCode: z.string(),
  hallName: z.string(),
  /** Printed on receipts; '' when not set. */
  hallPhone: z.string(),
  clerkName: z.string(),
})
export type HallSettings = z.infer<typeof HallSettings>

export const defaultHallSettings: HallSettings = {
  countyCode: '',
  hallName: '',
  hallPhone: '',
  clerkName: '',
}

export const SettingsView = HallSettings.extend({ county: CountyView.nullable() })
export type SettingsView = z.infer<typeof SettingsView>

/** The county is chosen by importing its townships, not here. */
export const UpdateSettingsInput = z.object({
  hallName: optionalText(60),
  hallPhone: PhoneField,
  clerkName: optionalText(40),
})
export type UpdateSettingsInput = z.input<typeof UpdateSettingsInput>

// ── leaders (接访领导) ────────────────────────────────────────────────────────

export const LeaderDetail = LeaderView.extend({
  active: z.boolean(),
  /** 分管领域: categories this leader answers for. */
  areas: z.array(z.object({ id: Id, name: z.string() })),
  /** 联系乡镇: townships this leader is the liaison for. */
  townships: z.array(TownshipView),
})
export type LeaderDetail = z.infer<typeof LeaderDetail>

const leaderFields = {
  name: requiredText(40),
  title: optionalText(40),
  areaIds: boundedArray(Id, 50).default([]),
  townshipCodes: boundedArray(TownshipCode, 100).default([]),
}

export const CreateLeaderInput = z.object(leaderFields)
export type CreateLeaderInput = z.input<typeof CreateLeaderInput>

export const UpdateLeaderInput = z.object({ id: Id, ...leaderFields })
export type UpdateLeaderInput = z.input<typeof UpdateLeaderInput>

// ── the demo hall ────────────────────────────────────────────────────────────

export const DemoStatus = z.object({ emptyHall: z.boolean() })
/** The demo's day is planned for `date`, by default the hub's today. */
export const CreateDemoInput = z.object({ date: IsoDate.optional() }).optional()

// ── procedures ───────────────────────────────────────────────────────────────

export const referenceProcedures = {
  categories: procedure('query', ListInput, z.array(CategoryView)),
  createCategory: procedure('mutation', NameInput, CategoryView),
  renameCategory: procedure('mutation', RenameInput, CategoryView),
  setCategoryActive: procedure('mutation', SetActiveInput, CategoryView),

  departments: procedure('query', ListInput, z.array(DepartmentView)),
  createDepartment: procedure('mutation', NameInput, DepartmentView),
  renameDepartment: procedure('mutation', RenameInput, DepartmentView),
  setDepartmentActive: procedure('mutation', SetActiveInput, DepartmentView),

  searchCounties: procedure('query', SearchCountiesInput, z.array(CountyView)),
  townships: procedure('query', TownshipsInput, z.array(TownshipView)),
  importTownships: procedure('mutation', ImportTownshipsInput, TownshipImportResult),

  settings: procedure('query', undefined, SettingsView),
  updateSettings: procedure('mutation', UpdateSettingsInput, SettingsView),
}

export const leaderProcedures = {
  /** Active leaders by default (the day plan's choices); the settings page asks for all. */
  list: procedure('query', ListInput, z.array(LeaderDetail)),
  create: procedure('mutation', CreateLeaderInput, LeaderDetail),
  update: procedure('mutation', UpdateLeaderInput, LeaderDetail),
  setActive: procedure('mutation', SetActiveInput, LeaderDetail),
}

export const demoProcedures = {
  status: procedure('query', undefined, DemoStatus),
  create: procedure('mutation', CreateDemoInput, DayView),
}
