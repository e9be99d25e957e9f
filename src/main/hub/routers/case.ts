import { contract } from '@shared/contract'
import {
  attachPdf,
  caseDetail,
  caseDocument,
  caseDocumentView,
  issueDocument,
  listCases,
  reprintDocument,
} from '../../services/case'
import { procedure, router } from '../trpc'

const c = contract.case

export const caseRouter = router({
  list: procedure
    .input(c.list.input)
    .output(c.list.output)
    .query(({ ctx, input }) => listCases(ctx.services, input)),
  get: procedure
    .input(c.get.input)
    .output(c.get.output)
    .query(({ ctx, input }) => caseDetail(ctx.services, input.caseId)),
  slip: procedure
    .input(c.slip.input)
    .output(c.slip.output)
    .query(({ ctx, input }) => caseDocumentView(ctx.services, input.caseId, 'slip')),
  commitment: procedure
    .input(c.commitment.input)
    .output(c.commitment.output)
    .query(({ ctx, input }) => caseDocumentView(ctx.services, input.caseId, 'commitment')),
  notice: procedure
    .input(c.notice.input)
    .output(c.notice.output)
    .query(({ ctx, input }) => caseDocumentView(ctx.services, input.caseId, 'notice')),
  document: procedure
    .input(c.document.input)
    .output(c.document.output)
    .query(({ ctx, input }) => caseDocument(ctx.services, input.documentId)),
  issueDocument: procedure
    .input(c.issueDocument.input)
    .output(c.issueDocument.output)
    .mutation(({ ctx, input }) => issueDocument(ctx.services, ctx.actor, input)),
  reprint: procedure
    .input(c.reprint.input)
    .output(c.reprint.output)
    .mutation(({ ctx, input }) => reprintDocument(ctx.services, ctx.actor, input.documentId)),
  attachPdf: procedure
    .input(c.attachPdf.input)
    .output(c.attachPdf.output)
    .mutation(({ ctx, input }) => attachPdf(ctx.services, input)),
})
