import { useMutation, useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useParams, useSearchParams } from 'react-router'
import { DocumentKind, type CaseDocumentSnapshot, type CaseDocumentView } from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { errorMessage } from '../../shared/hubError'
import { caseDocumentCss } from './caseDocumentStyle'
import { CaseDocumentSheet, type ArchiveMark } from './CaseDocumentSheet'
import { PrintFrame } from './PrintFrame'
import { usePrintLanguage } from './usePrintLanguage'

// The case documents on A4. Every print is recorded with the case (case_document) before the
// sheet goes to the printer, and what is printed is the recorded snapshot:
//   #/print/case/:caseId/:kind      preview of the current outcome's document; printing (the
//                                   toolbar, `?autoprint=1`, or `?issue=1` for the desktop
//                                   app's silent print) records it first;
//   #/print/document/:documentId    an archived print, exactly as it was, marked void when its
//                                   outcome was amended; printing it records a reprint.

const markOf = (doc: CaseDocumentView): ArchiveMark => ({
  originalId: doc.originalId,
  printCount: doc.printCount,
  reprint: doc.reprintOf !== null,
  superseded: doc.superseded,
  supersededAt: doc.supersededAt,
  supersededReason: doc.supersededReason,
})

function titleOf(
  t: (key: string) => string,
  snapshot: CaseDocumentSnapshot | undefined,
  kind: string,
) {
  const name = t(`documentKind.${kind}`)
  return snapshot ? `${name} ${snapshot.caseNo}` : name
}

/** Records a print (a mutation returning the printed document) and then prints it. */
function usePrintRecorder(
  record: boolean,
  start: (() => void) | null,
  printed: CaseDocumentView | null,
) {
  const [printAfter, setPrintAfter] = useState(false)
  const [started, setStarted] = useState(false)
  // `?issue=1` / `?autoprint=1`: record as soon as the content is known; PrintFrame prints.
  useEffect(() => {
    if (!record || started || !start) return
    setStarted(true)
    start()
  }, [record, started, start])
  // The toolbar's print: record, then print the recorded sheet once rendered.
  useEffect(() => {
    if (!printAfter || !printed) return
    const frame = requestAnimationFrame(() => {
      setPrintAfter(false)
      window.print()
    })
    return () => cancelAnimationFrame(frame)
  }, [printAfter, printed])
  return () => {
    if (!start) return
    setPrintAfter(true)
    start()
  }
}

/** A new document (or the same one again) starts afresh: nothing recorded yet. */
export function CaseDocumentPage() {
  const { caseId, kind } = useParams()
  const [search] = useSearchParams()
  return <CaseDocument key={`${caseId}/${kind}?${search.toString()}`} />
}

function CaseDocument() {
  const trpc = useTRPC()
  const { t } = usePrintLanguage()
  const params = useParams()
  const caseId = Number(params['caseId'])
  const kind = DocumentKind.catch('slip').parse(params['kind'])
  const [search] = useSearchParams()
  const record = search.get('issue') === '1' || search.get('autoprint') === '1'

  const slip = useQuery({ ...trpc.case.slip.queryOptions({ caseId }), enabled: kind === 'slip' })
  const commitment = useQuery({
    ...trpc.case.commitment.queryOptions({ caseId }),
    enabled: kind === 'commitment',
  })
  const notice = useQuery({
    ...trpc.case.notice.queryOptions({ caseId }),
    enabled: kind === 'notice',
  })
  const view = { slip, commitment, notice }[kind]
  const [printed, setPrinted] = useState<CaseDocumentView | null>(null)
  const issue = useMutation(trpc.case.issueDocument.mutationOptions({ onSuccess: setPrinted }))
  const outcomeId = view.data?.outcomeId
  const { mutate } = issue
  const start = outcomeId === undefined ? null : () => mutate({ caseId, kind, outcomeId })
  const print = usePrintRecorder(record, start, printed)

  const snapshot = printed?.snapshot ?? view.data
  const failure = view.error ?? issue.error
  return (
    <PrintFrame
      title={titleOf(t, snapshot, kind)}
      pageCss={caseDocumentCss}
      ready={record ? printed !== null : view.data !== undefined}
      error={failure ? errorMessage(failure, t) : null}
      onPrint={print}
    >
      {snapshot && (
        <div data-document-id={printed?.documentId ?? ''}>
          <CaseDocumentSheet snapshot={snapshot} archive={printed ? markOf(printed) : null} />
        </div>
      )}
    </PrintFrame>
  )
}

export function ArchivedDocumentPage() {
  const { documentId } = useParams()
  const [search] = useSearchParams()
  return <ArchivedDocument key={`${documentId}?${search.toString()}`} />
}

function ArchivedDocument() {
  const trpc = useTRPC()
  const { t } = usePrintLanguage()
  const documentId = Number(useParams()['documentId'])
  const [search] = useSearchParams()
  const record = search.get('issue') === '1' || search.get('autoprint') === '1'

  const archived = useQuery(trpc.case.document.queryOptions({ documentId }))
  const [printed, setPrinted] = useState<CaseDocumentView | null>(null)
  const reprint = useMutation(trpc.case.reprint.mutationOptions({ onSuccess: setPrinted }))
  const { mutate } = reprint
  const start = archived.data ? () => mutate({ documentId }) : null
  const print = usePrintRecorder(record, start, printed)

  const shown = printed ?? archived.data
  const failure = archived.error ?? reprint.error
  return (
    <PrintFrame
      title={titleOf(t, shown?.snapshot, shown?.kind ?? 'slip')}
      pageCss={caseDocumentCss}
      ready={record ? printed !== null : archived.data !== undefined}
      error={failure ? errorMessage(failure, t) : null}
      onPrint={print}
    >
      {shown && (
        <div data-document-id={printed?.documentId ?? ''}>
          <CaseDocumentSheet snapshot={shown.snapshot} archive={markOf(shown)} />
        </div>
      )}
    </PrintFrame>
  )
}

/**
 * #/print/paper/:caseId/:entryId — a follow-up paper (受理告知书, 延期办理告知书, 处理意见书,
 * 催办单, 现场处理记录) printed from one step of the case's log; printing records it first.
 */
export function FollowUpPaperPage() {
  const { caseId, entryId } = useParams()
  const [search] = useSearchParams()
  return <FollowUpPaper key={`${caseId}/${entryId}?${search.toString()}`} />
}

function FollowUpPaper() {
  const trpc = useTRPC()
  const { t } = usePrintLanguage()
  const params = useParams()
  const caseId = Number(params['caseId'])
  const entryId = Number(params['entryId'])
  const [search] = useSearchParams()
  const record = search.get('issue') === '1' || search.get('autoprint') === '1'

  const view = useQuery(trpc.case.paper.queryOptions({ caseId, entryId }))
  const [printed, setPrinted] = useState<CaseDocumentView | null>(null)
  const issue = useMutation(trpc.case.issuePaper.mutationOptions({ onSuccess: setPrinted }))
  const { mutate } = issue
  const start = view.data ? () => mutate({ caseId, entryId }) : null
  const print = usePrintRecorder(record, start, printed)

  const snapshot = printed?.snapshot ?? view.data
  const failure = view.error ?? issue.error
  return (
    <PrintFrame
      title={titleOf(t, snapshot, snapshot?.kind ?? 'acceptance_notice')}
      pageCss={caseDocumentCss}
      ready={record ? printed !== null : view.data !== undefined}
      error={failure ? errorMessage(failure, t) : null}
      onPrint={print}
    >
      {snapshot && (
        <div data-document-id={printed?.documentId ?? ''}>
          <CaseDocumentSheet snapshot={snapshot} archive={printed ? markOf(printed) : null} />
        </div>
      )}
    </PrintFrame>
  )
}
