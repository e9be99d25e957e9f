import {
  CaseDocumentSnapshot,
  documentsFor,
  type CaseDocumentView,
  type CommitmentView,
  type DocumentKind,
  type LawfulChannel,
  type PetitionerOnPaper,
  type ProvisionalField,
  type SlipView,
  type WrittenNoticeView,
  type Input,
} from '@shared/contract'
import type { WorkingCalendar } from '@shared/calendar/workingCalendar'
import {
  acceptanceNoticeDeadline,
  handlingDeadline,
  isProvisional,
  objectionDeadline,
} from '@shared/cases/deadlines'
import { maskName } from '@shared/person/mask'
import { hallDate } from '@shared/time/hallClock'
import { writeAction, type ServiceContext, type Db, type CallContext } from '../core/context'
import { DomainError } from '../core/domainError'
import { hallInfo } from '../batch/receipt'
import { currentOutcome, supersededReason } from '../outcome/decisions'
import { workingCalendar } from '../calendar/workingCalendar'
import { readSettings } from '../reference/settings'
import { caseHead } from './caseHead'

// The case documents (交办单, 限期办结承诺书, 书面告知): built by the hub from the case and its
// current outcome, already masked for where they go; every print archived with a snapshot.

export async function documentSource(db: Db, caseId: number) {
  const kase = await caseHead(db)
    .innerJoin('duty', 'duty.id', 'batch.duty_id')
    .innerJoin('leader as receiving', 'receiving.id', 'duty.leader_id')
    .select([
      'petition_case.deadline',
      'batch.headcount',
      'receiving.id as receivingId',
      'receiving.name as receivingName',
      'receiving.title as receivingTitle',
    ])
    .where('petition_case.id', '=', caseId)
    .executeTakeFirst()
  if (!kase) throw new DomainError('caseError.notFound', {}, 'not_found')
  const outcome = await currentOutcome(db, caseId)
  if (!outcome) throw new DomainError('caseError.notFound', {}, 'not_found')
  const department = outcome.department_id
    ? await db
        .selectFrom('department')
        .select('name')
        .where('id', '=', outcome.department_id)
        .executeTakeFirst()
    : undefined
  const owner = outcome.owner_leader_id
    ? await db
        .selectFrom('leader')
        .select(['id', 'name', 'title'])
        .where('id', '=', outcome.owner_leader_id)
        .executeTakeFirst()
    : undefined
  const consulted = await db
    .selectFrom('outcome_department')
    .innerJoin('department', 'department.id', 'outcome_department.department_id')
    .select('department.name')
    .where('outcome_department.outcome_id', '=', outcome.id)
    .orderBy('department.id')
    .execute()
  const members = await db
    .selectFrom('batch_member')
    .innerJoin('person', 'person.id', 'batch_member.person_id')
    .select(['person.name', 'person.phone', 'person.address'])
    .where('batch_member.batch_id', '=', kase.batch_id)
    .orderBy('batch_member.sort')
    .execute()
  return {
    kase,
    outcome,
    departmentName: department?.name ?? null,
    ownerLeader: owner ? { id: owner.id, name: owner.name, title: owner.title } : null,
    consulted: consulted.map((c) => c.name),
    members,
    hall: await hallInfo(db),
    calendar: await workingCalendar(db),
    issuingBody: (await readSettings(db)).issuingBody,
  }
}

export type Source = Awaited<ReturnType<typeof documentSource>>

/**
 * Who came, for a paper that goes to a department: never the accuser of an accusation
 * (信访工作条例 art. 30 ¶3, 46(5)), not even masked; full contact only where the leader let
 * the department contact them; masked otherwise.
 */
export function petitionerOnPaper(
  source: Pick<Source, 'kase' | 'outcome' | 'members'>,
): PetitionerOnPaper {
  const headcount = source.kase.headcount
  if (source.kase.nature === 'accusation') return { mode: 'withheld', headcount }
  if (source.outcome.share_contact === 1)
    return {
      mode: 'contact',
      headcount,
      persons: source.members.map((m) => ({ name: m.name, phone: m.phone, address: m.address })),
    }
  return { mode: 'masked', headcount, names: source.members.map((m) => maskName(m.name)) }
}

export function head(source: Source, issuedOn: string) {
  return {
    caseId: source.kase.id,
    caseNo: source.kase.case_no,
    outcomeId: source.outcome.id,
    ...source.hall,
    issuingBody: source.issuingBody,
    dayDate: source.kase.dayDate,
    issuedOn,
    nature: source.kase.nature,
    summary: source.kase.summary,
    decision: source.outcome.decision,
  }
}

function unavailable(kind: DocumentKind): never {
  throw new DomainError(`caseError.no.${kind}`, {}, 'conflict')
}

/**
 * The dates a slip states, on the calendar: the case's deadline as it stands (recomputed when
 * the staff enter a year), the statute's, the acceptance notice's and the objection's, and
 * which of them are provisional.
 */
export function slipDates(
  kase: { acceptedOn: string; deadline: string | null; deadlineRule: string | null },
  issuedOn: string,
  calendar: WorkingCalendar,
) {
  const statute = handlingDeadline(kase.acceptedOn, calendar)
  const notice = acceptanceNoticeDeadline(kase.acceptedOn, calendar)
  const objection = objectionDeadline(issuedOn, calendar)
  const deadline = kase.deadline ?? statute.date
  const provisional: ProvisionalField[] = []
  if (isProvisional(kase.acceptedOn, deadline, calendar)) provisional.push('deadline')
  if (statute.provisional) provisional.push('statuteDeadline')
  if (notice.provisional) provisional.push('acceptanceNoticeBy')
  if (objection.provisional) provisional.push('objectionBy')
  return {
    deadline,
    deadlineRule: kase.deadlineRule ?? 'statute:art34:60d',
    statuteDeadline: statute.date,
    acceptanceNoticeBy: notice.date,
    objectionBy: objection.date,
    provisional,
  }
}

/** The dates a commitment states: the deadline alone. */
export function commitmentDates(
  kase: { acceptedOn: string; deadline: string | null; deadlineRule: string | null },
  calendar: WorkingCalendar,
) {
  const all = slipDates(kase, kase.acceptedOn, calendar)
  return {
    deadline: all.deadline,
    deadlineRule: all.deadlineRule,
    provisional: all.provisional.filter((f) => f === 'deadline'),
  }
}

/** The case's own deadline (recomputed by the calendar), else the outcome's as decided. */
const caseDates = (source: Source) => ({
  acceptedOn: source.kase.accepted_on ?? source.kase.dayDate,
  deadline: source.kase.deadline ?? source.outcome.deadline,
  deadlineRule: source.kase.deadline_rule ?? source.outcome.deadline_rule,
})

function buildSlip(source: Source, issuedOn: string): SlipView {
  const { outcome, kase } = source
  if ((outcome.kind !== 'assigned' && outcome.kind !== 'forwarded') || !source.departmentName)
    unavailable('slip')
  return {
    kind: 'slip',
    ...head(source, issuedOn),
    outcome: outcome.kind,
    categoryName: kase.categoryName,
    townshipName: kase.townshipName,
    petitioner: petitionerOnPaper(source),
    consulted: source.consulted,
    departmentName: source.departmentName,
    ownerLeader: source.ownerLeader,
    ...slipDates(caseDates(source), issuedOn, source.calendar),
  }
}

function buildCommitment(source: Source, issuedOn: string): CommitmentView {
  const { outcome, kase } = source
  if (outcome.kind !== 'assigned' || !source.departmentName) unavailable('commitment')
  return {
    kind: 'commitment',
    ...head(source, issuedOn),
    petitioner: petitionerOnPaper(source),
    departmentName: source.departmentName,
    ownerLeader: source.ownerLeader,
    receivingLeader: { id: kase.receivingId, name: kase.receivingName, title: kase.receivingTitle },
    ...commitmentDates(caseDates(source), source.calendar),
  }
}

function buildNotice(source: Source, issuedOn: string): WrittenNoticeView {
  const { outcome, kase } = source
  if (outcome.kind !== 'not_accepted' || !outcome.channel) unavailable('notice')
  return {
    kind: 'notice',
    ...head(source, issuedOn),
    // Handed to the petitioner: addressed to them by name.
    addressees: source.members.map((m) => m.name),
    headcount: kase.headcount,
    channel: outcome.channel as LawfulChannel,
    channelNote: outcome.channel_note,
  }
}

const builders = { slip: buildSlip, commitment: buildCommitment, notice: buildNotice }

/** What the document of this kind prints for the case now (the print templates' preview). */
export async function caseDocumentView<K extends DocumentKind>(
  ctx: ServiceContext,
  caseId: number,
  kind: K,
): Promise<ReturnType<(typeof builders)[K]>> {
  const source = await documentSource(ctx.db, caseId)
  return builders[kind](source, hallDate(ctx)) as ReturnType<(typeof builders)[K]>
}

export const caseSlip = (ctx: CallContext, input: Input<'case', 'slip'>) =>
  caseDocumentView(ctx, input.caseId, 'slip')
export const caseCommitment = (ctx: CallContext, input: Input<'case', 'commitment'>) =>
  caseDocumentView(ctx, input.caseId, 'commitment')
export const caseNotice = (ctx: CallContext, input: Input<'case', 'notice'>) =>
  caseDocumentView(ctx, input.caseId, 'notice')

export async function readDocument(db: Db, documentId: number): Promise<CaseDocumentView> {
  const row = await db
    .selectFrom('case_document')
    .select([
      'id',
      'case_id',
      'kind',
      'outcome_id',
      'printed_at',
      'printed_by',
      'reprint_of',
      'snapshot_json',
      'superseded',
      'superseded_at',
      'superseded_reason',
      'pdf_saved_at',
      'log_entry_id',
    ])
    .where('id', '=', documentId)
    .executeTakeFirst()
  if (!row) throw new DomainError('caseError.documentNotFound', {}, 'not_found')
  const originalId = row.reprint_of ?? row.id
  const count = await db
    .selectFrom('case_document')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => eb.or([eb('id', '=', originalId), eb('reprint_of', '=', originalId)]))
    .where('id', '<=', row.id)
    .executeTakeFirstOrThrow()
  return {
    documentId: row.id,
    caseId: row.case_id,
    kind: row.kind,
    entryId: row.log_entry_id,
    outcomeId: row.outcome_id,
    printedAt: row.printed_at,
    printedBy: row.printed_by,
    reprintOf: row.reprint_of,
    originalId,
    printCount: Number(count.n),
    superseded: row.superseded === 1,
    supersededAt: row.superseded_at,
    supersededReason: supersededReason(row),
    hasPdf: row.pdf_saved_at !== null,
    snapshot: CaseDocumentSnapshot.parse(JSON.parse(row.snapshot_json)),
  }
}

export const caseDocument = (ctx: CallContext, input: Input<'case', 'document'>) =>
  readDocument(ctx.db, input.documentId)

/**
 * Records a print of a case document and returns exactly what to print. The first print of a
 * document for the current outcome snapshots it; printing it again reprints that snapshot, so
 * every copy says the same. Refused when the outcome the screen showed has been amended since.
 */
export async function issueDocument(
  ctx: CallContext,
  input: Input<'case', 'issueDocument'>,
): Promise<CaseDocumentView> {
  return writeAction(ctx, async ({ trx, at, emit }) => {
    const outcome = await currentOutcome(trx, input.caseId)
    if (!outcome) throw new DomainError('caseError.notFound', {}, 'not_found')
    if (outcome.id !== input.outcomeId)
      throw new DomainError('caseError.outcomeChanged', {}, 'conflict')
    if (!documentsFor(outcome.kind).includes(input.kind)) unavailable(input.kind)
    const original = await trx
      .selectFrom('case_document')
      .select(['id', 'snapshot_json'])
      .where('case_id', '=', input.caseId)
      .where('outcome_id', '=', outcome.id)
      .where('kind', '=', input.kind)
      .where('reprint_of', 'is', null)
      .where('superseded', '=', 0)
      .executeTakeFirst()
    let snapshotJson: string
    if (original) snapshotJson = original.snapshot_json
    else {
      const source = await documentSource(trx, input.caseId)
      snapshotJson = JSON.stringify(builders[input.kind](source, hallDate(ctx)))
    }
    const row = await trx
      .insertInto('case_document')
      .values({
        case_id: input.caseId,
        outcome_id: outcome.id,
        kind: input.kind,
        reprint_of: original?.id ?? null,
        printed_at: at,
        printed_by: ctx.actor,
        snapshot_json: snapshotJson,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    emit({ topic: 'case', dayId: null, tableNos: [] })
    return readDocument(trx, row.id)
  })
}

/** Records a reprint of an archived document: the same snapshot, superseded or not. */
export async function reprintDocument(
  ctx: CallContext,
  input: Input<'case', 'reprint'>,
): Promise<CaseDocumentView> {
  return writeAction(ctx, async ({ trx, at, emit }) => {
    const doc = await trx
      .selectFrom('case_document')
      .selectAll()
      .where('id', '=', input.documentId)
      .executeTakeFirst()
    if (!doc) throw new DomainError('caseError.documentNotFound', {}, 'not_found')
    const originalId = doc.reprint_of ?? doc.id
    const original = await trx
      .selectFrom('case_document')
      .selectAll()
      .where('id', '=', originalId)
      .executeTakeFirstOrThrow()
    const row = await trx
      .insertInto('case_document')
      .values({
        case_id: original.case_id,
        outcome_id: original.outcome_id,
        kind: original.kind,
        reprint_of: original.id,
        printed_at: at,
        printed_by: ctx.actor,
        snapshot_json: original.snapshot_json,
        superseded: original.superseded,
        superseded_at: original.superseded_at,
        superseded_reason: original.superseded_reason,
        log_entry_id: original.log_entry_id,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    emit({ topic: 'case', dayId: null, tableNos: [] })
    return readDocument(trx, row.id)
  })
}

const PDF_MAGIC = Buffer.from('%PDF-')

/** Archives the PDF the desktop app printed for a document; an archived PDF is never replaced. */
export async function attachPdf(
  ctx: CallContext,
  input: Input<'case', 'attachPdf'>,
): Promise<{ documentId: number; bytes: number }> {
  const pdf = Buffer.from(input.pdfBase64, 'base64')
  if (!pdf.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC))
    throw new DomainError('caseError.notPdf')
  return writeAction(ctx, async ({ trx, at, emit }) => {
    const doc = await trx
      .selectFrom('case_document')
      .select(['id', 'pdf_saved_at'])
      .where('id', '=', input.documentId)
      .executeTakeFirst()
    if (!doc) throw new DomainError('caseError.documentNotFound', {}, 'not_found')
    if (doc.pdf_saved_at !== null) throw new DomainError('caseError.pdfExists', {}, 'conflict')
    await trx
      .updateTable('case_document')
      .set({ pdf, pdf_saved_at: at })
      .where('id', '=', doc.id)
      .execute()
    emit({ topic: 'case', dayId: null, tableNos: [] })
    return { documentId: doc.id, bytes: pdf.length }
  })
}
