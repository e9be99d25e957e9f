import type { AcceptanceNoticeView } from '@shared/contract'
import { longDate } from '../format'
import { usePrintLanguage } from '../usePrintLanguage'
import { Addressee, dateOn, FollowUpTop, SealAndReceipt, type PaperProps } from './parts'

/** 受理告知书: the petitioner told that the matter is accepted, by whom, and until when. */
export function AcceptanceNotice({ view, archive }: PaperProps<AcceptanceNoticeView>) {
  const { t } = usePrintLanguage()
  const body = { date: longDate(t, view.dayDate), summary: view.summary }
  return (
    <>
      <FollowUpTop view={view} archive={archive} />
      <Addressee view={view} />
      <p className="indent">
        {view.departmentName
          ? t('followUpPaper.acceptanceBody', {
              ...body,
              acceptedOn: longDate(t, view.acceptedOn),
              department: view.departmentName,
            })
          : t('followUpPaper.acceptanceBodyNoDepartment', {
              ...body,
              acceptedOn: longDate(t, view.acceptedOn),
            })}
      </p>
      {view.deadline && (
        <p className="indent" data-testid="paper-deadline">
          {t('followUpPaper.acceptanceDeadline', {
            date: dateOn(t, view, 'deadline', view.deadline),
          })}
        </p>
      )}
      <p className="indent">{t('followUpPaper.acceptanceQuery')}</p>
      <p className="indent">{t('followUpPaper.noticeEnd')}</p>
      <SealAndReceipt view={view} on={view.stepOn} receipt="petitioner" />
    </>
  )
}
