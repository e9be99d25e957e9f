// The cases that outlive the day: their views and their papers.
export { caseNumber } from './caseNumber'
export { caseDetail, isAmendable, listCases } from './caseViews'
export {
  attachPdf,
  caseCommitment,
  caseDocument,
  caseDocumentView,
  caseNotice,
  caseSlip,
  issueDocument,
  petitionerOnPaper,
  reprintDocument,
} from './documents'
export { casePaper, issuePaper } from './papers'
