export const printer = {
  choose: '选择打印机',
  chooseFor: '选择用于{{paper}}的打印机（以后自动使用）',
  paper: {
    a4: 'A4 文书',
    roll80: '80 mm 小票',
  },
  none: '没有找到打印机',
  printing: '正在打印…',
  printed: '已打印{{document}}',
  archived: '已打印并存档 PDF',
  failed: '打印失败：{{message}}',
}
