export const deadlineRule = {
  art34: '法定期限（受理之日起 60 日）',
  extended: '延长后的期限（第三十四条）',
  promised: '接访领导承诺期限',
  art23notice: '受理告知期限（15 日）',
  art23objection: '异议期限（5 个工作日）',
  none: '无办结期限',
}
