import { Alert, Box, Button, Group, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { BoardCall, BoardTable } from '@shared/contract'
import { ConnectionBadge } from '../../app/ConnectionBadge'
import { useTRPC } from '../../app/trpc'
import { useHallClock } from '../../app/useHallClock'
import { useHallName } from '../../app/useHallName'
import { useLiveUpdates } from '../live/useLiveUpdates'
import classes from './BoardPage.module.css'
import { useCallAnnouncements } from './useCallAnnouncements'

/** Calls listed under the latest one. */
const MORE_CALLS = 4

/**
 * The hall board, for a large display (1920×1080) read across the hall: the tickets now
 * called and to which table, the next few per table (masked names only), each call said aloud.
 */
export function BoardPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const { today } = useHallClock()
  const day = useQuery(trpc.day.get.queryOptions({ date: today }))
  const dayId = day.data?.id
  const board = useQuery({
    ...trpc.queue.board.queryOptions({ dayId: dayId ?? 0 }),
    enabled: dayId !== undefined,
  })
  useLiveUpdates(dayId)
  const hall = useHallName()
  const voice = useCallAnnouncements(board.data)
  const [latest, ...others] = board.data?.calls ?? []

  return (
    <Box className={classes.board}>
      <header className={classes.header}>
        <Title order={1} className={classes.title}>
          {hall.name} · {t('board.title')}
        </Title>
        <Group gap="lg">
          <Clock />
          <div className={classes.connection}>
            <ConnectionBadge />
          </div>
        </Group>
      </header>

      {day.data === null && (
        <Alert m="xl" fz="xl">
          {t('board.noDay')}
        </Alert>
      )}

      {board.data && (
        <main className={classes.main}>
          <section className={classes.calls} aria-label={t('board.nowCalling')}>
            <Text className={classes.sectionTitle}>{t('board.nowCalling')}</Text>
            {latest ? (
              <LatestCall call={latest} />
            ) : (
              <Text className={classes.noCalls}>{t('board.noCalls')}</Text>
            )}
            <Stack gap="sm" mt="lg">
              {others.slice(0, MORE_CALLS).map((call) => (
                <Text
                  key={call.announceKey}
                  className={classes.otherCall}
                  data-ticket={call.ticket}
                >
                  {t('board.call', { ticket: call.ticket, tableNo: call.tableNo })}
                </Text>
              ))}
            </Stack>
          </section>
          <section
            className={classes.tables}
            data-count={Math.min(board.data.tables.length, 8)}
            aria-label={t('board.next')}
          >
            {board.data.tables.map((table) => (
              <TableCard key={table.tableNo} table={table} />
            ))}
          </section>
        </main>
      )}

      <footer className={classes.footer}>
        {voice.state === 'blocked' ? (
          <Button size="md" variant="white" onClick={voice.unblock}>
            {t('board.enableSound')}
          </Button>
        ) : (
          <Text c="gray.4" data-voice={voice.state}>
            {voice.state === 'silent' ? t('board.noVoice') : t('board.soundOn')}
          </Text>
        )}
        <PlatformNote />
      </footer>
    </Box>
  )
}

function LatestCall({ call }: { call: BoardCall }) {
  const { t } = useTranslation()
  return (
    <div
      className={classes.latest}
      key={call.announceKey}
      role="status"
      aria-live="polite"
      data-ticket={call.ticket}
    >
      <div className={classes.latestTicket} aria-hidden>
        {call.ticket}
      </div>
      <div className={classes.latestText}>
        {t('board.call', { ticket: call.ticket, tableNo: call.tableNo })}
      </div>
    </div>
  )
}

function TableCard({ table }: { table: BoardTable }) {
  const { t } = useTranslation()
  const closed = table.state !== 'active'
  return (
    <article
      className={classes.table}
      data-table={table.tableNo}
      data-state={table.state}
      aria-label={t('board.table', { tableNo: table.tableNo })}
    >
      <div className={classes.tableHead}>
        <span className={classes.tableNo}>{t('board.table', { tableNo: table.tableNo })}</span>
        <span className={classes.leader}>{table.leaderName}</span>
      </div>
      <div className={classes.current}>
        {closed
          ? t(table.state === 'paused' ? 'board.paused' : 'board.ended')
          : table.current
            ? t(table.current.status === 'in_session' ? 'board.inSession' : 'board.called', {
                ticket: table.current.ticket,
              })
            : t('board.idle')}
      </div>
      {table.next.length === 0 ? (
        <Text className={classes.none}>{t('board.none')}</Text>
      ) : (
        <ol className={classes.next}>
          {table.next.map((n) => (
            <li key={n.ticket} data-ticket={n.ticket}>
              <span className={classes.nextTicket}>{n.ticket}</span>
              <span className={classes.nextNames}>{n.maskedNames.join('、')}</span>
            </li>
          ))}
        </ol>
      )}
      {table.waitingCount > table.next.length && (
        <Text className={classes.more}>
          {t('board.more', { count: table.waitingCount - table.next.length })}
        </Text>
      )}
    </article>
  )
}

/** The hall's time of day (the hub's clock in the hall's zone), HH:MM. */
function Clock() {
  const { time } = useHallClock()
  return <Text className={classes.clock}>{time}</Text>
}

type PlatformValue = 'x11' | 'wayland' | 'speech-dispatcher' | 'off'
const PLATFORM_VALUES: readonly string[] = ['x11', 'wayland', 'speech-dispatcher', 'off']
const isPlatformValue = (value: string): value is PlatformValue => PLATFORM_VALUES.includes(value)

/** On Linux, the display platform and speech switch the desktop app runs with. */
function PlatformNote() {
  const { t } = useTranslation()
  const shell = window.receptionDay?.shell
  if (!shell || !isPlatformValue(shell.display) || !isPlatformValue(shell.speech)) return null
  return (
    <Text c="gray.5" size="sm" ml="xl" data-platform={shell.display}>
      {t('board.platform', {
        display: t(`board.platformValue.${shell.display}`),
        speech: t(`board.platformValue.${shell.speech}`),
      })}
    </Text>
  )
}
