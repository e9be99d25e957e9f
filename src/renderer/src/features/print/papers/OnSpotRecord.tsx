import type { OnSpotRecordView } from '@shared/contract'
import { longDate } from '../format'
import { usePrintLanguage } from '../usePrintLanguage'
import {
  FieldCell,
  FieldRow,
  FieldTable,
  HallSeal,
  leaderName,
  FollowUpTop,
  SignatureRow,
  type PaperProps,
} from './parts'

/** 现场处理记录: a matter settled on the spot, signed by the leader, petitioner and recorder. */
export function OnSpotRecord({ view, archive }: PaperProps<OnSpotRecordView>) {
  const { t } = usePrintLanguage()
  return (
    <>
      <FollowUpTop view={view} archive={archive} />
      <p className="indent">
        {t('followUpPaper.onSpotIntro', {
          date: longDate(t, view.dayDate),
          leader: leaderName(t, view.receivingLeader),
        })}
      </p>
      <FieldTable>
        <tr>
          <FieldCell label={t('followUpPaper.field.petitioner')}>
            {view.addressees.join('、')}
          </FieldCell>
          <FieldCell label={t('followUpPaper.field.headcount')}>
            {t('casePrint.persons', { count: view.headcount })}
          </FieldCell>
        </tr>
        <FieldRow label={t('followUpPaper.field.summary')} wide>
          {view.summary}
        </FieldRow>
        <FieldRow label={t('followUpPaper.field.decided')} wide>
          {view.decided}
        </FieldRow>
        <FieldRow label={t('followUpPaper.field.present')} wide>
          {view.present}
        </FieldRow>
        <FieldRow label={t('followUpPaper.field.recordedOn')}>{longDate(t, view.stepOn)}</FieldRow>
      </FieldTable>
      <p className="indent">{t('followUpPaper.onSpotEnd')}</p>
      <div className="closing">
        <div className="signatures">
          <SignatureRow label={t('followUpPaper.signLeader')} />
          <SignatureRow label={t('followUpPaper.signPetitioner')} />
          <SignatureRow label={t('followUpPaper.signRecorder')} />
        </div>
        <HallSeal view={view} on={view.stepOn} />
      </div>
    </>
  )
}
