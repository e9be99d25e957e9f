export const batch = {
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
  notFound: 'Registration not found',
  alreadyCancelled: 'This registration is cancelled',
  alreadyConcluded: 'A registration already seen cannot be cancelled',
  appointmentNotBooked: 'That appointment is not booked for today',
  reasonRequired: 'Enter the reason',
  sameDayOpen:
    'This visitor was registered today as ticket {{ticket}} (table {{tableNo}}) and has not been seen yet; to register them again, give the reason',
}
