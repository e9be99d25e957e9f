import { Alert, Button, Group, Text } from '@mantine/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../app/trpc'
import { errorMessage } from '../../shared/hubError'

/** On an empty hall (no leaders, no days): offer the demo hall next to planning by hand. */
export function DemoHallOffer({ date }: { date: string }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const status = useQuery({ ...trpc.demo.status.queryOptions(), staleTime: 0 })
  // The day plan form adds leaders through leader.create and re-reads this list.
  const leaders = useQuery(trpc.leader.list.queryOptions())
  const create = useMutation(
    trpc.demo.create.mutationOptions({
      // Everything changed: settings, leaders, townships and today's day.
      onSuccess: () => queryClient.invalidateQueries(),
    }),
  )

  if (!status.data?.emptyHall || leaders.data?.length !== 0) return null
  return (
    <Alert variant="light" color="blue" title={t('demo.title')}>
      <Text size="sm">{t('demo.body')}</Text>
      <Group mt="sm" gap="md">
        <Button loading={create.isPending} onClick={() => create.mutate({ date })}>
          {t('demo.create')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('demo.orByHand')}
        </Text>
      </Group>
      {create.isError && (
        <Text role="alert" c="red" mt="xs">
          {errorMessage(create.error, t)}
        </Text>
      )}
    </Alert>
  )
}
