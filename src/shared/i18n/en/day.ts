import type { Messages } from '../messages'

export const day: Pick<Messages, 'day'> = {
  day: {
    title: 'Reception day plan',
    noneToday: 'No reception day is planned for today ({{date}}).',
    planToday: 'Plan today’s reception day',
    date: 'Date',
    place: 'Place',
    opensAt: 'Opens at',
    closesAt: 'Closes at',
    duties: 'Leaders and tables',
    addDuty: 'Add a table',
    leader: 'Leader',
    isLead: 'Lead leader',
    newLeaderName: 'New leader’s name',
    newLeaderTitle: 'Title',
    createLeader: 'Add leader',
    plan: 'Save plan',
    planned: 'Reception day planned',
    state: {
      planned: 'Planned',
      open: 'Open',
      closed: 'Closed',
    },
    summary: '{{date}} · {{place}} · {{count}} tables',
  },
}
