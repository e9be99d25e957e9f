import { Button, Divider, NativeSelect, Popover, Stack } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DayView, StartPairingInput } from '@shared/contract'
import { i18n } from '../../app/i18n'
import { errorMessage } from '../../shared/hubError'
import { OtherPcAddress } from './OtherPcAddress'

const BOARD = 'board'

/** 'board' or a table number as the select's value → the screen and its route. */
function parseChoice(value: string): { kind: 'board' } | { kind: 'leader'; tableNo: number } {
  return value === BOARD ? { kind: 'board' } : { kind: 'leader', tableNo: Number(value) }
}

const routeOf = (screen: ReturnType<typeof parseChoice>) =>
  screen.kind === 'board' ? '/board' : `/leader/${screen.tableNo}`

/** The device another PC becomes for the chosen screen: the board, or the leader's table. */
function pairingFor(screen: ReturnType<typeof parseChoice>, day: DayView): StartPairingInput {
  if (screen.kind === 'board') return { name: i18n.t('screens.board'), role: 'board' }
  const duty = day.duties.find((d) => d.tableNo === screen.tableNo)
  const name = `${i18n.t('common.table', { tableNo: screen.tableNo })} ${duty?.leader.name ?? ''}`
  return { name: name.trim().slice(0, 40), role: 'leader', tableNo: screen.tableNo }
}

/**
 * Opens a leader's table screen or the hall board: in the desktop app in a full-screen window
 * on the chosen display (remembered for the next start); in a browser in a new tab, to be
 * dragged to the other monitor.
 */
export function SecondScreenMenu({ day }: { day: DayView }) {
  const { t } = useTranslation()
  const bridge = window.receptionDay?.screens
  const [screen, setScreen] = useState(BOARD)
  const [display, setDisplay] = useState('')
  const [opened, setOpened] = useState(false)
  const displays = useQuery({
    queryKey: ['screens', 'displays'],
    queryFn: () => bridge?.listDisplays() ?? Promise.resolve([]),
    enabled: opened && bridge !== undefined,
    staleTime: 0,
  })

  const open = async () => {
    const chosen = parseChoice(screen)
    if (!bridge) {
      window.open(`${location.pathname}${location.search}#${routeOf(chosen)}`, '_blank', 'noopener')
      setOpened(false)
      return
    }
    try {
      const result = await bridge.openScreen({
        ...chosen,
        ...(display ? { displayId: Number(display) } : {}),
      })
      notifications.show({
        color: 'green',
        message: t('screens.opened', { display: result.label }),
      })
      setOpened(false)
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) })
    }
  }

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        <Button variant="default" onClick={() => setOpened((o) => !o)}>
          {t('screens.title')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack w={340}>
          <NativeSelect
            label={t('screens.kind')}
            value={screen}
            onChange={(e) => setScreen(e.currentTarget.value)}
          >
            <option value={BOARD}>{t('screens.board')}</option>
            {day.duties.map((d) => (
              <option key={d.tableNo} value={String(d.tableNo)}>
                {`${t('screens.leader')} · ${t('common.table', { tableNo: d.tableNo })} · ${d.leader.name}`}
              </option>
            ))}
          </NativeSelect>
          {bridge && (
            <NativeSelect
              label={t('screens.display')}
              value={display}
              onChange={(e) => setDisplay(e.currentTarget.value)}
            >
              <option value="">{t('screens.autoDisplay')}</option>
              {(displays.data ?? []).map((d, i) => (
                <option key={d.id} value={String(d.id)}>
                  {t('screens.displayOption', { index: i + 1, width: d.width, height: d.height })}
                  {d.label ? ` ${d.label}` : ''}
                  {d.primary ? ` ${t('screens.primary')}` : ''}
                </option>
              ))}
            </NativeSelect>
          )}
          <Button onClick={() => void open()}>
            {bridge ? t('screens.open') : t('screens.openTab')}
          </Button>
          <Divider />
          <OtherPcAddress device={pairingFor(parseChoice(screen), day)} />
        </Stack>
      </Popover.Dropdown>
    </Popover>
  )
}
