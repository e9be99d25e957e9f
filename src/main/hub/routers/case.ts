import { contract } from '@shared/contract'
import {
  attachPdf,
  caseDetail,
  caseCommitment,
  caseDocument,
  caseNotice,
  casePaper,
  caseSlip,
  issueDocument,
  issuePaper,
  listCases,
  reprintDocument,
} from '../../services/case'
import { callContext } from '../context'
import { procedure, router } from '../trpc'

const c = contract.case

export const caseRouter = router({
  list: procedure
    .input(c.list.input)
    .output(c.list.output)
    .query(({ ctx, input }) => listCases(callContext(ctx), input)),
  get: procedure
    .input(c.get.input)
    .output(c.get.output)
    .query(({ ctx, input }) => caseDetail(callContext(ctx), input)),
  slip: procedure
    .input(c.slip.input)
    .output(c.slip.output)
    .query(({ ctx, input }) => caseSlip(callContext(ctx), input)),
  commitment: procedure
    .input(c.commitment.input)
    .output(c.commitment.output)
    .query(({ ctx, input }) => caseCommitment(callContext(ctx), input)),
  notice: procedure
    .input(c.notice.input)
    .output(c.notice.output)
    .query(({ ctx, input }) => caseNotice(callContext(ctx), input)),
  document: procedure
    .input(c.document.input)
    .output(c.document.output)
    .query(({ ctx, input }) => caseDocument(callContext(ctx), input)),
  issueDocument: procedure
    .input(c.issueDocument.input)
    .output(c.issueDocument.output)
    .mutation(({ ctx, input }) => issueDocument(callContext(ctx), input)),
  reprint: procedure
    .input(c.reprint.input)
    .output(c.reprint.output)
    .mutation(({ ctx, input }) => reprintDocument(callContext(ctx), input)),
  attachPdf: procedure
    .input(c.attachPdf.input)
    .output(c.attachPdf.output)
    .mutation(({ ctx, input }) => attachPdf(callContext(ctx), input)),
  paper: procedure
    .input(c.paper.input)
    .output(c.paper.output)
    .query(({ ctx, input }) => casePaper(callContext(ctx), input)),
  issuePaper: procedure
    .input(c.issuePaper.input)
    .output(c.issuePaper.output)
    .mutation(({ ctx, input }) => issuePaper(callContext(ctx), input)),
})
