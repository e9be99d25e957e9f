export const placeholder = {
  comingSoon: '此页面正在建设中。',
}
