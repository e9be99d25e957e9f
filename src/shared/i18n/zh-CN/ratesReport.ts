// The three rates' exports (xlsx, the A4 report) and their drill-down (issue 14).
export const ratesReport = {
  title: '{{month}}信访事项三率统计',
  monthTitle: '{{y}}年{{m}}月',
  sheet: {
    overall: '汇总',
    department: '按责任单位',
    ownerLeader: '按包案领导',
    township: '按乡镇',
    category: '按类别',
  },
  col: {
    satisfied: '满意',
    basicallySatisfied: '基本满意',
    dissatisfied: '不满意',
    counted: '{{figure}}（件数）',
  },
  frozen: '已关账：{{at}}',
  live: '未关账：截至{{date}}的实时数据',
  export: {
    xlsx: '导出 Excel',
    pdf: '打印 / PDF',
  },
  drill: {
    title_one: '{{group}} · {{figure}}：涉及 {{count}} 件',
    title_other: '{{group}} · {{figure}}：涉及 {{count}} 件',
    counted: '计入的事项',
    others: '应计未计的事项',
    empty: '没有事项',
    open: '打开',
    close: '关闭',
    showCases: '查看 {{group}} 的{{figure}}事项',
  },
  generated: '制表：{{hall}}　{{date}}',
}
