export const devices = {
  role: {
    admin: '管理',
    desk: '登记台',
    leader: '接待桌',
    staff: '事项跟踪',
    board: '大厅显示屏',
    kiosk: '自助查询',
  },
}
