import { addDays } from '@shared/plan/notices'

// The valid input of every procedure of the contract that takes one, on a seeded hall: the
// invalid inputs (invalidInputs.test.ts) are derived from these, and the roles walk
// (roles.test.ts) calls every procedure with them.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- seeded replies, read by field
type Call = (path: string, input?: unknown) => Promise<any>

/** The person of the batch decided at table 1, in full: what a board must never read. */
export const SEEDED_PERSON = {
  name: '张三',
  idNumber: '11010519491231002X',
  phone: '13800138000',
  address: '浦阳街道 1 号',
}

/** The hall's clerk (people.create): may act at an admin, desk or staff device. */
export const SEEDED_CLERK = { name: '王登记', pin: '135790' }

/**
 * Seeds a hall (townships, a category, a department, two leaders at tables 1 and 2, today's
 * day, a batch decided at table 1 with its case and slip, one batch waiting at table 1, an
 * appointment) through the API, and returns a valid input of every procedure that takes one,
 * each naming what was seeded at table 1.
 */
export async function seedHall(mutate: Call, query: Call): Promise<Record<string, unknown>> {
  const { today } = (await query('day.list')) as { today: string }
  await mutate('people.create', {
    name: SEEDED_CLERK.name,
    roles: ['admin', 'desk', 'staff'],
    secretKind: 'pin',
    secret: SEEDED_CLERK.pin,
  })
  const towns = (await mutate('reference.importTownships', { countyCode: '330726' })) as {
    townships: { code: string }[]
  }
  const township = towns.townships[0]?.code ?? ''
  const category = (await mutate('reference.createCategory', { name: '测试分类甲' })).id as number
  const department = (await mutate('reference.createDepartment', { name: '测试单位甲' }))
    .id as number
  const leader = (
    await mutate('leader.create', {
      name: '王建国',
      title: '县长',
      areaIds: [category],
      townshipCodes: [township],
    })
  ).id as number
  const other = (await mutate('leader.create', { name: '李秀英', title: '副县长' })).id as number
  const dayId = (
    await mutate('day.plan', {
      date: today,
      place: '县人民来访接待中心',
      duties: [
        { leaderId: leader, tableNo: 1, isLead: true },
        { leaderId: other, tableNo: 2 },
      ],
    })
  ).id as number
  const person = SEEDED_PERSON
  const registration = {
    dayId,
    kind: 'individual',
    headcount: 1,
    members: [person],
    nature: 'appeal',
    categoryId: category,
    townshipCode: township,
    village: '前吴村',
    summary: '宅基地审批\n拖了半年',
    flags: { elderly: false, disabled: false, urgent: false, hard: false },
    tableNo: 1,
  }
  const seen = (await mutate('batch.register', registration)).batchId as number
  const waiting = (await mutate('batch.register', { ...registration, members: [{ name: '李四' }] }))
    .batchId as number
  await mutate('queue.callNext', { dayId, tableNo: 1, batchId: seen })
  await mutate('queue.start', { batchId: seen, tableNo: 1 })
  const matter = {
    summary: '宅基地审批',
    nature: 'appeal',
    categoryId: category,
    townshipCode: township,
    decision: '交县住建局办理',
    outcome: 'assigned',
    departmentId: department,
    ownerLeaderId: leader,
    promisedDeadline: addDays(today, 30),
    shareContact: false,
  }
  const recorded = await mutate('outcome.record', {
    batchId: seen,
    decision: '交办',
    consultedDepartmentIds: [department],
    matters: [matter],
  })
  const caseId = recorded.cases[0].caseId as number
  const detail = await query('case.get', { caseId })
  const outcomeId = detail.outcomes[0].outcomeId as number
  const documentId = (await mutate('case.issueDocument', { caseId, kind: 'slip', outcomeId }))
    .documentId as number
  // A step with a paper (受理告知), for the follow-up papers' procedures.
  const noticed = await mutate('followUp.step', { kind: 'notice', caseId })
  const entryId = noticed.entries[noticed.entries.length - 1].entryId as number
  const appointmentId = (
    await mutate('appointment.create', { dayId, person: { name: '赵六' }, summary: '工资拖欠' })
  ).id as number

  const later = addDays(today, 40)
  const leaderFields = {
    name: '赵六',
    title: '副县长',
    areaIds: [category],
    townshipCodes: [township],
  }
  const { dayId: _dayId, tableNo: _tableNo, ...correction } = registration
  return {
    'backup.create': { keep: 5 },
    // No device is paired in the seeded hall (pairing is HTTP, devices.test.ts): id 1 is none.
    'device.startPairing': { name: '二号接待桌', role: 'leader', tableNo: 2 },
    'device.rename': { id: 1, name: '一号登记台' },
    'device.setRole': { id: 1, role: 'desk' },
    'device.revoke': { id: 1 },
    // The seeded hall's person (seedHall): signs in with the PIN below.
    'people.create': { name: '李登记', roles: ['desk'], secretKind: 'pin', secret: '246810' },
    'people.update': { id: 1, roles: ['desk', 'staff'], active: true },
    'people.setSecret': { id: 1, secretKind: 'password', secret: 'correct horse' },
    'people.unlock': { id: 1 },
    'people.signIn': { name: SEEDED_CLERK.name, secret: SEEDED_CLERK.pin },
    'people.audit': { personId: 1, page: 1 },
    'backup.restore': { file: 'hall-2026-01-01-000000-manual.db' },
    'leader.list': { includeInactive: true },
    'leader.create': leaderFields,
    'leader.update': { id: other, ...leaderFields },
    'leader.setActive': { id: other, active: true },
    'day.get': { date: today },
    'day.plan': {
      date: later,
      place: '县人民来访接待中心',
      opensAt: '08:30',
      closesAt: '17:00',
      duties: [{ leaderId: leader, tableNo: 1, isLead: true }],
    },
    'day.list': { recentLimit: 10 },
    'day.markAnnounced': { dayId, notice: 10 },
    'day.announcement': { dayId },
    'day.close': { dayId },
    'batch.register': registration,
    'batch.listForDay': { dayId },
    'batch.get': { batchId: waiting },
    'batch.correct': { batchId: waiting, reason: '姓名录错', ...correction },
    'batch.cancel': { batchId: waiting, reason: '重复登记' },
    'batch.receipt': { batchId: waiting },
    'appointment.list': { dayId },
    'appointment.create': {
      dayId,
      person,
      leaderId: leader,
      slot: '10:30',
      summary: '工资拖欠',
      dossier: '前次来访：\n已交办',
    },
    'appointment.cancel': { id: appointmentId, reason: '本人来电取消' },
    'desk.lookup': {
      dayId,
      idNumber: person.idNumber,
      phone: person.phone,
      name: '张三',
      townshipCode: township,
    },
    'desk.suggestRoute': {
      dayId,
      personIds: [1],
      townshipCode: township,
      categoryId: category,
      headcount: 1,
      hard: false,
    },
    'desk.search': { query: '宅基地', limit: 10 },
    'queue.forTable': { dayId, tableNo: 1 },
    'queue.board': { dayId },
    'queue.callNext': { dayId, tableNo: 1, batchId: waiting },
    'queue.start': { batchId: waiting, tableNo: 1 },
    'queue.recall': { batchId: waiting, tableNo: 1 },
    'queue.noShow': { batchId: waiting, tableNo: 1, reason: '叫号未到' },
    'queue.requeue': { batchId: waiting, tableNo: 1, reason: '本人返回' },
    'queue.transfer': { batchId: waiting, tableNo: 1, toTableNo: 2, reason: '属分管领域' },
    'queue.pause': { dayId, tableNo: 1, reason: '会商' },
    'queue.resume': { dayId, tableNo: 1 },
    'queue.endDay': { dayId, tableNo: 1, transferTo: 2, reason: '另有公务' },
    'outcome.draft': { batchId: seen },
    'outcome.record': {
      batchId: waiting,
      decision: '交办',
      consultedDepartmentIds: [department],
      matters: [matter],
    },
    'outcome.amend': {
      caseId,
      reason: '改为转送',
      decision: '向县人民法院提起诉讼',
      consultedDepartmentIds: [department],
      outcome: 'not_accepted',
      channel: 'other',
      channelNote: '向县人民法院提起诉讼',
      shareContact: false,
    },
    'case.list': { state: 'all', due: 'all', limit: 10 },
    'case.get': { caseId },
    'case.slip': { caseId },
    'case.commitment': { caseId },
    'case.notice': { caseId },
    'case.document': { documentId },
    'case.issueDocument': { caseId, kind: 'commitment', outcomeId },
    'case.reprint': { documentId },
    'case.attachPdf': { documentId, pdfBase64: 'JVBERi0xLjQKJeLjz9MK' },
    'case.paper': { caseId, entryId },
    'case.issuePaper': { caseId, entryId },
    'tally.get': { dayId },
    'tally.city': { date: today },
    'followUp.log': { caseId },
    'followUp.step': {
      kind: 'progress',
      caseId,
      on: today,
      departmentId: department,
      note: '已联系',
    },
    'followUp.workList': { ownerLeaderId: leader },
    'followUp.rates': { month: today.slice(0, 7) },
    'followUp.closeMonth': { month: '2025-12' },
    'followUp.query': { code: 'ABCDEFGHJK', lastDigits: '1234' },
    'followUp.rate': {
      code: 'ABCDEFGHJK',
      lastDigits: '1234',
      caseNo: '2026-0001',
      satisfaction: 'satisfied',
    },
    'followUp.owned': { tableNo: 1 },
    'followUp.setRateSettings': {
      wPercent: 90,
      responseWeight: 10,
      resolutionWeight: 50,
      satisfactionWeight: 40,
    },
    'calendar.setYear': {
      year: 2027,
      source: '国办发明电〔2026〕7号',
      days: [
        { date: '2027-01-01', kind: 'holiday', name: '元旦' },
        { date: '2027-02-07', kind: 'workday', name: '春节' },
      ],
    },
    'calendar.importFile': {
      year: 2027,
      source: '国办发明电〔2026〕7号',
      text: 'date,kind,name\n2027-01-01,holiday,元旦\n',
    },
    'calendar.removeYear': { year: 2027 },
    'reference.categories': { includeInactive: true },
    'reference.createCategory': { name: '测试分类乙' },
    'reference.renameCategory': { id: category, name: '测试分类丙' },
    'reference.setCategoryActive': { id: category, active: true },
    'reference.departments': { includeInactive: true },
    'reference.createDepartment': { name: '测试单位乙' },
    'reference.renameDepartment': { id: department, name: '测试单位丙' },
    'reference.setDepartmentActive': { id: department, active: true },
    'reference.searchCounties': { query: '浦江' },
    'reference.townships': { countyCode: '330726' },
    'reference.importTownships': { countyCode: '330726' },
    'reference.updateSettings': {
      hallName: '浦江县人民来访接待中心',
      hallPhone: '13900139000',
      clerkName: '小陈',
    },
    'demo.create': { date: later },
  }
}
