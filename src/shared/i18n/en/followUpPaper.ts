// The follow-up papers (issue 14): acceptance notice, extension notice, handling opinion,
// reminder slip, on-the-spot record.
export const followUpPaper = {
  print: 'Print the {{paper}}',
  title: {
    acceptance_notice: 'Notice of acceptance',
    extension_notice: 'Notice of extension',
    handling_opinion: 'Handling opinion',
    reminder_slip: 'Reminder slip',
    on_spot_record: 'On-the-spot record',
  },
  to: 'To {{names}}:',
  acceptanceBody:
    'The matter you raised at the county leaders’ reception on {{date}}, “{{summary}}”, falls within the scope of petition matters. It was accepted on {{acceptedOn}} and assigned to {{department}}.',
  acceptanceBodyNoDepartment:
    'The matter you raised at the county leaders’ reception on {{date}}, “{{summary}}”, falls within the scope of petition matters and was accepted on {{acceptedOn}}.',
  acceptanceDeadline:
    'Under art. 34 of the Regulations on Petition Work it will be concluded, with a written reply to you, by {{date}}.',
  acceptanceQuery:
    'With the query code on your registration receipt you can follow its progress and rate the handling.',
  noticeEnd: 'Hereby notified.',
  extensionBody:
    'The matter you raised at the county leaders’ reception on {{date}}, “{{summary}}”, was due to be concluded by {{previous}}. Because {{reason}}, with the approval of {{approvedBy}} and under art. 34 of the Regulations on Petition Work, the period is extended by {{days}} days, to {{deadline}}.',
  extensionDepartment: 'Handled by: {{department}}.',
  opinionBody:
    'On the matter you raised at the county leaders’ reception on {{date}}, “{{summary}}”, {{department}} has investigated and gives this opinion:',
  opinionBodyNoDepartment:
    'On the matter you raised at the county leaders’ reception on {{date}}, “{{summary}}”, after investigation this is the opinion:',
  opinionReview:
    'If you disagree, you may ask the authority above the one that handled it for a review within 30 days of receiving this opinion (by {{date}}; art. 35).',
  opinionDelivery: 'Delivered: {{delivery}}; reply dated {{date}}.',
  reminderTo: 'To {{department}}:',
  reminderBody:
    'The petition matter below, assigned to you at the county leaders’ reception on {{date}}, has not been concluded and answered. Please handle it promptly, reply to the petitioner in writing on time and report the result to {{hall}}.',
  reminderReply: 'Please report its progress in writing to {{hall}} within 3 working days.',
  field: {
    acceptedOn: 'Accepted on',
    deadline: 'Deadline',
    notice: 'Acceptance notice',
    noticeGiven: 'given on {{date}}',
    noticeNotGiven: 'not yet given',
    reminder: 'Reminder',
    remindedOn: 'Reminded on',
    petitioner: 'Petitioner',
    headcount: 'Persons',
    summary: 'Matter',
    leader: 'Receiving leader',
    decided: 'Decided',
    present: 'Present',
    recordedOn: 'Recorded on',
    decision: 'Decision',
    none: '—',
  },
  onSpotIntro:
    'At the county leaders’ reception on {{date}}, {{leader}} received the petitioners and settled the matter they raised on the spot, as recorded here:',
  onSpotEnd:
    'The matter above was settled on the spot. The petitioner’s view of the result will be recorded at the call-back.',
  signLeader: 'Receiving leader (signature)',
  signPetitioner: 'Petitioner (signature)',
  signRecorder: 'Recorded by (signature)',
  delivery: {
    in_person: 'in person',
    post: 'by post',
    phone: 'by phone',
    sms: 'by SMS',
  },
}
