import { contract } from '@shared/contract'
import {
  auditLog,
  createPerson,
  currentPerson,
  listPeople,
  setPersonSecret,
  signIn,
  signOut,
  unlockPerson,
  updatePerson,
} from '../../services/people'
import { callContext } from '../context'
import { procedure, router } from '../trpc'

const c = contract.people

export const peopleRouter = router({
  list: procedure.output(c.list.output).query(({ ctx }) => listPeople(callContext(ctx))),
  create: procedure
    .input(c.create.input)
    .output(c.create.output)
    .mutation(({ ctx, input }) => createPerson(callContext(ctx), input)),
  update: procedure
    .input(c.update.input)
    .output(c.update.output)
    .mutation(({ ctx, input }) => updatePerson(callContext(ctx), input)),
  setSecret: procedure
    .input(c.setSecret.input)
    .output(c.setSecret.output)
    .mutation(({ ctx, input }) => setPersonSecret(callContext(ctx), input)),
  unlock: procedure
    .input(c.unlock.input)
    .output(c.unlock.output)
    .mutation(({ ctx, input }) => unlockPerson(callContext(ctx), input)),
  current: procedure
    .output(c.current.output)
    .query(({ ctx }) => currentPerson(callContext(ctx), ctx.device)),
  signIn: procedure
    .input(c.signIn.input)
    .output(c.signIn.output)
    .mutation(({ ctx, input }) => signIn(callContext(ctx), input, ctx.device)),
  signOut: procedure
    .output(c.signOut.output)
    .mutation(({ ctx }) => signOut(callContext(ctx), ctx.device)),
  audit: procedure
    .input(c.audit.input)
    .output(c.audit.output)
    .query(({ ctx, input }) => auditLog(callContext(ctx), input)),
})
