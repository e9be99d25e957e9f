import { createTheme } from '@mantine/core'

// Chinese text first: Debian/Linux, Windows and macOS CJK faces in turn.
const fonts =
  '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", system-ui, sans-serif'

export const theme = createTheme({
  fontFamily: fonts,
  headings: { fontFamily: fonts },
  primaryColor: 'red',
  defaultRadius: 'sm',
})
