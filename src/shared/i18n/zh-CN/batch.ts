export const batch = {
  headcountMin: '来访人数至少为 1',
  membersRequired: '至少登记一名来访人',
  tooManyRepresentatives: '集体访最多登记 5 名代表（《信访工作条例》第二十条）',
  summaryRequired: '请填写诉求摘要',
  individualIsOne: '个人访只登记一人',
  groupAtLeastTwo: '多人来访至少 2 人',
  moreNamesThanPersons: '登记的姓名多于来访人数',
  samePersonTwice: '第 {{index}} 位来访人重复登记',
  noSuchTable: '今天没有 {{tableNo}} 号接待桌',
  tableEnded: '{{tableNo}} 号接待桌已结束接待',
  notFound: '找不到该登记',
  alreadyCancelled: '该登记已作废',
  alreadyConcluded: '已接待完毕的登记不能作废',
  appointmentNotBooked: '该约访不存在或已处理',
  reasonRequired: '请填写原因',
  sameDayOpen:
    '来访人今天已登记为 {{ticket}} 号（{{tableNo}} 号接待桌），尚未接待完毕；如确需另行登记，请注明原因',
}
