export const caseState = {
  open: '办理中',
  replied: '已答复',
  closed: '已办结',
}
