import type { CommitmentView } from '@shared/contract'
import { longDate } from '../format'
import { usePrintLanguage } from '../usePrintLanguage'
import {
  dateOn,
  IssuerBlock,
  leaderName,
  PaperTop,
  petitionerInText,
  SignatureRow,
  type PaperProps,
} from './parts'

/** 限期办结承诺书: the department's own promise to settle the matter by its deadline. */
export function Commitment({ view, archive }: PaperProps<CommitmentView>) {
  const { t } = usePrintLanguage()
  const accusation = view.petitioner.mode === 'withheld'
  return (
    <>
      <PaperTop title={t('casePrint.commitmentTitle')} caseNo={view.caseNo} archive={archive} />
      <p className="indent">
        {t('casePrint.commitmentIntro', {
          petitioner: petitionerInText(t, view.petitioner),
          date: longDate(t, view.dayDate),
          summary: view.summary,
          leader: leaderName(t, view.receivingLeader),
          department: view.departmentName,
        })}
      </p>
      <div className="items">
        <p>{t('casePrint.commitWhat', { decision: view.decision })}</p>
        <p>
          {view.ownerLeader
            ? t('casePrint.commitWho', { owner: leaderName(t, view.ownerLeader) })
            : t('casePrint.commitWhoNoOwner')}
        </p>
        <p>{t('casePrint.commitWhen', { date: dateOn(t, view, 'deadline', view.deadline) })}</p>
        <p>{t('casePrint.commitReport')}</p>
      </div>
      <div className="closing">
        <div className="signatures" data-testid="signature-lines">
          <SignatureRow label={t('casePrint.signDepartment')} />
          <SignatureRow label={t('casePrint.signLeader')} />
          {!accusation && <SignatureRow label={t('casePrint.signPetitioner')} />}
        </div>
        {accusation && <p className="note">{t('casePrint.accuserNotSigning')}</p>}
        {/* The department promises: its own seal, dated when it signs. */}
        <IssuerBlock
          name={t('casePrint.commitSeal', { department: view.departmentName })}
          date={t('casePrint.blankDate')}
        />
      </div>
    </>
  )
}
