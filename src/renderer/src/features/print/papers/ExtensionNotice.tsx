import type { ExtensionNoticeView } from '@shared/contract'
import { longDate } from '../format'
import { usePrintLanguage } from '../usePrintLanguage'
import { Addressee, dateOn, FollowUpTop, SealAndReceipt, type PaperProps } from './parts'

/** 延期办理告知书: the handling time extended, why, by whom, and the new deadline. */
export function ExtensionNotice({ view, archive }: PaperProps<ExtensionNoticeView>) {
  const { t } = usePrintLanguage()
  return (
    <>
      <FollowUpTop view={view} archive={archive} />
      <Addressee view={view} />
      <p className="indent" data-testid="paper-deadline">
        {t('followUpPaper.extensionBody', {
          date: longDate(t, view.dayDate),
          summary: view.summary,
          previous: dateOn(t, view, 'previousDeadline', view.previousDeadline),
          reason: view.reason,
          approvedBy: view.approvedBy,
          days: view.days,
          deadline: dateOn(t, view, 'deadline', view.deadline),
        })}
      </p>
      {view.departmentName && (
        <p className="indent">
          {t('followUpPaper.extensionDepartment', { department: view.departmentName })}
        </p>
      )}
      <p className="indent">{t('followUpPaper.noticeEnd')}</p>
      <SealAndReceipt view={view} on={view.stepOn} receipt="petitioner" />
    </>
  )
}
