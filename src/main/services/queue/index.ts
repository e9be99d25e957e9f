// The queues at the leaders' tables (docs/architecture.md, "Queue states").
export { callNext, markNoShow, recall, startSession, transfer, NO_SHOW_REASON } from './actions'
export { boardView, BOARD_NEXT } from './boardView'
export { endSession, type EndedSession } from './endSession'
export {
  DEFAULT_SESSION_MINUTES,
  expectedWaits,
  sessionMinutesByDuty,
  typicalSessionMinutes,
} from './expectedWait'
export { ageOn, appointmentDue, orderQueue, priorityOf } from './priority'
export { requeue, REQUEUE_REASON } from './requeue'
export { endTableDay, pauseTable, resumeTable, END_DAY_REASON } from './tableActions'
export { tableQueue } from './tableView'
