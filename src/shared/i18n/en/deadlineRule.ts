export const deadlineRule = {
  art34: 'Statutory (60 days from acceptance)',
  extended: 'Extended (art. 34)',
  promised: 'Promised by the leader',
  art23notice: 'Acceptance notice (15 days)',
  art23objection: 'Objection (5 working days)',
  none: 'No deadline',
}
