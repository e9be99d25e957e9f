import type { Messages } from '../messages'

export const leader: Pick<Messages, 'leaderScreen' | 'queue'> = {
  leaderScreen: {
    title: 'Table {{tableNo}}',
    inSession: 'In session',
    waiting: 'Waiting',
    nobody: 'Nobody waiting',
    nextCount: '{{count}} batches waiting',
    headcount: '{{count}} persons',
    noTable: 'There is no table {{tableNo}} today.',
    noDay: 'No reception day is planned for today.',
  },
  queue: {
    noSuchTable: 'There is no table {{tableNo}} today',
  },
}
