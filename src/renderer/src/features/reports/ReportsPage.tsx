import {
  Alert,
  Badge,
  Blockquote,
  Button,
  CopyButton,
  Group,
  Loader,
  ScrollArea,
  Select,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import type { DayPlanView, TallyView } from '@shared/contract'
import {
  categoryLabel,
  hourLabel,
  leaderLabel,
  natureLabel,
  townshipLabel,
} from '@shared/tally/labels'
import { tallySentence } from '@shared/tally/summary'
import { wallTime } from '@shared/tally/timeZone'
import { useTRPC } from '../../app/trpc'
import { AssignedTable } from './AssignedTable'
import { BreakdownTable, type BreakdownRow } from './BreakdownTable'
import { CloseDayButton } from './CloseDayButton'
import { ExportButtons } from './ExportButtons'
import { longDate } from '../print/format'
import { asTranslate } from './format'
import { KeyFigures } from './KeyFigures'
import { HubErrorAlert } from '../../shared/HubErrorAlert'

const stateColors = { planned: 'blue', open: 'green', closed: 'gray' } as const

/** The day chosen in `?day=`, else today's, else the latest one. */
function useChosenDay() {
  const trpc = useTRPC()
  const [params, setParams] = useSearchParams()
  const days = useQuery(trpc.day.list.queryOptions({ recentLimit: 60 }))
  const today = useQuery(trpc.day.get.queryOptions({}))
  const all: DayPlanView[] = [...(days.data?.upcoming ?? []), ...(days.data?.recent ?? [])]
  const requested = Number(params.get('day')) || null
  const dayId =
    (requested && all.some((d) => d.id === requested) ? requested : null) ??
    today.data?.id ??
    days.data?.recent[0]?.id ??
    null
  return {
    loading: days.isPending || today.isPending,
    days: all.sort((a, b) => b.date.localeCompare(a.date)),
    dayId,
    choose: (id: string | null) => setParams(id ? { day: id } : {}, { replace: true }),
  }
}

/** Reports: the day's tally, live until the day is closed, its exports and the close. */
export function ReportsPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const chosen = useChosenDay()
  const tally = useQuery({
    ...trpc.tally.get.queryOptions({ dayId: chosen.dayId ?? 0 }),
    enabled: chosen.dayId !== null,
  })

  return (
    <Stack maw={1640}>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('reports.title')}</Title>
        {chosen.days.length > 0 && (
          <Select
            label={t('reports.day')}
            w={300}
            allowDeselect={false}
            value={chosen.dayId ? String(chosen.dayId) : null}
            onChange={chosen.choose}
            data={chosen.days.map((d) => ({
              value: String(d.id),
              label: t('reports.dayOption', {
                date: longDate(t, d.date),
                state: t(`day.state.${d.state}`),
              }),
            }))}
          />
        )}
      </Group>
      {chosen.loading && <Loader aria-label={t('common.loading')} />}
      {!chosen.loading && chosen.dayId === null && <Alert>{t('reports.noDay')}</Alert>}
      <HubErrorAlert error={tally.error} />
      {tally.data && <TallyReport tally={tally.data} />}
    </Stack>
  )
}

/** A breakdown's own scroll, at most the screen below the header and the tabs. */
function BreakdownScroll({ children }: { children: ReactNode }) {
  return (
    <ScrollArea.Autosize mah="calc(100dvh - 140px)" type="auto" offsetScrollbars="y">
      {children}
    </ScrollArea.Autosize>
  )
}

function TallyReport({ tally }: { tally: TallyView }) {
  const { t } = useTranslation()
  const tr = asTranslate(t)
  const f = tally.totals
  // Worded here in the reader's language, from the figures (frozen or live): the hub's
  // sentence is in the language the connection opened with, not the one switched to since.
  const summary = tallySentence(tr, tally)
  const status =
    tally.state === 'closed'
      ? t('reports.frozen', { time: wallTime(tally.closedAt ?? tally.computedAt, tally.timeZone) })
      : tally.state === 'planned'
        ? t('reports.planned')
        : t('reports.live', { time: wallTime(tally.computedAt, tally.timeZone) })
  const leaderRows: BreakdownRow[] = tally.byLeader.map((r) => ({
    key: r.key,
    label: `${leaderLabel(tr, r)} ${r.leaderTitle}`.trim(),
    figures: r,
    extra: [r.transfersIn, r.transfersOut],
  }))
  const rowsOf = (
    rows: TallyView['byCategory'],
    label: (r: TallyView['byCategory'][number]) => string,
  ) => rows.map((r) => ({ key: r.key, label: label(r), figures: r }))

  return (
    <Stack gap="md">
      <Group gap="sm">
        <Badge color={stateColors[tally.state]} variant="light" size="lg">
          {t(`day.state.${tally.state}`)}
        </Badge>
        <Text c="dimmed" data-testid="tally-status">
          {tally.place} · {status}
        </Text>
      </Group>

      <Blockquote color="red" p="md" aria-label={t('reports.summaryTitle')}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fz="lg" data-testid="tally-summary">
            {summary}
          </Text>
          <CopyButton value={summary}>
            {({ copied, copy }) => (
              <Button size="xs" variant="subtle" onClick={copy} style={{ flexShrink: 0 }}>
                {copied ? t('reports.copied') : t('reports.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Blockquote>

      <KeyFigures tally={tally} />

      {f.openBatches > 0 && (
        <Alert color="yellow">{t('reports.openWarning', { count: f.openBatches })}</Alert>
      )}
      {f.concludedWithoutOutcome > 0 && (
        <Alert color="yellow">
          {t('reports.noOutcomeWarning', { count: f.concludedWithoutOutcome })}
        </Alert>
      )}
      {f.undecidedCases > 0 && (
        <Alert color="yellow">{t('reports.undecidedWarning', { count: f.undecidedCases })}</Alert>
      )}

      <Group justify="space-between">
        <ExportButtons tally={tally} />
        {tally.state !== 'closed' && <CloseDayButton tally={tally} />}
      </Group>

      {/* Each breakdown scrolls inside its panel, at most a screen high: the page never grows
          by a long township list, and the tabs stay in reach above it. */}
      <Tabs defaultValue="leaders" keepMounted={false}>
        <Tabs.List aria-label={t('reports.breakdowns')}>
          {(['leaders', 'categories', 'natures', 'townships', 'hours'] as const).map((tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {t(`reports.tab.${tab}`)}
            </Tabs.Tab>
          ))}
          <Tabs.Tab value="assigned">
            {t('reports.tab.assigned', { count: tally.assignedMatters?.length ?? 0 })}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="assigned" pt="sm">
          <BreakdownScroll>
            <AssignedTable tally={tally} />
          </BreakdownScroll>
        </Tabs.Panel>
        <Tabs.Panel value="leaders" pt="sm">
          <BreakdownScroll>
            <BreakdownTable
              caption={t('reports.tab.leaders')}
              labelHeader={t('reports.col.leader')}
              extraHeaders={[t('reports.col.transfersIn'), t('reports.col.transfersOut')]}
              rows={leaderRows}
              total={f}
            />
          </BreakdownScroll>
        </Tabs.Panel>
        <Tabs.Panel value="categories" pt="sm">
          <BreakdownScroll>
            <BreakdownTable
              caption={t('reports.tab.categories')}
              labelHeader={t('reports.col.category')}
              rows={rowsOf(tally.byCategory, (r) => categoryLabel(tr, r))}
              total={f}
            />
          </BreakdownScroll>
        </Tabs.Panel>
        <Tabs.Panel value="natures" pt="sm">
          <BreakdownScroll>
            <BreakdownTable
              caption={t('reports.tab.natures')}
              labelHeader={t('reports.col.nature')}
              rows={rowsOf(tally.byNature, (r) => natureLabel(tr, r))}
              total={f}
            />
          </BreakdownScroll>
        </Tabs.Panel>
        <Tabs.Panel value="townships" pt="sm">
          <BreakdownScroll>
            <BreakdownTable
              caption={t('reports.tab.townships')}
              labelHeader={t('reports.col.township')}
              rows={rowsOf(tally.byTownship, (r) => townshipLabel(tr, r))}
              total={f}
            />
          </BreakdownScroll>
        </Tabs.Panel>
        <Tabs.Panel value="hours" pt="sm">
          <BreakdownScroll>
            <BreakdownTable
              caption={t('reports.tab.hours')}
              labelHeader={t('reports.col.hour')}
              rows={rowsOf(tally.byHour, (r) => hourLabel(tr, r))}
              total={f}
            />
          </BreakdownScroll>
        </Tabs.Panel>
      </Tabs>

      <Text size="sm" c="dimmed">
        {t('reports.rulesNote', { zone: tally.timeZone })} {t('reports.visits.rule')}
        {tally.cancelledBatches > 0 && ` ${t('reports.stat.cancelled')}: ${tally.cancelledBatches}`}
      </Text>
    </Stack>
  )
}
