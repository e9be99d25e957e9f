import type { Messages } from '../messages'

export const desk: Pick<Messages, 'desk' | 'batch' | 'route'> = {
  desk: {
    title: 'Registration',
    kind: 'Visit type',
    kindIndividual: 'Individual',
    kindGroup: 'Group',
    headcount: 'Headcount',
    name: 'Name',
    idNumber: 'ID number',
    phone: 'Phone',
    address: 'Address',
    summary: 'Request summary',
    register: 'Register and issue ticket',
    registered: 'Registered: ticket {{ticket}}, please go to table {{tableNo}} ({{leader}})',
    needDay: 'Plan today’s reception day first.',
  },
  batch: {
    headcountMin: 'Headcount must be at least 1',
    membersRequired: 'Register at least one person',
    tooManyRepresentatives:
      'A group visit registers at most 5 representatives (Regulation on Letters and Visits, art. 20)',
    summaryRequired: 'Enter the request summary',
    individualIsOne: 'An individual visit registers one person',
    groupAtLeastTwo: 'A group has at least 2 persons',
    moreNamesThanPersons: 'More names than persons',
    samePersonTwice: 'Person {{index}} is registered twice',
    noSuchTable: 'There is no table {{tableNo}} today',
    tableEnded: 'Table {{tableNo}} has ended its day',
  },
  route: {
    owner_leader: 'Owner leader of an open case is on duty',
    township: 'Liaison leader of the township',
    category: 'Leader responsible for the category',
    shortest_wait: 'Table with the shortest wait',
    lead_leader: 'Lead leader',
    manual: 'Chosen by the clerk',
  },
}
