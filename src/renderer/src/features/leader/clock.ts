/** 24-hour wall-clock time of an instant, e.g. "10:35". */
export const clock = (iso: string): string =>
  new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false })
