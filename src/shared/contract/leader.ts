import { z } from 'zod'
import { procedure } from './procedure'
import { Id, boundedArray, optionalText, requiredText } from './common'
import { LeaderView } from './day'
import { ListInput, SetActiveInput, TownshipCode, TownshipView } from './reference'

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

export const leaderProcedures = {
  /** Active leaders by default (the day plan's choices); the settings page asks for all. */
  list: procedure('query', ListInput, z.array(LeaderDetail)),
  create: procedure('mutation', CreateLeaderInput, LeaderDetail),
  update: procedure('mutation', UpdateLeaderInput, LeaderDetail),
  setActive: procedure('mutation', SetActiveInput, LeaderDetail),
}
