// What the leader decided at the table: recorded once, amended by superseding.
export { amendOutcome } from './amendOutcome'
export { outcomeDraft, recordOutcome } from './recordOutcome'
