import type { HandlingOpinionView } from '@shared/contract'
import { longDate } from '../format'
import { usePrintLanguage } from '../usePrintLanguage'
import { Addressee, FollowUpTop, SealAndReceipt, type PaperProps } from './parts'

/** 处理意见书: the department's written opinion, where to seek review, and how it was delivered. */
export function HandlingOpinion({ view, archive }: PaperProps<HandlingOpinionView>) {
  const { t } = usePrintLanguage()
  const body = { date: longDate(t, view.dayDate), summary: view.summary }
  return (
    <>
      <FollowUpTop view={view} archive={archive} />
      <Addressee view={view} />
      <p className="indent">
        {view.departmentName
          ? t('followUpPaper.opinionBody', { ...body, department: view.departmentName })
          : t('followUpPaper.opinionBodyNoDepartment', body)}
      </p>
      <p className="indent opinion" style={{ whiteSpace: 'pre-wrap' }}>
        {view.content}
      </p>
      <p className="indent">
        {t('followUpPaper.opinionReview', { date: longDate(t, view.reviewBy) })}
      </p>
      <p className="indent">
        {t('followUpPaper.opinionDelivery', {
          delivery: t(`followUpPaper.delivery.${view.delivery}`),
          date: longDate(t, view.stepOn),
        })}
      </p>
      <SealAndReceipt view={view} on={view.stepOn} receipt="petitioner" />
    </>
  )
}
