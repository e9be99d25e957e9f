export const nav = {
  desk: '登记台',
  plan: '接访日安排',
  leader: '接待桌',
  board: '叫号屏',
  cases: '信访事项',
  followup: '后续办理',
  followupCount_one: '{{count}} 件待办',
  followupCount_other: '{{count}} 件待办',
  rates: '三率统计',
  reports: '统计报表',
  settings: '设置',
  language: '语言',
}
