export const kioskError = {
  code: '查询码为 4 至 16 位字母或数字',
  lastDigits: '请输入 4 位数字（身份证号最后一位可为 X）',
  noSuchCase: '本次来访没有这件事项',
  rateNotNow: '该事项目前不能评价：收到答复后可评价一次',
}
