import type { ReminderSlipView } from '@shared/contract'
import { issuerName, longDate } from '../format'
import { usePrintLanguage } from '../usePrintLanguage'
import {
  dateOn,
  FieldCell,
  FieldRow,
  FieldTable,
  FollowUpTop,
  leaderName,
  PetitionerLines,
  SealAndReceipt,
  type PaperProps,
} from './parts'

/** 催办单: the department reminded of a case it has not yet settled. */
export function ReminderSlip({ view, archive }: PaperProps<ReminderSlipView>) {
  const { t } = usePrintLanguage()
  const hall = issuerName(t, view)
  return (
    <>
      <FollowUpTop view={view} archive={archive} />
      <p className="addressee">
        {t('followUpPaper.reminderTo', {
          department: view.departmentName ?? t('followUpPaper.field.none'),
        })}
      </p>
      <p className="indent">
        {t('followUpPaper.reminderBody', { date: longDate(t, view.dayDate), hall })}
      </p>
      <FieldTable>
        <FieldRow label={t('followUpPaper.field.petitioner')}>
          <PetitionerLines petitioner={view.petitioner} />
        </FieldRow>
        <FieldRow label={t('followUpPaper.field.summary')} wide>
          {view.summary}
        </FieldRow>
        <tr>
          <FieldCell label={t('followUpPaper.field.acceptedOn')}>
            {longDate(t, view.acceptedOn)}
          </FieldCell>
          <FieldCell label={t('casePrint.field.ownerLeader')}>
            {leaderName(t, view.ownerLeader)}
          </FieldCell>
        </tr>
        <tr>
          <FieldCell label={t('followUpPaper.field.notice')}>
            {view.noticeOn
              ? t('followUpPaper.field.noticeGiven', { date: longDate(t, view.noticeOn) })
              : t('followUpPaper.field.noticeNotGiven')}
          </FieldCell>
          <FieldCell label={t('followUpPaper.field.deadline')} testId="paper-deadline">
            {view.deadline
              ? t('casePrint.deadlineBefore', { date: dateOn(t, view, 'deadline', view.deadline) })
              : t('followUpPaper.field.none')}
          </FieldCell>
        </tr>
        <FieldRow label={t('followUpPaper.field.reminder')} wide>
          {view.note}
        </FieldRow>
      </FieldTable>
      <p className="indent">{t('followUpPaper.reminderReply', { hall })}</p>
      <SealAndReceipt view={view} on={view.stepOn} receipt="department" />
    </>
  )
}
