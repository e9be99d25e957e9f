export const common = {
  save: '保存',
  saved: '已保存',
  cancel: '取消',
  add: '添加',
  remove: '移除',
  loading: '加载中…',
  none: '无',
  table: '{{tableNo}} 号接待桌',
  tableNo: '桌号',
  error: '操作未完成',
}
