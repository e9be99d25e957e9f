import {
  PaperView,
  paperOfStep,
  type CaseDocumentView,
  type Delivery,
  type Input,
  type PaperKind,
  type ProvisionalField,
} from '@shared/contract'
import { isProvisional } from '@shared/cases/deadlines'
import { foldLog, REVIEW_DAYS } from '@shared/followUp/caseLog'
import { addDays } from '@shared/plan/notices'
import { hallDate } from '@shared/time/hallClock'
import { writeAction, type CallContext, type Db } from '../core/context'
import { DomainError } from '../core/domainError'
import { currentOutcome } from '../outcome/decisions'
import { loggedSteps, readCaseSource } from '../followUp/caseSource'
import { documentSource, head, petitionerOnPaper, readDocument, type Source } from './documents'

// The follow-up papers (issue 14): 受理告知书, 延期办理告知书, 信访事项处理意见书, 催办单 and
// 现场处理记录, each built from one step of the case's log and the case as the day's papers show
// it (the issuing body from the settings, dates marked provisional where the calendar of their
// year is not known), and archived in case_document with the entry it states.

type Entry = Awaited<ReturnType<typeof readCaseSource>>['entries'][number]

export async function paperSource(db: Db, caseId: number, entryId: number) {
  const log = await readCaseSource(db, caseId)
  const index = log.entries.findIndex((e) => e.entryId === entryId)
  const entry = log.entries[index]
  const kind = entry ? paperOfStep(entry.kind) : null
  if (!entry || !kind) throw new DomainError('caseError.noPaper', {}, 'not_found')
  // The case as it stood once this step was taken (its deadline, its notice).
  const fold = foldLog(log.kase.deadline, loggedSteps(log.entries.slice(0, index + 1)))
  return { kind, entry, fold, source: await documentSource(db, caseId) }
}

const text = (entry: Entry, key: string) =>
  typeof entry.data[key] === 'string' ? (entry.data[key] as string) : ''

function addressed(source: Source) {
  return { addressees: source.members.map((m) => m.name), headcount: source.kase.headcount }
}

export function buildPaper(
  kind: PaperKind,
  entry: Entry,
  fold: ReturnType<typeof foldLog>,
  source: Source,
  issuedOn: string,
): PaperView {
  const acceptedOn = source.kase.accepted_on ?? source.kase.dayDate
  const provisional: ProvisionalField[] = []
  const mark = (field: ProvisionalField, date: string | null) => {
    if (date && isProvisional(acceptedOn, date, source.calendar)) provisional.push(field)
  }
  const base = { ...head(source, issuedOn), entryId: entry.entryId, stepOn: entry.on }
  switch (kind) {
    case 'acceptance_notice':
      mark('deadline', fold.deadline)
      return {
        kind,
        ...base,
        ...addressed(source),
        acceptedOn,
        departmentName: source.departmentName,
        deadline: fold.deadline,
        provisional,
      }
    case 'extension_notice': {
      const previous = text(entry, 'from') || (fold.deadline ?? acceptedOn)
      const deadline = entry.deadline ?? fold.deadline ?? previous
      mark('previousDeadline', previous)
      mark('deadline', deadline)
      return {
        kind,
        ...base,
        ...addressed(source),
        departmentName: source.departmentName,
        previousDeadline: previous,
        deadline,
        days: Number(entry.data['days'] ?? 0),
        reason: text(entry, 'reason'),
        approvedBy: text(entry, 'approvedBy'),
        provisional,
      }
    }
    case 'handling_opinion':
      return {
        kind,
        ...base,
        ...addressed(source),
        departmentName: source.departmentName,
        content: text(entry, 'content'),
        delivery: text(entry, 'delivery') as Delivery,
        reviewBy: addDays(entry.on, REVIEW_DAYS),
        provisional,
      }
    case 'reminder_slip':
      mark('deadline', fold.deadline)
      return {
        kind,
        ...base,
        petitioner: petitionerOnPaper(source),
        departmentName: source.departmentName,
        ownerLeader: source.ownerLeader,
        acceptedOn,
        deadline: fold.deadline,
        noticeOn: fold.noticeOn,
        note: text(entry, 'note'),
        provisional,
      }
    case 'on_spot_record':
      return {
        kind,
        ...base,
        ...addressed(source),
        receivingLeader: {
          id: source.kase.receivingId,
          name: source.kase.receivingName,
          title: source.kase.receivingTitle,
        },
        decided: text(entry, 'decided'),
        present: text(entry, 'present'),
        provisional,
      }
  }
}

/** What the paper of a log entry prints now (the print template's preview). */
export async function casePaper(ctx: CallContext, input: Input<'case', 'paper'>) {
  const { kind, entry, fold, source } = await paperSource(ctx.db, input.caseId, input.entryId)
  return PaperView.parse(buildPaper(kind, entry, fold, source, hallDate(ctx)))
}

/**
 * Records a print of a follow-up paper and returns exactly what to print: the first print of
 * an entry's paper snapshots it; printing it again reprints that snapshot.
 */
export async function issuePaper(
  ctx: CallContext,
  input: Input<'case', 'issuePaper'>,
): Promise<CaseDocumentView> {
  return writeAction(ctx, async ({ trx, at, emit }) => {
    const outcome = await currentOutcome(trx, input.caseId)
    if (!outcome) throw new DomainError('caseError.notFound', {}, 'not_found')
    const { kind, entry, fold, source } = await paperSource(trx, input.caseId, input.entryId)
    const original = await trx
      .selectFrom('case_document')
      .select(['id', 'snapshot_json'])
      .where('case_id', '=', input.caseId)
      .where('log_entry_id', '=', input.entryId)
      .where('reprint_of', 'is', null)
      .where('superseded', '=', 0)
      .executeTakeFirst()
    const snapshotJson =
      original?.snapshot_json ??
      JSON.stringify(buildPaper(kind, entry, fold, source, hallDate(ctx)))
    const row = await trx
      .insertInto('case_document')
      .values({
        case_id: input.caseId,
        outcome_id: outcome.id,
        kind,
        reprint_of: original?.id ?? null,
        printed_at: at,
        printed_by: ctx.actor,
        snapshot_json: snapshotJson,
        log_entry_id: input.entryId,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    emit({ topic: 'case', dayId: null, tableNos: [] })
    return readDocument(trx, row.id)
  })
}
