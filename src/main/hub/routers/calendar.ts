import { contract } from '@shared/contract'
import {
  importCalendarFile,
  listCalendar,
  removeCalendarYear,
  setCalendarYear,
} from '../../services/calendar'
import { callContext } from '../context'
import { procedure, router } from '../trpc'

const c = contract.calendar

// The working-day calendar: the years of the State Council's arrangement the staff entered.

export const calendarRouter = router({
  list: procedure.output(c.list.output).query(({ ctx }) => listCalendar(callContext(ctx))),
  setYear: procedure
    .input(c.setYear.input)
    .output(c.setYear.output)
    .mutation(({ ctx, input }) => setCalendarYear(callContext(ctx), input)),
  importFile: procedure
    .input(c.importFile.input)
    .output(c.importFile.output)
    .mutation(({ ctx, input }) => importCalendarFile(callContext(ctx), input)),
  removeYear: procedure
    .input(c.removeYear.input)
    .output(c.removeYear.output)
    .mutation(({ ctx, input }) => removeCalendarYear(callContext(ctx), input)),
})
