import { outcomeKinds } from '@shared/contract/enums'
import type {
  AssignedMatter,
  TallyDetailRow,
  TallyFigures,
  TallyView,
} from '@shared/contract/tally'
import {
  categoryLabel,
  hourLabel,
  leaderLabel,
  minutes,
  natureLabel,
  townshipLabel,
} from '@shared/tally/labels'
import { receivedOf, type Translate } from '@shared/tally/summary'

export { categoryLabel, hourLabel, leaderLabel, minutes, natureLabel, townshipLabel }

// The columns and row labels every export shares (xlsx sheets, CSV), worded through i18n.

export type Cell = string | number | Date | null

export interface Column<T> {
  header: string
  value: (row: T) => Cell
  /** 'minutes': a number with one decimal; 'datetime' / 'date' / 'time': an Excel date. */
  format?: 'minutes' | 'datetime' | 'date' | 'time' | 'integer'
  /** In the workbook: one line each (wrapped in the cell); in CSV `value` is used. */
  lines?: (row: T) => string[]
}

export function figureColumns(t: Translate): Column<TallyFigures>[] {
  const n = (header: string, value: (f: TallyFigures) => number): Column<TallyFigures> => ({
    header,
    value,
    format: 'integer',
  })
  const m = (header: string, value: (f: TallyFigures) => number | null): Column<TallyFigures> => ({
    header,
    value,
    format: 'minutes',
  })
  return [
    n(t('reports.col.batches'), (f) => f.batches),
    n(t('reports.col.persons'), (f) => f.persons),
    n(t('reports.col.collectiveBatches'), (f) => f.collectiveBatches),
    n(t('reports.col.collectivePersons'), (f) => f.collectivePersons),
    ...outcomeKinds.map((k) =>
      n(t('reports.col.outcome', { outcome: t(`outcome.${k}`) }), (f) => f.outcomes[k]),
    ),
    n(t('reports.col.noShowBatches'), (f) => f.noShowBatches),
    n(t('reports.col.noShowPersons'), (f) => f.noShowPersons),
    n(t('reports.col.transfers'), (f) => f.transfers),
    m(t('reports.col.waitMedian'), (f) => minutes(f.wait.medianSeconds)),
    m(t('reports.col.waitMax'), (f) => minutes(f.wait.maxSeconds)),
    m(t('reports.col.sessionMedian'), (f) => minutes(f.session.medianSeconds)),
    m(t('reports.col.sessionMax'), (f) => minutes(f.session.maxSeconds)),
  ]
}

/** Every group of the tally as one labelled row: the long format of the CSV. */
export function tallyGroups(t: Translate, tally: TallyView) {
  return [
    {
      group: t('reports.group.total'),
      item: t('reports.total'),
      figures: tally.totals as TallyFigures,
    },
    ...tally.byLeader.map((r) => ({
      group: t('reports.group.leader'),
      item: leaderLabel(t, r),
      figures: r,
    })),
    ...tally.byCategory.map((r) => ({
      group: t('reports.group.category'),
      item: categoryLabel(t, r),
      figures: r,
    })),
    ...tally.byNature.map((r) => ({
      group: t('reports.group.nature'),
      item: natureLabel(t, r),
      figures: r,
    })),
    ...tally.byTownship.map((r) => ({
      group: t('reports.group.township'),
      item: townshipLabel(t, r),
      figures: r,
    })),
    ...tally.byHour.map((r) => ({
      group: t('reports.group.hour'),
      item: hourLabel(t, r),
      figures: r,
    })),
  ]
}

export function detailColumns(t: Translate): Column<TallyDetailRow>[] {
  return [
    { header: t('reports.detail.ticket'), value: (r) => r.ticket },
    { header: t('reports.detail.registeredAt'), value: (r) => r.registeredAt, format: 'datetime' },
    {
      header: t('reports.detail.kind'),
      value: (r) => t(`reports.kind.${r.collective ? 'collective' : r.kind}`),
    },
    { header: t('reports.detail.headcount'), value: (r) => r.headcount, format: 'integer' },
    {
      header: t('reports.detail.names'),
      value: (r) => r.maskedNames.join('、'),
      lines: (r) => r.maskedNames,
    },
    {
      header: t('reports.detail.idNumbers'),
      value: (r) => r.maskedIdNumbers.join('、'),
      lines: (r) => r.maskedIdNumbers,
    },
    { header: t('reports.detail.nature'), value: (r) => t(`nature.${r.nature}`) },
    { header: t('reports.detail.category'), value: (r) => r.categoryName ?? '' },
    { header: t('reports.detail.township'), value: (r) => r.townshipName ?? '' },
    { header: t('reports.detail.tableNo'), value: (r) => r.tableNo, format: 'integer' },
    { header: t('reports.detail.leader'), value: (r) => r.leaderName },
    { header: t('reports.detail.transfers'), value: (r) => r.transfers, format: 'integer' },
    { header: t('reports.detail.status'), value: (r) => t(`batchStatus.${r.status}`) },
    {
      header: t('reports.detail.outcomes'),
      value: (r) => r.outcomes.map((o) => t(`outcome.${o ?? 'none'}`)).join('、'),
    },
    { header: t('reports.detail.cases'), value: (r) => r.outcomes.length, format: 'integer' },
    { header: t('reports.detail.calledAt'), value: (r) => r.calledAt, format: 'time' },
    { header: t('reports.detail.startedAt'), value: (r) => r.startedAt, format: 'time' },
    { header: t('reports.detail.endedAt'), value: (r) => r.endedAt, format: 'time' },
    { header: t('reports.detail.wait'), value: (r) => minutes(r.waitSeconds), format: 'minutes' },
    {
      header: t('reports.detail.session'),
      value: (r) => minutes(r.sessionSeconds),
      format: 'minutes',
    },
  ]
}

/** The 汇总 sheet's lines: what, how many, in what unit. */
export function summaryLines(t: Translate, tally: TallyView) {
  const f = tally.totals
  const received = receivedOf(f)
  const line = (label: string, value: Cell, unit = '', format?: Column<unknown>['format']) => ({
    label,
    value,
    unit,
    format,
  })
  const batch = t('reports.unit.batch')
  const person = t('reports.unit.person')
  const matter = t('reports.unit.case')
  const minute = t('reports.unit.minute')
  return [
    line(t('reports.line.date'), tally.date, '', 'date'),
    line(t('reports.line.place'), tally.place),
    line(t('reports.line.state'), t(`day.state.${tally.state}`)),
    line(t('reports.line.batches'), f.batches, batch, 'integer'),
    line(t('reports.line.persons'), f.persons, person, 'integer'),
    line(t('reports.line.collectiveBatches'), f.collectiveBatches, batch, 'integer'),
    line(t('reports.line.collectivePersons'), f.collectivePersons, person, 'integer'),
    // The registered batches split three ways, as the sentence says them: they add up.
    line(t('reports.line.receivedBatches'), received.batches, batch, 'integer'),
    line(t('reports.line.receivedPersons'), received.persons, person, 'integer'),
    line(t('reports.line.noShowBatches'), f.noShowBatches, batch, 'integer'),
    line(t('reports.line.noShowPersons'), f.noShowPersons, person, 'integer'),
    line(t('reports.line.open'), f.openBatches, batch, 'integer'),
    // 初访 / 重复访: text in place of a number for a day frozen before they were counted.
    ...(
      [
        ['firstBatches', batch],
        ['firstPersons', person],
        ['repeatBatches', batch],
        ['repeatPersons', person],
        ['distinctPersons', t('reports.unit.people')],
      ] as const
    ).map(([key, unit]) =>
      tally.visits
        ? line(t(`reports.line.${key}`), tally.visits[key], unit, 'integer')
        : line(t(`reports.line.${key}`), t('reports.visits.notCounted')),
    ),
    tally.assignedMatters
      ? line(t('reports.line.assigned'), tally.assignedMatters.length, matter, 'integer')
      : line(t('reports.line.assigned'), t('reports.visits.notCounted')),
    ...outcomeKinds.map((k) => line(t(`outcome.${k}`), f.outcomes[k], matter, 'integer')),
    line(t('reports.line.undecided'), f.undecidedCases, matter, 'integer'),
    line(t('reports.line.transfers'), f.transfers, t('reports.unit.times'), 'integer'),
    line(t('reports.line.waitMedian'), minutes(f.wait.medianSeconds), minute, 'minutes'),
    line(t('reports.line.waitMax'), minutes(f.wait.maxSeconds), minute, 'minutes'),
    line(t('reports.line.sessionMedian'), minutes(f.session.medianSeconds), minute, 'minutes'),
    line(t('reports.line.sessionMax'), minutes(f.session.maxSeconds), minute, 'minutes'),
    line(t('reports.line.cancelled'), tally.cancelledBatches, batch, 'integer'),
    line(t('reports.line.computedAt'), tally.computedAt, '', 'datetime'),
  ]
}

/** The 交办事项清单: one row per matter assigned that day. */
export function assignedColumns(t: Translate): Column<AssignedMatter>[] {
  return [
    { header: t('reports.assigned.caseNo'), value: (r) => r.caseNo },
    { header: t('reports.assigned.ticket'), value: (r) => r.ticket },
    {
      header: t('reports.assigned.leader'),
      value: (r) => leaderLabel(t, { tableNo: r.tableNo, leaderName: r.leaderName }),
    },
    { header: t('reports.assigned.category'), value: (r) => r.categoryName ?? '' },
    { header: t('reports.assigned.department'), value: (r) => r.departmentName ?? '' },
    { header: t('reports.assigned.deadline'), value: (r) => r.deadline, format: 'date' },
  ]
}
