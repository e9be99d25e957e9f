import { contract } from '@shared/contract'
import {
  createCategory,
  listCategories,
  renameCategory,
  setCategoryActive,
} from '../../services/reference/categories'
import {
  createDepartment,
  listDepartments,
  renameDepartment,
  setDepartmentActive,
} from '../../services/reference/departments'
import { getSettings, updateSettings } from '../../services/reference/settings'
import { findCounties, importTownships, listTownships } from '../../services/reference/townships'
import { callContext } from '../context'
import { procedure, router } from '../trpc'

const c = contract.reference

export const referenceRouter = router({
  categories: procedure
    .input(c.categories.input)
    .output(c.categories.output)
    .query(({ ctx, input }) => listCategories(callContext(ctx), input)),
  createCategory: procedure
    .input(c.createCategory.input)
    .output(c.createCategory.output)
    .mutation(({ ctx, input }) => createCategory(callContext(ctx), input)),
  renameCategory: procedure
    .input(c.renameCategory.input)
    .output(c.renameCategory.output)
    .mutation(({ ctx, input }) => renameCategory(callContext(ctx), input)),
  setCategoryActive: procedure
    .input(c.setCategoryActive.input)
    .output(c.setCategoryActive.output)
    .mutation(({ ctx, input }) => setCategoryActive(callContext(ctx), input)),

  departments: procedure
    .input(c.departments.input)
    .output(c.departments.output)
    .query(({ ctx, input }) => listDepartments(callContext(ctx), input)),
  createDepartment: procedure
    .input(c.createDepartment.input)
    .output(c.createDepartment.output)
    .mutation(({ ctx, input }) => createDepartment(callContext(ctx), input)),
  renameDepartment: procedure
    .input(c.renameDepartment.input)
    .output(c.renameDepartment.output)
    .mutation(({ ctx, input }) => renameDepartment(callContext(ctx), input)),
  setDepartmentActive: procedure
    .input(c.setDepartmentActive.input)
    .output(c.setDepartmentActive.output)
    .mutation(({ ctx, input }) => setDepartmentActive(callContext(ctx), input)),

  searchCounties: procedure
    .input(c.searchCounties.input)
    .output(c.searchCounties.output)
    .query(({ input }) => findCounties(input.query)),
  townships: procedure
    .input(c.townships.input)
    .output(c.townships.output)
    .query(({ ctx, input }) => listTownships(callContext(ctx), input)),
  importTownships: procedure
    .input(c.importTownships.input)
    .output(c.importTownships.output)
    .mutation(({ ctx, input }) => importTownships(callContext(ctx), input)),

  settings: procedure.output(c.settings.output).query(({ ctx }) => getSettings(callContext(ctx))),
  updateSettings: procedure
    .input(c.updateSettings.input)
    .output(c.updateSettings.output)
    .mutation(({ ctx, input }) => updateSettings(callContext(ctx), input)),
})
