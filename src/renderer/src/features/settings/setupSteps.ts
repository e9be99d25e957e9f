// The first-run guide (issue 11 item 14): what a new hall sets up, in the order one step needs
// the one before (a leader's liaison townships need the townships; a day needs its leaders),
// each step ticked from the data itself, never from a stored flag.

export const setupStepIds = ['townships', 'departments', 'leaders', 'day'] as const
export type SetupStepId = (typeof setupStepIds)[number]

/** What the hall has, as the screens read it. */
export interface SetupFacts {
  townships: number
  departments: number
  leaders: number
  /** Reception days planned, past or to come. */
  days: number
}

export interface SetupStep {
  id: SetupStepId
  done: boolean
  /** Where the step is done: a settings tab, or the new day's form. */
  to: string
}

const where: Record<SetupStepId, string> = {
  townships: '/settings?tab=townships',
  departments: '/settings?tab=departments',
  leaders: '/settings?tab=leaders',
  day: '/plan/new',
}

const doneBy: Record<SetupStepId, (facts: SetupFacts) => boolean> = {
  townships: (f) => f.townships > 0,
  departments: (f) => f.departments > 0,
  leaders: (f) => f.leaders > 0,
  day: (f) => f.days > 0,
}

export function setupSteps(facts: SetupFacts): SetupStep[] {
  return setupStepIds.map((id) => ({ id, done: doneBy[id](facts), to: where[id] }))
}

/** The first step not done (the guide's next step), or null once the hall is set up. */
export function nextSetupStep(steps: readonly SetupStep[]): SetupStep | null {
  return steps.find((step) => !step.done) ?? null
}

/** The settings tab the guide sends to next, if its next step is in the settings. */
export function nextSettingsTab(steps: readonly SetupStep[]): Exclude<SetupStepId, 'day'> | null {
  const next = nextSetupStep(steps)
  if (!next || next.id === 'day') return null
  return next.id
}
