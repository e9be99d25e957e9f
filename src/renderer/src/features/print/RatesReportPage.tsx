import { useQuery } from '@tanstack/react-query'
import type { TFunction } from 'i18next'
import { useParams } from 'react-router'
import type { Figures, RateGroup, RatesView, Ratio } from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { errorMessage } from '../../shared/hubError'
import { hallDisplayName, longDate, longDateTime } from './format'
import { PrintFrame } from './PrintFrame'
import { usePrintLanguage } from './usePrintLanguage'

// A month's three rates and follow-up figures on A4 landscape, at /print/rates/:month: the
// month's totals, then one table per grouping (责任单位, 包案领导, 乡镇, 类别). Rendered to paper
// or PDF by Chromium like every print template; a closed month prints its frozen figures.

const TITLE =
  '"FZXiaoBiaoSong-B05S", "方正小标宋简体", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif'
const HEI = '"SimHei", "黑体", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif'
const SERIF =
  '"FangSong", "FangSong_GB2312", "仿宋", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif'

const ratesCss = `
@page { size: A4 landscape; margin: 14mm 14mm }
.print-sheet { width: 297mm; box-sizing: border-box; padding: 14mm 14mm; }
@media print { .print-sheet { width: auto; padding: 0; } }
.rates-report { font-family: ${SERIF}; font-size: 11pt; line-height: 1.45; color: #000; }
.rates-report h1 { font-family: ${TITLE}; font-weight: 700; font-size: 19pt; text-align: center;
  margin: 0 0 1mm; }
.rates-report .meta { text-align: center; font-size: 10.5pt; margin: 0 0 4mm; }
.rates-report h2 { font-family: ${HEI}; font-weight: 400; font-size: 12pt; margin: 3mm 0 1.5mm;
  break-after: avoid; }
.rates-report table { width: 100%; border-collapse: collapse; font-family: ${HEI}; font-size: 9pt;
  line-height: 1.3; table-layout: fixed; }
.rates-report col.label { width: 34mm; }
.rates-report th, .rates-report td { border: 0.75pt solid #000; padding: 0.8mm 1mm; }
.rates-report thead th { font-weight: 400; background: #f1f3f5; text-align: center; }
.rates-report tbody th { font-weight: 400; text-align: left; }
.rates-report td { text-align: right; font-variant-numeric: tabular-nums; }
.rates-report td .of { color: #444; font-size: 8pt; margin-left: 1mm; }
.rates-report tr.total th, .rates-report tr.total td { font-weight: 700; }
.rates-report tr { break-inside: avoid; }
.rates-report .note { font-size: 9pt; color: #333; margin-top: 3mm; }
`

const GROUPS = [
  ['department', 'byDepartment'],
  ['ownerLeader', 'byOwnerLeader'],
  ['township', 'byTownship'],
  ['category', 'byCategory'],
] as const
const RATIOS = ['response', 'resolution', 'satisfaction', 'onTime', 'timelyNotice'] as const

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`)

function RatioCell({ r }: { r: Ratio }) {
  return (
    <td>
      {percent(r.rate)}
      <span className="of">
        {r.count}/{r.of}
      </span>
    </td>
  )
}

function FiguresRow({ name, f, total }: { name: string; f: Figures; total?: boolean }) {
  return (
    <tr className={total ? 'total' : undefined}>
      <th scope="row">{name}</th>
      <td>{f.valid}</td>
      <td>{f.failed}</td>
      <td>{f.satisfied}</td>
      <td>{f.basicallySatisfied}</td>
      <td>{f.dissatisfied}</td>
      {RATIOS.map((k) => (
        <RatioCell key={k} r={f[k]} />
      ))}
      <td>{f.composite === null ? '—' : (f.composite * 100).toFixed(1)}</td>
    </tr>
  )
}

function FiguresTable(props: { t: TFunction; first: string; rows: RateGroup[]; overall: Figures }) {
  const { t } = props
  return (
    <table>
      <colgroup>
        <col className="label" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{props.first}</th>
          <th scope="col">{t('followUp.rates.col.valid')}</th>
          <th scope="col">{t('followUp.rates.col.failed')}</th>
          <th scope="col">{t('ratesReport.col.satisfied')}</th>
          <th scope="col">{t('ratesReport.col.basicallySatisfied')}</th>
          <th scope="col">{t('ratesReport.col.dissatisfied')}</th>
          {RATIOS.map((k) => (
            <th scope="col" key={k}>
              {t(`followUp.rates.col.${k}`)}
            </th>
          ))}
          <th scope="col">{t('followUp.rates.col.composite')}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((g) => (
          <FiguresRow key={g.key} name={g.name ?? t('followUp.rates.none')} f={g.figures} />
        ))}
        <FiguresRow name={t('followUp.rates.overall')} f={props.overall} total />
      </tbody>
    </table>
  )
}

function RatesSheet({ view, hall, today }: { view: RatesView; hall: string; today: string }) {
  const { t } = usePrintLanguage()
  const [y, m] = view.month.split('-')
  const month = t('ratesReport.monthTitle', { y, m: Number(m) })
  return (
    <article className="rates-report" aria-label={t('ratesReport.title', { month })}>
      <h1>{t('ratesReport.title', { month })}</h1>
      <div className="meta">
        {hall}
        {' · '}
        {view.frozen && view.frozenAt
          ? t('ratesReport.frozen', { at: longDateTime(t, view.frozenAt) })
          : t('ratesReport.live', { date: longDate(t, today) })}
      </div>
      <h2>{t('ratesReport.sheet.overall')}</h2>
      <FiguresTable t={t} first={t('followUp.rates.col.name')} rows={[]} overall={view.overall} />
      {GROUPS.map(([group, key]) => (
        <section key={group}>
          <h2>{t(`ratesReport.sheet.${group}`)}</h2>
          <FiguresTable
            t={t}
            first={t(`followUp.rates.group.${group}`)}
            rows={view[key]}
            overall={view.overall}
          />
        </section>
      ))}
      <p className="note">
        {t('followUp.rates.weights', {
          w: view.settings.wPercent / 100,
          a: view.settings.responseWeight,
          b: view.settings.resolutionWeight,
          c: view.settings.satisfactionWeight,
        })}
      </p>
    </article>
  )
}

export function RatesReportPage() {
  const trpc = useTRPC()
  const { t } = usePrintLanguage()
  const month = useParams()['month'] ?? ''
  const rates = useQuery(trpc.followUp.rates.queryOptions({ month }))
  const settings = useQuery(trpc.reference.settings.queryOptions())
  const clock = useQuery(trpc.system.clock.queryOptions())
  const hall = settings.data
    ? hallDisplayName(t, { hallName: settings.data.hallName, countyName: null })
    : ''
  const failure = rates.error ?? settings.error
  const ready = rates.data !== undefined && settings.data !== undefined && clock.data !== undefined
  return (
    <PrintFrame
      title={`${t('followUp.rates.title')} ${month}`}
      pageCss={ratesCss}
      ready={ready}
      error={failure ? errorMessage(failure, t) : null}
    >
      {ready && rates.data && clock.data && (
        <RatesSheet view={rates.data} hall={hall} today={clock.data.date} />
      )}
    </PrintFrame>
  )
}
