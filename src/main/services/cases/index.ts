// Outcomes decided at the table and the cases that outlive the day (issue 5).
export { amendOutcome } from './amendOutcome'
export { caseNumber } from './caseNumber'
export { caseDetail, isAmendable, listCases } from './caseViews'
export {
  attachPdf,
  caseDocument,
  caseDocumentView,
  issueDocument,
  petitionerOnPaper,
  reprintDocument,
} from './documents'
export { outcomeDraft, recordOutcome } from './recordOutcome'
