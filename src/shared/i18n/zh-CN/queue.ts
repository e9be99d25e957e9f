export const queue = {
  noSuchTable: '今天没有 {{tableNo}} 号接待桌',
  tableBusy: '{{tableNo}} 号接待桌前还有 {{ticket}} 号：请先处理完毕再叫下一位',
  nobodyWaiting: '{{tableNo}} 号接待桌没有等候的来访群众',
  movedElsewhere: '{{ticket}} 号已转到 {{tableNo}} 号接待桌',
  sameTable: '已在 {{tableNo}} 号接待桌',
  sessionOpen: '{{ticket}} 号正在接待，请先办结或转桌',
  table: {
    active: '{{tableNo}} 号接待桌正在接待',
    paused: '{{tableNo}} 号接待桌已暂停接待',
    ended: '{{tableNo}} 号接待桌今日接待已结束',
  },
  status: {
    waiting: '{{ticket}} 号尚未叫号',
    called: '{{ticket}} 号已叫号，尚未开始接待',
    in_session: '{{ticket}} 号正在接待',
    concluded: '{{ticket}} 号已接待完毕',
    no_show: '{{ticket}} 号已标记未到场',
    cancelled: '{{ticket}} 号的登记已作废',
  },
}
