import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useParams } from 'react-router'
import type { AnnouncementView } from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { errorMessage } from '../../shared/hubError'
import { dateParts, hallDisplayName, longDate, weekday } from './format'
import { PrintFrame } from './PrintFrame'
import { usePrintLanguage } from './usePrintLanguage'

// Official-document look (GB/T 9704 in spirit): centred title in a bold serif (小标宋 where
// installed), body in 仿宋, first-level headings in 黑体, issuer and date at the right.
const SERIF =
  '"FangSong", "FangSong_GB2312", "仿宋", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif'
const TITLE =
  '"FZXiaoBiaoSong-B05S", "方正小标宋简体", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif'
const HEI = '"SimHei", "黑体", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif'

const announcementCss = `
@page { size: A4; margin: 20mm }
.print-sheet { width: 210mm; box-sizing: border-box; padding: 20mm; }
@media print { .print-sheet { width: auto; padding: 0; } }
.announcement { font-family: ${SERIF}; font-size: 14pt; line-height: 1.6; color: #000; }
.announcement h1 { font-family: ${TITLE}; font-weight: 700; font-size: 21pt; line-height: 1.45;
  text-align: center; margin: 2mm 0 6mm; }
.announcement p { margin: 0; text-indent: 2em; text-align: justify; }
.announcement h2 { font-family: ${HEI}; font-weight: 400; font-size: 14pt; margin: 2mm 0 0;
  text-indent: 2em; break-after: avoid; }
.announcement table { width: 100%; border-collapse: collapse; margin: 2mm 0 1mm;
  font-size: 12pt; line-height: 1.5; page-break-inside: auto; }
.announcement tr { page-break-inside: avoid; }
.announcement th, .announcement td { border: 0.75pt solid #000; padding: 1.5mm 2mm;
  vertical-align: middle; }
.announcement th { font-family: ${HEI}; font-weight: 400; text-align: center; }
.announcement td.center { text-align: center; white-space: nowrap; }
.announcement .closing { break-inside: avoid; }
.announcement .signature { margin-top: 8mm; text-align: right; padding-right: 4em; }
.announcement .signature div { text-align: center; display: block; }
.announcement .signature .block { display: inline-block; }
`

/** The public announcement (公告) of a reception day on A4, at /print/announcement/:dayId. */
export function AnnouncementPage() {
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const dayId = Number(useParams()['dayId'])
  const announcement = useQuery(trpc.day.announcement.queryOptions({ dayId }))
  const { t } = usePrintLanguage()
  const mark = useMutation(
    trpc.day.markAnnounced.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.day.pathKey() }),
    }),
  )
  const notice = announcement.data?.noticeToMark ?? null
  const { mutate } = mark
  const onAutoPrinted = useCallback(() => {
    if (notice !== null) mutate({ dayId, notice })
  }, [dayId, notice, mutate])

  const data = announcement.data
  return (
    <PrintFrame
      title={
        data ? t('print.announcement.title', dateParts(data.date)) : t('plan.printAnnouncement')
      }
      pageCss={announcementCss}
      ready={data !== undefined}
      error={announcement.isError ? errorMessage(announcement.error, t) : null}
      onAutoPrinted={onAutoPrinted}
    >
      {data && <Announcement announcement={data} />}
    </PrintFrame>
  )
}

function Announcement({ announcement: a }: { announcement: AnnouncementView }) {
  const { t } = usePrintLanguage()
  const date = longDate(t, a.date)
  const day = weekday(t, a.date)
  return (
    <article className="announcement">
      <h1>{t('print.announcement.title', dateParts(a.date))}</h1>
      <p>{t('print.announcement.intro', { date, weekday: day })}</p>
      <h2>{t('print.announcement.timeHeading')}</h2>
      <p>
        {t('print.announcement.time', {
          date,
          weekday: day,
          opensAt: a.opensAt,
          closesAt: a.closesAt,
        })}
      </p>
      <h2>{t('print.announcement.placeHeading')}</h2>
      <p>{a.place}</p>
      <h2>{t('print.announcement.leadersHeading')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('print.announcement.colTable')}</th>
            <th scope="col">{t('print.announcement.colLeader')}</th>
            <th scope="col">{t('print.announcement.colTitle')}</th>
            <th scope="col">{t('print.announcement.colAreas')}</th>
          </tr>
        </thead>
        <tbody>
          {a.leaders.map((leader) => (
            <tr key={leader.tableNo}>
              <td className="center">
                {t('print.announcement.tableNo', { tableNo: leader.tableNo })}
              </td>
              <td className="center">
                {leader.name}
                {leader.isLead && t('print.announcement.lead')}
              </td>
              <td className="center">{leader.title}</td>
              <td>
                {leader.areas.length
                  ? leader.areas.join(t('print.announcement.areasSeparator'))
                  : t('print.announcement.noAreas')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('print.announcement.rulesHeading')}</h2>
      <p>{t('print.announcement.bring')}</p>
      <p>{t('print.announcement.representatives')}</p>
      <p>{t('print.announcement.lawful')}</p>
      {/* The signature never stands alone on a page: the last lines go with it. */}
      <div className="closing">
        <p>{t('print.announcement.order')}</p>
        {a.hallPhone && <p>{t('print.announcement.phone', { phone: a.hallPhone })}</p>}
        <div className="signature">
          <div className="block">
            <div>{hallDisplayName(t, a)}</div>
            <div>{longDate(t, a.issuedOn)}</div>
          </div>
        </div>
      </div>
    </article>
  )
}
