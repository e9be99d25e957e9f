export const repeat = {
  title: 'Earlier visits',
  idle: 'Checked automatically from the ID number, phone, or name with township',
  none: 'No earlier visits found',
  checking: 'Checking…',
  matchedBy: {
    idNumber: 'same ID number',
    phone: 'same phone',
    nameTownship: 'same name and township',
  },
  registeredAs: 'This ID number is on file under “{{name}}”',
  visits: 'Earlier visits',
  visit: '{{date}} · ticket {{ticket}} · table {{tableNo}} {{leader}}',
  otherHall: '{{hall}} reception hall',
  otherHallUnnamed: 'the hall of county code {{code}}',
  accusationHidden: 'Accusation (content shown only to the leader handling it)',
  caseLine: '{{caseNo}} · {{outcome}} · due {{deadline}} · {{state}}',
  withinDeadline:
    'Case {{caseNo}} is being handled within its time limit (until {{deadline}}). If this is the same matter it is not accepted again (Regulation art. 19); tell the visitor to await the result.',
  reReviewClosed:
    'Case {{caseNo}} was closed after re-review. The same facts and reasons are not accepted again (Regulation art. 36).',
  appointment: 'Appointment today: {{summary}} ({{leader}} {{slot}})',
  useAppointment: 'Keep the appointment',
  appointmentLinked: 'Appointment linked',
  search: 'Search earlier requests',
  searchHits: 'Visits whose request mentions “{{query}}”',
  noHits: 'Nothing found',
}
