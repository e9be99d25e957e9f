import { z } from 'zod'
import { procedure } from './procedure'
import { Id, optionalText, requiredText, singleLineText } from './common'
import { PhoneField } from './person'
import { IssuingBody } from './enums'

// Reference data the hall keeps before the day: categories, departments, townships of the
// county it serves, the leaders who receive, and the hall's own settings.

/** A county-level division code (GB/T 2260), e.g. 330726 for 浦江县. */
export const CountyCode = z.string().regex(/^\d{6}$/, { message: 'reference.countyCode' })
/** A township code from the division data: the county's 6 digits + 3 (浦阳街道 = 330726003). */
export const TownshipCode = z.string().regex(/^\d{9,12}$/, { message: 'reference.townshipCode' })

export const ListInput = z.object({ includeInactive: z.boolean().default(false) }).optional()

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
  /** Who issues and seals the case documents. */
  issuingBody: IssuingBody,
})
export type HallSettings = z.infer<typeof HallSettings>

export const defaultHallSettings: HallSettings = {
  countyCode: '',
  hallName: '',
  hallPhone: '',
  clerkName: '',
  issuingBody: 'hall',
}

export const SettingsView = HallSettings.extend({ county: CountyView.nullable() })
export type SettingsView = z.infer<typeof SettingsView>

/** The county is chosen by importing its townships, not here. */
export const UpdateSettingsInput = z.object({
  hallName: optionalText(60),
  hallPhone: PhoneField,
  clerkName: optionalText(40),
  /** Left out: unchanged. */
  issuingBody: IssuingBody.optional(),
})
export type UpdateSettingsInput = z.input<typeof UpdateSettingsInput>

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
