import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import type { TFunction } from 'i18next'
import { useParams } from 'react-router'
import {
  outcomeKinds,
  type AssignedMatter,
  type TallyFigures,
  type TallyRow,
  type TallyView,
} from '@shared/contract'
import {
  batchesAndPersons,
  categoryLabel,
  hourLabel,
  leaderLabel,
  natureLabel,
  townshipLabel,
} from '@shared/tally/labels'
import { receivedOf, tallySentence } from '@shared/tally/summary'
import { wallDate, wallTime } from '@shared/tally/timeZone'
import { useTRPC } from '../../app/trpc'
import { errorMessage } from '../../shared/hubError'
import { asTranslate, minutesText } from '../reports/format'
import { dateParts, hallDisplayName, longDate } from './format'
import { PrintFrame } from './PrintFrame'
import { usePrintLanguage } from './usePrintLanguage'

// The day's figures on A4 for the leadership, in the style of the other documents (title in
// a bold serif, headings in 黑体, tables ruled): the sentence, the overview, then each
// breakdown. Rendered to paper or PDF by Chromium like every print template.

const SERIF =
  '"FangSong", "FangSong_GB2312", "仿宋", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif'
const TITLE =
  '"FZXiaoBiaoSong-B05S", "方正小标宋简体", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif'
const HEI = '"SimHei", "黑体", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif'

const reportCss = `
@page { size: A4; margin: 18mm 15mm }
.print-sheet { width: 210mm; box-sizing: border-box; padding: 18mm 15mm; }
@media print { .print-sheet { width: auto; padding: 0; } }
.day-report { font-family: ${SERIF}; font-size: 12pt; line-height: 1.55; color: #000; }
.day-report h1 { font-family: ${TITLE}; font-weight: 700; font-size: 20pt; line-height: 1.4;
  text-align: center; margin: 0 0 2mm; }
.day-report .hall { text-align: center; font-size: 12pt; margin: 0 0 1mm; }
.day-report .meta { text-align: center; font-size: 11pt; margin: 0 0 5mm; }
.day-report p { margin: 0 0 2mm; text-indent: 2em; text-align: justify; }
.day-report h2 { font-family: ${HEI}; font-weight: 400; font-size: 13pt; margin: 4mm 0 1.5mm;
  break-after: avoid; }
.day-report table { width: 100%; border-collapse: collapse; font-size: 9.5pt; line-height: 1.3;
  margin: 0 0 2mm; font-family: ${HEI}; }
.day-report tr { break-inside: avoid; }
.day-report th, .day-report td { border: 0.75pt solid #000; padding: 1mm 1.2mm; }
.day-report thead th { font-weight: 400; text-align: center; background: #f1f3f5;
  font-size: 9pt; padding: 0.8mm 0.6mm; }
.day-report td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.day-report tbody th { font-weight: 400; text-align: left; }
.day-report tfoot th, .day-report tfoot td { font-weight: 700; }
.day-report table.figures { table-layout: fixed; }
.day-report table.figures col.label { width: 38mm; }
.day-report table.overview { table-layout: fixed; }
.day-report table.overview col.label { width: 30%; }
.day-report table.overview td, .day-report table.overview th { font-size: 10.5pt; }
.day-report .note { font-size: 9.5pt; text-indent: 0; color: #333; }
.day-report .signature { margin-top: 6mm; text-align: right; padding-right: 2em; }
.day-report .block { break-inside: avoid; }
/* A leader's name and title wrap at spaces and 、, never inside a word (「县委书/记」), unless
   one word alone is wider than the column. */
.day-report .nw { word-break: keep-all; overflow-wrap: anywhere; }
.day-report table.assigned { table-layout: auto; }
.day-report table.assigned td { white-space: nowrap; }
.day-report table.assigned td.wrap { white-space: normal; }
`

/** The day's report (统计报告) on A4, at /print/report/:dayId. */
export function DayReportPage() {
  const trpc = useTRPC()
  const dayId = Number(useParams()['dayId'])
  const { t } = usePrintLanguage()
  const tally = useQuery(trpc.tally.get.queryOptions({ dayId }))
  const data = tally.data
  return (
    <PrintFrame
      title={data ? t('reports.print.title', dateParts(data.date)) : t('reports.title')}
      pageCss={reportCss}
      ready={data !== undefined}
      error={tally.isError ? errorMessage(tally.error, t) : null}
    >
      {data && <DayReport tally={data} t={t} />}
    </PrintFrame>
  )
}

type Labelled = { key: string; label: ReactNode; figures: TallyFigures }

function FigureTable({
  t,
  head,
  rows,
  total,
}: {
  t: TFunction
  head: string
  rows: Labelled[]
  total: TallyFigures
}) {
  const cells = (f: TallyFigures) => [
    f.batches,
    f.persons,
    f.collectiveBatches,
    f.collectivePersons,
    ...outcomeKinds.map((k) => f.outcomes[k]),
    f.noShowBatches,
  ]
  return (
    <table className="figures">
      <colgroup>
        <col className="label" />
        {cells(total).map((_, i) => (
          <col key={i} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col" rowSpan={2}>
            {head}
          </th>
          <th scope="col" rowSpan={2}>
            {t('reports.col.batches')}
          </th>
          <th scope="col" rowSpan={2}>
            {t('reports.col.persons')}
          </th>
          <th scope="colgroup" colSpan={2}>
            {t('reports.stat.collective')}
          </th>
          <th scope="colgroup" colSpan={outcomeKinds.length}>
            {t('reports.col.outcomesGroup')}
          </th>
          <th scope="col" rowSpan={2}>
            {t('reports.stat.noShow')}
          </th>
        </tr>
        <tr>
          <th scope="col">{t('reports.col.batches')}</th>
          <th scope="col">{t('reports.col.persons')}</th>
          {outcomeKinds.map((k) => (
            <th key={k} scope="col">
              {t(`outcome.${k}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            {cells(r.figures).map((v, i) => (
              <td key={i} className="n">
                {v}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('reports.total')}</th>
          {cells(total).map((v, i) => (
            <td key={i} className="n">
              {v}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  )
}

/** 初访 / 重复访 and the distinct persons, as overview lines ("not counted" for old days). */
function visitLines(t: TFunction, tally: TallyView): [string, string][] {
  const v = tally.visits
  const tr = asTranslate(t)
  const none = t('reports.visits.notCounted')
  return [
    [t('reports.visits.first'), v ? batchesAndPersons(tr, v.firstBatches, v.firstPersons) : none],
    [
      t('reports.visits.repeat'),
      v ? batchesAndPersons(tr, v.repeatBatches, v.repeatPersons) : none,
    ],
    [
      t('reports.visits.distinct'),
      v ? t('reports.visits.distinctValue', { count: v.distinctPersons }) : none,
    ],
  ]
}

/** 二、交办事项清单: case number, table, department, deadline of each matter assigned. */
function AssignedList({ t, list }: { t: TFunction; list: AssignedMatter[] | null }) {
  const none = t('reports.assigned.none')
  return (
    <div className="block">
      <h2>{t('reports.print.assigned')}</h2>
      {list === null && <p className="note">{t('reports.visits.notCountedNote')}</p>}
      {list?.length === 0 && <p className="note">{t('reports.assigned.empty')}</p>}
      {list && list.length > 0 && (
        <table className="assigned">
          <thead>
            <tr>
              {(['caseNo', 'ticket', 'leader', 'category', 'department', 'deadline'] as const).map(
                (c) => (
                  <th key={c} scope="col">
                    {t(`reports.assigned.${c}`)}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {list.map((m) => (
              <tr key={m.caseId}>
                <td>{m.caseNo}</td>
                <td>{m.ticket}</td>
                <td>{leaderLabel(asTranslate(t), m)}</td>
                <td className="wrap">{m.categoryName ?? none}</td>
                <td className="wrap">{m.departmentName ?? none}</td>
                <td>{m.deadline ? longDate(t, m.deadline) : none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}

function DayReport({ tally, t }: { tally: TallyView; t: TFunction }) {
  const tr = asTranslate(t)
  const f = tally.totals
  const received = receivedOf(f)
  const rows = (list: TallyRow[], label: (r: TallyRow) => string): Labelled[] =>
    list.map((r) => ({ key: r.key, label: label(r), figures: r }))
  const stamp = tally.closedAt ?? tally.computedAt
  const overview: [string, string][] = [
    [t('reports.stat.registered'), batchesAndPersons(tr, f.batches, f.persons)],
    [t('reports.stat.collective'), batchesAndPersons(tr, f.collectiveBatches, f.collectivePersons)],
    [t('reports.stat.received'), batchesAndPersons(tr, received.batches, received.persons)],
    [t('reports.stat.noShow'), batchesAndPersons(tr, f.noShowBatches, f.noShowPersons)],
    ...visitLines(t, tally),
    ...outcomeKinds.map((k): [string, string] => [
      t(`outcome.${k}`),
      t('reports.stat.cases', { count: f.outcomes[k] }),
    ]),
    [t('reports.line.transfers'), `${f.transfers} ${t('reports.unit.times')}`],
    [
      t('reports.stat.wait'),
      t('reports.stat.pair', {
        median: minutesText(t, f.wait.medianSeconds),
        max: minutesText(t, f.wait.maxSeconds),
      }),
    ],
    [
      t('reports.stat.session'),
      t('reports.stat.pair', {
        median: minutesText(t, f.session.medianSeconds),
        max: minutesText(t, f.session.maxSeconds),
      }),
    ],
  ]
  const pairs: [string, string][][] = []
  for (let i = 0; i < overview.length; i += 2) pairs.push(overview.slice(i, i + 2))

  return (
    <article className="day-report" aria-label={t('reports.title')}>
      <h1>{t('reports.print.title', dateParts(tally.date))}</h1>
      <div className="hall">{hallDisplayName(t, tally)}</div>
      <div className="meta">
        {t('reports.print.meta', {
          place: tally.place,
          opensAt: tally.opensAt,
          closesAt: tally.closesAt,
        })}
      </div>
      {/* Worded in the document's language (the query's sentence is in the screen's). */}
      <p>{tallySentence(tr, tally)}</p>

      <div className="block">
        <h2>{t('reports.print.overview')}</h2>
        <table className="overview">
          <colgroup>
            <col className="label" />
            <col />
            <col className="label" />
            <col />
          </colgroup>
          <tbody>
            {pairs.map((pair, i) => (
              <tr key={i}>
                {pair.map(([label, value]) => [
                  <th key={`${label}-h`} scope="row">
                    {label}
                  </th>,
                  <td key={`${label}-v`} className="n">
                    {value}
                  </td>,
                ])}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <AssignedList t={t} list={tally.assignedMatters} />

      <div className="block">
        <h2>{t('reports.print.leaders')}</h2>
        <FigureTable
          t={t}
          head={t('reports.col.leader')}
          rows={tally.byLeader.map((r) => ({
            key: r.key,
            label: (
              <>
                <span className="nw">{leaderLabel(tr, r)}</span>{' '}
                {r.leaderTitle && <span className="nw">{r.leaderTitle}</span>}
              </>
            ),
            figures: r,
          }))}
          total={f}
        />
      </div>
      <div className="block">
        <h2>{t('reports.print.categories')}</h2>
        <FigureTable
          t={t}
          head={t('reports.col.category')}
          rows={rows(tally.byCategory, (r) => categoryLabel(tr, r))}
          total={f}
        />
      </div>
      <div className="block">
        <h2>{t('reports.print.natures')}</h2>
        <FigureTable
          t={t}
          head={t('reports.col.nature')}
          rows={rows(tally.byNature, (r) => natureLabel(tr, r))}
          total={f}
        />
      </div>
      <div className="block">
        <h2>{t('reports.print.townships')}</h2>
        <FigureTable
          t={t}
          head={t('reports.col.township')}
          rows={rows(tally.byTownship, (r) => townshipLabel(tr, r))}
          total={f}
        />
      </div>
      <div className="block">
        <h2>{t('reports.print.hours')}</h2>
        <FigureTable
          t={t}
          head={t('reports.col.hour')}
          rows={rows(tally.byHour, (r) => hourLabel(tr, r))}
          total={f}
        />
        <p className="note">{t('reports.rulesNote', { zone: tally.timeZone })}</p>
        <p className="note">
          {tally.state === 'closed'
            ? t('reports.print.frozenAt', {
                time: `${longDate(t, wallDate(stamp, tally.timeZone))} ${wallTime(stamp, tally.timeZone)}`,
              })
            : t('reports.print.liveAt', {
                time: `${longDate(t, wallDate(stamp, tally.timeZone))} ${wallTime(stamp, tally.timeZone)}`,
              })}
        </p>
        <div className="signature">
          <div>{hallDisplayName(t, tally)}</div>
          <div>{longDate(t, wallDate(stamp, tally.timeZone))}</div>
        </div>
      </div>
    </article>
  )
}
