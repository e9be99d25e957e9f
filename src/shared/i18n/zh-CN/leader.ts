export const leader = {
  leaderScreen: {
    title: '{{tableNo}} 号接待桌',
    inSession: '正在接待',
    waiting: '等候中',
    nobody: '暂无来访群众',
    nextCount: '等候 {{count}} 批',
    headcount: '{{count}} 人',
    noTable: '今天没有 {{tableNo}} 号接待桌。',
    noDay: '今天还没有安排接访日。',
  },
  queue: {
    noSuchTable: '今天没有 {{tableNo}} 号接待桌',
  },
} as const
