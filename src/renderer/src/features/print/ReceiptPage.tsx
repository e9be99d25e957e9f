import { useQuery } from '@tanstack/react-query'
import { useLayoutEffect, useRef, useState } from 'react'
import { useParams } from 'react-router'
import type { ReceiptView } from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { errorMessage } from '../../shared/hubError'
import { hallDisplayName, longDateTime } from './format'
import { PrintFrame } from './PrintFrame'
import { useQrCode } from './useQrCode'
import { usePrintLanguage } from './usePrintLanguage'

const MM_PER_PX = 25.4 / 96
/** Until the content is measured: long enough for a group with 5 representatives. */
const FALLBACK_HEIGHT_MM = 160

// An 80 mm thermal roll prints about 72 mm wide: the sheet keeps 4 mm on each side.
// Chromium ignores `size: 80mm auto` (auto is not a valid length of a two-value size), so the
// page is as long as the receipt measures once rendered: no blank paper, nothing cut off.
const receiptCss = (heightMm: number) => `
@page { size: 80mm ${heightMm}mm; margin: 0 }
.print-sheet { width: 80mm; box-sizing: border-box; }
.receipt { padding: 4mm 4mm 5mm; font-size: 10.5pt; line-height: 1.45; color: #000; }
.receipt h1 { font-size: 15pt; margin: 0; text-align: center; letter-spacing: 0.3em; }
.receipt .hall { text-align: center; font-size: 11pt; font-weight: 700; }
.receipt .rule { border-top: 1px dashed #000; margin: 2.5mm 0; }
.receipt .ticket-label { text-align: center; font-size: 10pt; }
.receipt .ticket { text-align: center; font-size: 40pt; font-weight: 800; line-height: 1.1;
  letter-spacing: 0.05em; font-variant-numeric: tabular-nums; }
.receipt .table { text-align: center; font-size: 12.5pt; font-weight: 700; }
.receipt dl { margin: 0; display: grid; grid-template-columns: auto 1fr; column-gap: 2mm; row-gap: 0.8mm; }
.receipt dt { white-space: nowrap; }
.receipt dd { margin: 0; word-break: break-all; }
.receipt .mono { font-family: "Noto Sans Mono CJK SC", "DejaVu Sans Mono", Consolas, monospace; }
.receipt .query { display: flex; gap: 3mm; align-items: center; }
.receipt .query img { width: 24mm; height: 24mm; flex: none; }
.receipt .code { font-size: 13pt; font-weight: 700; letter-spacing: 0.08em; }
.receipt .hint, .receipt .footer { font-size: 9pt; }
.receipt .footer { text-align: center; }
@media screen { .receipt { min-height: 100px; } }
`

/** The registration receipt (登记回执) on an 80 mm roll, opened at /print/receipt/:batchId. */
export function ReceiptPage() {
  const trpc = useTRPC()
  const batchId = Number(useParams()['batchId'])
  const receipt = useQuery(trpc.batch.receipt.queryOptions({ batchId }))
  const qr = useQrCode(receipt.data?.qrText)
  const { t } = usePrintLanguage()
  const sheet = useRef<HTMLDivElement>(null)
  const [heightMm, setHeightMm] = useState<number | null>(null)
  const contentReady = receipt.data !== undefined && qr !== null

  useLayoutEffect(() => {
    if (!contentReady || !sheet.current) return
    const measured = Math.ceil(sheet.current.getBoundingClientRect().height * MM_PER_PX) + 2
    setHeightMm(measured)
  }, [contentReady])

  return (
    <PrintFrame
      title={
        receipt.data
          ? `${t('print.receipt.title')} ${receipt.data.ticket}`
          : t('print.receipt.title')
      }
      pageCss={receiptCss(heightMm ?? FALLBACK_HEIGHT_MM)}
      ready={contentReady && heightMm !== null}
      error={receipt.isError ? errorMessage(receipt.error, t) : null}
    >
      <div ref={sheet}>{receipt.data && <Receipt receipt={receipt.data} qr={qr} />}</div>
    </PrintFrame>
  )
}

function Receipt({ receipt, qr }: { receipt: ReceiptView; qr: string | null }) {
  const { t } = usePrintLanguage()
  const leader = [receipt.leaderName, receipt.leaderTitle].filter(Boolean).join(' ')
  const group = receipt.kind === 'group'
  return (
    <article className="receipt" aria-label={t('print.receipt.title')}>
      <div className="hall">{hallDisplayName(t, receipt)}</div>
      <h1>{t('print.receipt.title')}</h1>
      <div className="rule" />
      <div className="ticket-label">{t('print.receipt.ticket')}</div>
      <div className="ticket" data-testid="ticket">
        {receipt.ticket}
      </div>
      <div className="table">
        {t('print.receipt.tableLeader', { tableNo: receipt.tableNo, leader })}
      </div>
      <div className="rule" />
      <dl>
        <dt>{t('print.receipt.registeredAt')}</dt>
        <dd>{longDateTime(t, receipt.registeredAt)}</dd>
        {receipt.members.map((member, index) => (
          <MemberLines
            key={index}
            label={
              index === 0
                ? t(group ? 'print.receipt.representatives' : 'print.receipt.visitors')
                : ''
            }
            member={member}
          />
        ))}
        <dt>{t('print.receipt.headcount')}</dt>
        <dd>
          {t('print.receipt.persons', { count: receipt.headcount })}
          {receipt.collective && t('print.receipt.collective')}
        </dd>
      </dl>
      <div className="rule" />
      <div className="query">
        {qr && <img src={qr} alt={t('print.receipt.qrAlt')} />}
        <div>
          <div>{t('print.receipt.queryCode')}</div>
          <div className="code mono">{receipt.queryCode}</div>
          <div className="hint">{t('print.receipt.queryHint')}</div>
        </div>
      </div>
      <div className="rule" />
      <div className="footer">
        <div>{t('print.receipt.wait')}</div>
        {receipt.hallPhone && <div>{t('print.receipt.phone', { phone: receipt.hallPhone })}</div>}
      </div>
    </article>
  )
}

function MemberLines({ label, member }: { label: string; member: ReceiptView['members'][number] }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {member.maskedName}
        {member.maskedIdNumber && <span className="mono"> {member.maskedIdNumber}</span>}
      </dd>
    </>
  )
}
