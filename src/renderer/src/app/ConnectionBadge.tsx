import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useConnectionState } from './connectionState'

const colors = {
  connected: 'green',
  reconnecting: 'orange',
  connecting: 'gray',
  refused: 'red',
} as const

export function ConnectionBadge() {
  const { t } = useTranslation()
  const state = useConnectionState()
  return (
    <Badge color={colors[state]} variant="light" role="status" data-connection={state}>
      {t(`connection.${state}`)}
    </Badge>
  )
}
