import { Group, Text } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import type { DayView } from '@shared/contract'
import { KeySelect } from '../../shared/KeySelect'
import type { RegistrationValues } from './registrationValues'

interface Suggestion {
  tableNo: number
  leaderName: string
  rule: string
}

interface Props {
  day: DayView
  form: UseFormReturnType<RegistrationValues>
  suggestion: Suggestion | null | undefined
}

/** The routing suggestion with its reason; the clerk may pick another table (Alt+1…9). */
export function RouteChooser({ day, form, suggestion }: Props) {
  const { t } = useTranslation()
  const tables = day.duties
    .filter((d) => d.state !== 'ended')
    .map((d) => ({
      value: String(d.tableNo),
      label: t('desk.tableOption', { tableNo: d.tableNo, leader: d.leader.name }),
    }))
  return (
    <Group align="flex-end" gap="md" wrap="nowrap">
      <KeySelect
        label={t('desk.tableChoice')}
        w={260}
        data={tables}
        placeholder={t('desk.followSuggestion')}
        clearable
        {...form.getInputProps('tableNo')}
      />
      <Text
        mb={6}
        c={suggestion ? undefined : 'dimmed'}
        data-testid="route-suggestion"
        role="status"
      >
        {suggestion
          ? t('desk.suggested', {
              tableNo: suggestion.tableNo,
              leader: suggestion.leaderName,
              reason: t(`route.${suggestion.rule}`),
            })
          : t('desk.noSuggestion')}
      </Text>
    </Group>
  )
}
