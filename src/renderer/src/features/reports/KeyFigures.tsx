import { Paper, SimpleGrid, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { outcomeKinds, type TallyView } from '@shared/contract'
import { batchesAndPersons, minutes } from '@shared/tally/labels'
import { receivedOf } from '@shared/tally/summary'

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder px="sm" py={6} radius="sm" data-testid={testId}>
      <Text size="xs" c="dimmed" lh={1.3}>
        {label}
      </Text>
      <Text fz={18} fw={700} lh={1.3}>
        {value}
      </Text>
    </Paper>
  )
}

/** The day's main figures, as the leadership asks for them first. */
export function KeyFigures({ tally }: { tally: TallyView }) {
  const { t } = useTranslation()
  const f = tally.totals
  const received = receivedOf(f)
  const v = tally.visits
  const notCounted = t('reports.visits.notCounted')
  // "3 / 4 分钟": one unit for both, so the pair fits its box at 1366 px.
  const pair = (median: number | null, max: number | null) =>
    median === null || max === null
      ? t('reports.noValue')
      : t('reports.stat.pairMinutes', { median: minutes(median), max: minutes(max) })
  return (
    <section aria-label={t('reports.figures')}>
      {/* Two rows of eight from 1200 px: at 1366×768 the breakdowns start on the first screen. */}
      <SimpleGrid cols={{ base: 3, md: 5, lg: 8 }} spacing="xs" verticalSpacing="xs">
        <Figure
          testId="figure-registered"
          label={t('reports.stat.registered')}
          value={batchesAndPersons(t, f.batches, f.persons)}
        />
        <Figure
          testId="figure-received"
          label={t('reports.stat.received')}
          value={batchesAndPersons(t, received.batches, received.persons)}
        />
        <Figure
          testId="figure-first"
          label={t('reports.visits.first')}
          value={v ? batchesAndPersons(t, v.firstBatches, v.firstPersons) : notCounted}
        />
        <Figure
          testId="figure-repeat"
          label={t('reports.visits.repeat')}
          value={v ? batchesAndPersons(t, v.repeatBatches, v.repeatPersons) : notCounted}
        />
        <Figure
          testId="figure-distinct"
          label={t('reports.visits.distinct')}
          value={v ? t('reports.visits.distinctValue', { count: v.distinctPersons }) : notCounted}
        />
        <Figure
          testId="figure-collective"
          label={t('reports.stat.collective')}
          value={batchesAndPersons(t, f.collectiveBatches, f.collectivePersons)}
        />
        {outcomeKinds.map((k) => (
          <Figure
            key={k}
            testId={`figure-${k}`}
            label={t(`outcome.${k}`)}
            value={t('reports.stat.cases', { count: f.outcomes[k] })}
          />
        ))}
        <Figure
          testId="figure-no-show"
          label={t('reports.stat.noShow')}
          value={batchesAndPersons(t, f.noShowBatches, f.noShowPersons)}
        />
        <Figure
          testId="figure-transfers"
          label={t('reports.stat.transfers')}
          value={t('reports.stat.transfersValue', { count: f.transfers })}
        />
        <Figure
          testId="figure-wait"
          label={t('reports.stat.wait')}
          value={pair(f.wait.medianSeconds, f.wait.maxSeconds)}
        />
        <Figure
          testId="figure-session"
          label={t('reports.stat.session')}
          value={pair(f.session.medianSeconds, f.session.maxSeconds)}
        />
      </SimpleGrid>
    </section>
  )
}
