import type { TFunction } from 'i18next'
import type { SlipView } from '@shared/contract'
import { issuerName, longDate } from '../format'
import { usePrintLanguage } from '../usePrintLanguage'
import {
  dateOn,
  FieldCell,
  FieldRow,
  FieldTable,
  leaderName,
  PaperTop,
  PetitionerLines,
  SealAndReceipt,
  type PaperProps,
} from './parts'

function deadlineNote(t: TFunction, view: SlipView) {
  if (view.deadlineRule === 'promised')
    return t('casePrint.rulePromised', {
      statute: dateOn(t, view, 'statuteDeadline', view.statuteDeadline),
    })
  if (view.deadlineRule.startsWith('statute:art34:ext')) return t('casePrint.ruleExtended')
  return t('casePrint.ruleStatute')
}

/** 交办单 (or 转送单): the matter as decided at the table, sent to the responsible department. */
export function Slip({ view, archive }: PaperProps<SlipView>) {
  const { t } = usePrintLanguage()
  const hall = issuerName(t, view)
  // A sooner promise can fall before the acceptance notice is due: then the one reply says both.
  const noticeWithReply = view.deadline <= view.acceptanceNoticeBy
  return (
    <>
      <PaperTop
        title={t(`casePrint.slipTitle.${view.outcome}`)}
        caseNo={view.caseNo}
        archive={archive}
      />
      <p className="addressee">{t('casePrint.slipTo', { department: view.departmentName })}</p>
      <p className="indent">
        {t(`casePrint.slipIntro.${view.outcome}`, { date: longDate(t, view.dayDate) })}
      </p>
      <FieldTable>
        <tr>
          <FieldCell label={t('casePrint.field.visitDate')}>{longDate(t, view.dayDate)}</FieldCell>
          <FieldCell label={t('casePrint.field.headcount')}>
            {t('casePrint.persons', { count: view.petitioner.headcount })}
          </FieldCell>
        </tr>
        <FieldRow label={t('casePrint.field.petitioner')} testId="slip-petitioner">
          <PetitionerLines petitioner={view.petitioner} />
        </FieldRow>
        <tr>
          <FieldCell label={t('casePrint.field.nature')}>{t(`nature.${view.nature}`)}</FieldCell>
          <FieldCell label={t('casePrint.field.category')}>{view.categoryName ?? '—'}</FieldCell>
        </tr>
        {view.townshipName && (
          <FieldRow label={t('casePrint.field.township')}>{view.townshipName}</FieldRow>
        )}
        <FieldRow label={t('casePrint.field.summary')} wide>
          {view.summary}
        </FieldRow>
        <FieldRow label={t('casePrint.field.decision')} wide>
          {view.decision}
        </FieldRow>
        {view.consulted.length > 0 && (
          <FieldRow label={t('casePrint.field.consulted')}>{view.consulted.join('、')}</FieldRow>
        )}
        <tr>
          <FieldCell label={t('casePrint.field.department')}>{view.departmentName}</FieldCell>
          <FieldCell label={t('casePrint.field.ownerLeader')}>
            {leaderName(t, view.ownerLeader)}
          </FieldCell>
        </tr>
        <FieldRow label={t('casePrint.field.noticeBy')} testId="slip-notice-by">
          {t('casePrint.deadlineBefore', {
            date: noticeWithReply
              ? dateOn(t, view, 'deadline', view.deadline)
              : dateOn(t, view, 'acceptanceNoticeBy', view.acceptanceNoticeBy),
          })}
        </FieldRow>
        <FieldRow label={t('casePrint.field.deadline')} testId="slip-deadline">
          <strong>
            {t('casePrint.deadlineBefore', { date: dateOn(t, view, 'deadline', view.deadline) })}
          </strong>
          {deadlineNote(t, view)}
        </FieldRow>
        <FieldRow label={t('casePrint.field.requirements')}>
          <ol className="requirements">
            <li>
              {noticeWithReply
                ? t('casePrint.requirementNoticeWithReply', {
                    date: dateOn(t, view, 'deadline', view.deadline),
                  })
                : t('casePrint.requirementNotice', {
                    date: dateOn(t, view, 'acceptanceNoticeBy', view.acceptanceNoticeBy),
                  })}
            </li>
            <li>
              {t('casePrint.requirementReply', {
                date: dateOn(t, view, 'deadline', view.deadline),
                hall,
              })}
            </li>
            <li>
              {t('casePrint.requirementObjection', {
                date: dateOn(t, view, 'objectionBy', view.objectionBy),
                hall,
              })}
            </li>
            {view.nature === 'accusation' && <li>{t('casePrint.requirementAccusation')}</li>}
            <li>{t('casePrint.requirementEnd')}</li>
          </ol>
        </FieldRow>
      </FieldTable>
      <SealAndReceipt view={view} on={view.issuedOn} receipt="department" />
    </>
  )
}
