export const errors = {
  day: {
    notFound: '找不到该接访日',
    closed: '该接访日已结束，不能再修改',
    past: '{{date}} 的接访日已过（今天是 {{today}}），只能在当天登记和叫号',
    notYet: '{{date}} 的接访日还没到（今天是 {{today}}），到当天才能登记和叫号',
    alreadyOpen: '接访日已开始，不能重新安排',
    unknownLeader: '所选领导不存在或已停用',
    noDuties: '至少安排一张接待桌',
    tableTwice: '同一张接待桌安排了两次',
    leaderTwice: '同一位领导安排了两次',
    closesBeforeOpening: '结束时间应晚于开始时间',
    noTableOnDuty: '今天没有可接待的接待桌',
  },
  storage: {
    full: '磁盘已满，本次未保存；请清理磁盘空间后重试',
    io: '读写数据库文件出错，本次未保存；请检查磁盘后重试',
    readOnly: '数据库文件为只读，本次未保存；请检查文件和文件夹的写入权限',
    busy: '数据库正忙，本次未保存；请稍后重试',
    corrupt: '数据库文件已损坏，本次未保存；请联系管理员用备份恢复',
  },
  request: {
    reused: '该请求编号已用于另一份内容，本次未保存；请重新提交',
  },
  unauthorized: '接入令牌无效',
  forbidden: '本设备的角色（$t(devices.role.{{role}})）不能做此操作，未读取也未保存任何内容',
  internal: '服务出错，请重试；如仍失败请联系管理员',
}
