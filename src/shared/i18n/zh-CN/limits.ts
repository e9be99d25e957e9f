export const limits = {
  bodyTooLarge: '请求内容过大（最多 {{size}}），未处理',
  batchTooLong: '一次批量调用过多（最多 {{max}} 个），未处理',
}
