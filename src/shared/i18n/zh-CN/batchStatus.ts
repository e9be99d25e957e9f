export const batchStatus = {
  waiting: '等候',
  called: '已叫号',
  in_session: '接待中',
  concluded: '已接待',
  no_show: '未到',
  cancelled: '已作废',
}
