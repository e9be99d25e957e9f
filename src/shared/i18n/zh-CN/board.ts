export const board = {
  board: {
    title: '叫号屏',
  },
} as const
