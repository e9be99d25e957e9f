import type { CaseDocumentSnapshot, ProvisionalField } from '@shared/contract'
import { issuerName } from './format'
import { AcceptanceNotice } from './papers/AcceptanceNotice'
import { Commitment } from './papers/Commitment'
import { ExtensionNotice } from './papers/ExtensionNotice'
import { HandlingOpinion } from './papers/HandlingOpinion'
import { OnSpotRecord } from './papers/OnSpotRecord'
import type { ArchiveMark } from './papers/parts'
import { ReminderSlip } from './papers/ReminderSlip'
import { Slip } from './papers/Slip'
import { WrittenNotice } from './papers/WrittenNotice'
import { usePrintLanguage } from './usePrintLanguage'

export type { ArchiveMark } from './papers/parts'

/** A case document as printed: the snapshot, plus the archive's mark when it is one. */
export function CaseDocumentSheet({
  snapshot,
  archive,
}: {
  snapshot: CaseDocumentSnapshot
  archive: ArchiveMark | null
}) {
  const { t } = usePrintLanguage()
  return (
    <article className="case-doc" aria-label={t(`documentKind.${snapshot.kind}`)}>
      {archive?.superseded && (
        <div className="void-mark" aria-hidden="true">
          作废
        </div>
      )}
      <div className="masthead">{issuerName(t, snapshot)}</div>
      <Paper snapshot={snapshot} archive={archive} />
      <div className="footer">
        <ProvisionalNote provisional={snapshot.kind === 'notice' ? [] : snapshot.provisional} />
        {archive && (
          <div className="archive">
            {t(archive.reprint ? 'casePrint.archiveReprint' : 'casePrint.archive', {
              id: String(archive.originalId).padStart(6, '0'),
              count: archive.printCount,
            })}
          </div>
        )}
      </div>
    </article>
  )
}

/** The paper of the snapshot's kind, one component a kind (./papers). */
function Paper({
  snapshot,
  archive,
}: {
  snapshot: CaseDocumentSnapshot
  archive: ArchiveMark | null
}) {
  switch (snapshot.kind) {
    case 'slip':
      return <Slip view={snapshot} archive={archive} />
    case 'commitment':
      return <Commitment view={snapshot} archive={archive} />
    case 'notice':
      return <WrittenNotice view={snapshot} archive={archive} />
    case 'acceptance_notice':
      return <AcceptanceNotice view={snapshot} archive={archive} />
    case 'extension_notice':
      return <ExtensionNotice view={snapshot} archive={archive} />
    case 'handling_opinion':
      return <HandlingOpinion view={snapshot} archive={archive} />
    case 'reminder_slip':
      return <ReminderSlip view={snapshot} archive={archive} />
    case 'on_spot_record':
      return <OnSpotRecord view={snapshot} archive={archive} />
  }
}

/**
 * What 「暂定」 means, at the foot of a paper that has provisional dates: beside the archive
 * number, in its small type, so a full slip still fits its one page.
 */
function ProvisionalNote({ provisional }: { provisional: ProvisionalField[] }) {
  const { t } = usePrintLanguage()
  if (provisional.length === 0) return null
  return (
    <p className="provisional-note" role="note">
      {t('casePrint.provisionalNote')}
    </p>
  )
}
