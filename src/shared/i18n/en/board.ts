import type { Messages } from '../messages'

export const board: Pick<Messages, 'board'> = {
  board: {
    title: 'Hall board',
  },
}
