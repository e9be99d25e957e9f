export const screens = {
  title: '副屏',
  kind: '打开',
  board: '叫号屏',
  leader: '接待桌屏',
  table: '接待桌',
  display: '显示器',
  displayOption: '显示器 {{index}} · {{width}}×{{height}}',
  autoDisplay: '自动（上次的显示器，或副屏）',
  primary: '（主显示器）',
  open: '在副屏打开',
  openTab: '在新标签页打开',
  opened: '已在 {{display}} 打开',
  otherPc: '其他电脑打开',
  otherPcHint:
    '在其他电脑的浏览器中打开此地址（或扫码），输入配对码，即显示所选的屏。地址里没有密钥：那台电脑配对后得到自己的。',
  pairOther: '为另一台电脑生成配对码',
  fingerprint: '大厅证书 SHA-256：',
  qrAlt: '配对地址的二维码',
  loopbackOnly:
    '接访日服务只在本机（127.0.0.1）上提供，其他电脑无法连接。要让接待桌和叫号屏用其他电脑，请以局域网方式启动服务（npm run hub -- --host 0.0.0.0，或桌面版加 --host 0.0.0.0）。',
  noLan: '本机没有可用的局域网地址：请检查网线或网络连接。',
}
