export const connection = {
  connected: '已连接',
  reconnecting: '正在重新连接…',
  connecting: '正在连接…',
  refused: '已被拒绝',
  refusedTitle: '此地址无效或已过期',
  refusedText:
    '接访日服务在运行，但不接受本页地址中的接入令牌：地址输错了，或者是服务上次启动时的旧地址（服务每次启动都会换新令牌，除非指定了固定令牌）。',
  refusedWhat:
    '请在前台电脑登记台的「副屏」→「其他电脑打开」处扫描二维码，或照抄其中的地址，重新打开本页。',
}
