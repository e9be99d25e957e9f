export const outcome = {
  resolved_on_spot: '当场解决',
  assigned: '交办',
  forwarded: '转送',
  explained: '解释疏导',
  not_accepted: '不予受理',
  none: '未处理',
}
