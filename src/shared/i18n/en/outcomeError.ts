export const outcomeError = {
  decisionRequired: 'Enter the decision',
  summaryRequired: 'Describe the matter',
  mattersRequired: 'Record at least one matter',
  tooManyMatters: 'At most 20 matters per batch',
  departmentRequired: 'Choose the responsible department',
  deadlineNotApplicable: 'Only assigned or forwarded matters have a deadline',
  channelRequired: 'A matter not accepted must name the lawful channel',
  channelNoteRequired: 'Describe the lawful channel',
  channelNotApplicable: 'Only a matter not accepted names a lawful channel',
  accusationContact: 'An accuser’s identity is never given to the department',
  reasonRequired: 'Enter the reason for the amendment',
  accusationOwnDecision:
    'An accusation beside other matters needs its own decision (the batch’s decision is printed on the other matters’ papers)',
  promisedLaterThanStatute:
    'Matter {{matter}}: the promised date may not be later than the statutory {{statute}}',
  promisedBeforeAcceptance:
    'Matter {{matter}}: the promised date may not be before acceptance on {{acceptedOn}}',
  notInSession: 'Ticket {{ticket}} is not in session: no outcome can be recorded',
  alreadyRecorded: 'The outcome of ticket {{ticket}} is recorded; amend its cases instead',
  notAmendable: '{{caseNo}} has been replied to or closed: its outcome can no longer be amended',
  unknownDepartment: 'That department does not exist or is inactive',
  unknownLeader: 'That leader does not exist or is inactive',
  unknownCategory: 'That category does not exist',
  unknownTownship: 'That township does not exist',
}
