export const repeat = {
  title: '来访记录核查',
  idle: '输入身份证号、电话或姓名加乡镇后自动核查',
  none: '未发现以往来访记录',
  checking: '核查中…',
  matchedBy: {
    idNumber: '身份证号相符',
    phone: '电话相符',
    nameTownship: '姓名与乡镇相符',
  },
  registeredAs: '该身份证号登记的姓名为“{{name}}”',
  visits: '以往来访',
  visit: '{{date}} · {{ticket}} 号 · {{tableNo}} 号桌 {{leader}}',
  otherHall: '{{hall}}接访大厅',
  otherHallUnnamed: '区划代码 {{code}} 的接访大厅',
  accusationHidden: '检举控告事项（内容只在承办领导处显示）',
  caseLine: '{{caseNo}} · {{outcome}} · 期限 {{deadline}} · {{state}}',
  withinDeadline:
    '事项 {{caseNo}} 正在办理期限内（至 {{deadline}}）。如为同一事项，依《信访工作条例》第十九条不再重复受理，应告知其等待办理结果。',
  reReviewClosed:
    '事项 {{caseNo}} 已经复核终结。依《信访工作条例》第三十六条，以同一事实和理由再次提出的不再受理。',
  appointment: '今日有约访：{{summary}}（{{leader}} {{slot}}）',
  useAppointment: '按约访接待',
  appointmentLinked: '已关联约访',
  search: '搜索以往诉求',
  searchHits: '诉求中含“{{query}}”的来访',
  noHits: '没有找到',
}
