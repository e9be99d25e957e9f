/** What an audit entry's action is about, by the domain its code begins with (batch.register →
 * batch): the audit screen shows the label beside the exact code. */
export const auditAction = {
  appointment: '预约',
  backup: '数据备份',
  batch: '来访登记',
  calendar: '工作日历',
  case: '信访事项',
  category: '内容分类',
  day: '接访日',
  demo: '演示数据',
  department: '责任单位',
  device: '设备',
  duty: '坐班安排',
  followUp: '后续办理',
  leader: '接访领导',
  outcome: '接待结果',
  people: '人员',
  queue: '叫号接待',
  read: '查看完整个人信息',
  settings: '基本设置',
  township: '乡镇',
} as const
