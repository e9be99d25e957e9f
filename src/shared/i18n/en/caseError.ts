export const caseError = {
  notFound: 'No such case',
  documentNotFound: 'No such document',
  outcomeChanged: 'The outcome was just amended: reopen the document before printing',
  no: {
    slip: 'Only assigned or forwarded cases have a case slip',
    commitment: 'Only assigned cases have a closure commitment',
    notice: 'Only matters not accepted have a written notice',
  },
  noPaper: 'This step has no paper to print',
  notPdf: 'Not a PDF file',
  pdfExists: 'The PDF of this document is archived and cannot be replaced',
}
