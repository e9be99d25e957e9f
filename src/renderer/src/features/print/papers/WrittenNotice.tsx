import type { WrittenNoticeView } from '@shared/contract'
import { longDate } from '../format'
import { usePrintLanguage } from '../usePrintLanguage'
import { addresseeNames, PaperTop, SealAndReceipt, type PaperProps } from './parts'

/** 不予受理告知书: the written notice of a matter not accepted: why, and where the petitioner can turn. */
export function WrittenNotice({ view, archive }: PaperProps<WrittenNoticeView>) {
  const { t } = usePrintLanguage()
  return (
    <>
      <PaperTop title={t('casePrint.noticeTitle')} caseNo={view.caseNo} archive={archive} />
      <p className="addressee">{t('casePrint.noticeTo', { names: addresseeNames(t, view) })}</p>
      <p className="indent">
        {t('casePrint.noticeBody', {
          date: longDate(t, view.dayDate),
          summary: view.summary,
          decision: view.decision,
        })}
      </p>
      <p className="indent">
        {t('casePrint.noticeChannel', {
          channel: t(`channel.${view.channel}`),
          how: t(`casePrint.channelHow.${view.channel}`),
        })}
        {view.channelNote && t('casePrint.channelNote', { note: view.channelNote })}
      </p>
      <p className="indent">{t('casePrint.noticeThanks')}</p>
      <SealAndReceipt view={view} on={view.issuedOn} receipt="petitioner" />
    </>
  )
}
