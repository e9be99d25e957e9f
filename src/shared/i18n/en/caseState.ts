export const caseState = {
  open: 'in progress',
  replied: 'replied',
  closed: 'closed',
}
