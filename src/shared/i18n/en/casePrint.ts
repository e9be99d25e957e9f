export const casePrint = {
  number: 'No. {{caseNo}}',
  issuer: {
    bureau: '{{county}} Petition Bureau',
    jointOffice: '{{county}} Office of the Joint Conference on Petition Work',
  },
  slipTitle: {
    assigned: 'Case Assignment Slip',
    forwarded: 'Case Forwarding Slip',
  },
  slipTo: 'To {{department}}:',
  slipIntro: {
    assigned:
      'At the county leaders’ public reception on {{date}}, the matter below was consulted on and is assigned to you. Please handle and reply as required below.',
    forwarded:
      'At the county leaders’ public reception on {{date}}, the matter below was consulted on and is forwarded to you to handle according to law. Please handle and reply as required below.',
  },
  field: {
    visitDate: 'Visit date',
    petitioner: 'Petitioner',
    headcount: 'Persons',
    nature: 'Nature',
    category: 'Category',
    township: 'Township',
    summary: 'Matter',
    decision: 'Decision',
    consulted: 'Consulted',
    department: 'Department',
    ownerLeader: 'Owner leader',
    deadline: 'Deadline',
    noticeBy: 'Acceptance notice by',
    requirements: 'Requirements',
  },
  withheld: 'The accuser’s identity is confidential by law and not given',
  contactPerson: '{{name}}',
  contactPhone: 'Phone: {{phone}}',
  contactAddress: 'Address: {{address}}',
  persons_one: '{{count}} person',
  persons_other: '{{count}} persons',
  deadlineBefore: 'by {{date}}',
  rulePromised: ' (promised by the leader; statutory deadline {{statute}})',
  ruleStatute: ' (60 days from acceptance, art. 34)',
  ruleExtended: ' (extended with approval)',
  requirementNotice:
    'Tell the petitioner in writing by {{date}} whether the matter is accepted (art. 23);',
  requirementNoticeWithReply:
    'the deadline comes before the acceptance notice is due: tell the petitioner in writing by {{date}} that the matter is accepted, which may be done with the reply (art. 23);',
  requirementReply:
    'close it by {{date}}, reply to the petitioner in writing and report the result to {{hall}}; if it cannot be closed in time, apply for an extension and tell the petitioner;',
  requirementObjection:
    'if the matter is not within your remit, object to {{hall}} with reasons by {{date}} (5 working days);',
  requirementAccusation:
    'this is an accusation: never disclose the accusation materials or the accuser’s identity, nor pass them to the accused (art. 30).',
  requirementEnd: 'Report any major development to the owner leader at once.',
  seal: ' (seal)',
  receivedBy: 'Received by:',
  receivedAt: 'Received on:',
  blankDate: '____ / __ / __',
  commitmentTitle: 'Closure Commitment',
  commitmentIntro:
    'On {{date}}, {{petitioner}} raised “{{summary}}” at the county leaders’ public reception. After consultation with the receiving leader {{leader}}, it was assigned to us ({{department}}). We commit as follows:',
  accuser: 'the accuser',
  petitioner: 'the petitioner {{names}}',
  leaderName: '{{name}} ({{title}})',
  petitionerGroup_one: '{{names}} and another ({{count}} persons)',
  petitionerGroup_other: '{{names}} and others ({{count}} persons)',
  commitWhat: '1. What will be done: {{decision}}',
  commitWho: '2. Who: we handle it ourselves, overseen by the owner leader {{owner}}.',
  commitWhoNoOwner: '2. Who: we handle it ourselves.',
  commitWhen: '3. By when: we close it by {{date}} and reply to the petitioner in writing.',
  commitReport:
    '4. Reporting: we report any change to the owner leader and tell the petitioner; if it cannot be closed in time, we apply for an extension according to law.',
  commitSeal: 'Committed by: {{department}} (seal)',
  signDepartment: 'Head of department (signature)',
  signLeader: 'Owner leader (signature)',
  signPetitioner: 'Petitioner (signature)',
  signDate: 'Date',
  accuserNotSigning:
    'This is an accusation: the accuser’s identity is confidential by law and not stated on this commitment (art. 30).',
  noticeTitle: 'Notice of Non-acceptance',
  noticeTo: 'To {{names}}:',
  noticeBody:
    'On {{date}} you raised “{{summary}}” at the county leaders’ public reception. After consultation, the decision is: {{decision}}',
  noticeChannel:
    'The matter is to be resolved through {{channel}} according to law; under the Regulations on Petitions it is not accepted as a petition. Please follow the procedures of the laws and administrative regulations and {{how}}.',
  channelHow: {
    litigation: 'bring a suit at a people’s court',
    arbitration: 'apply to an arbitration institution',
    labour_arbitration: 'apply to the labour and personnel dispute arbitration commission',
    administrative_reconsideration:
      'apply for administrative reconsideration to the competent organ',
    administrative_adjudication: 'apply to the administrative organ concerned for adjudication',
    discipline_inspection:
      'bring the accusation to the discipline inspection and supervision organs',
    other: 'apply to the organ concerned',
  },
  channelNote: 'Specifically: {{note}}.',
  noticeThanks: 'Hereby notified.',
  signReceived: 'Received by the petitioner:',
  supersededCalendar:
    'This paper is void: the dates it states were recomputed on {{date}} on the holiday arrangement entered; the paper issued after that holds.',
  provisional: ' (provisional)',
  provisionalNote:
    'Note: a date marked provisional falls in a year whose holiday arrangement is not entered yet; weekends assumed, recomputed once entered.',
  superseded:
    'VOID: the outcome stated here was amended on {{date}}; the document issued after the amendment prevails.',
  archive_one: 'Archive no. {{id}} · print {{count}}',
  archive_other: 'Archive no. {{id}} · print {{count}}',
  archiveReprint_one: 'Archive no. {{id}} · print {{count}} (reprint)',
  archiveReprint_other: 'Archive no. {{id}} · print {{count}} (reprint)',
  issuedOn: '{{date}}',
}
