import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { EarlierVisit } from '@shared/contract'
import { useTRPC, useTRPCClient } from '../../app/trpc'
import { errorMessage } from '../../shared/hubError'
import { openPrintRoute } from '../print/openPrintRoute'
import type { RegistrationValues } from './registrationValues'

interface Props {
  /** Today's batch of this person still waiting, called or in session. */
  visit: EarlierVisit
  name: string
  form: UseFormReturnType<RegistrationValues>
  /** The new matter went into the open batch: the form is done with. */
  onAdded: () => void
}

/**
 * The person being typed is still in today's queue. A second ticket would queue them twice and
 * count them twice: reprint their ticket, add the new matter to their batch, or, deliberately and
 * with a reason (logged by the hub), register them again at the same table.
 */
export function SameDayNotice({ visit, name, form, onAdded }: Props) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const client = useTRPCClient()
  const queryClient = useQueryClient()
  const repeat = form.values.sameDayRepeat

  const addMatter = useMutation({
    mutationFn: async () => {
      const view = await client.batch.get.query({ batchId: visit.batchId })
      const extra = form.getValues().summary.trim()
      return client.batch.correct.mutate({
        batchId: view.batchId,
        reason: t('desk.sameDay.addedReason'),
        kind: view.kind,
        headcount: view.headcount,
        members: view.members.map((m) => ({
          name: m.name,
          idNumber: m.idNumber ?? '',
          phone: m.phone ?? '',
          address: m.address ?? '',
        })),
        nature: view.nature,
        categoryId: view.categoryId ?? undefined,
        townshipCode: view.townshipCode ?? undefined,
        village: view.village ?? undefined,
        summary: extra ? `${view.summary}\n${extra}` : view.summary,
        flags: view.flags,
      })
    },
    onSuccess: () => {
      notifications.show({
        color: 'green',
        message: t('desk.sameDay.added', { ticket: visit.ticket }),
      })
      void queryClient.invalidateQueries({ queryKey: trpc.batch.pathKey() })
      onAdded()
    },
  })

  return (
    <Alert color="orange" role="alert" title={t('desk.sameDay.title')} data-testid="same-day">
      <Stack gap="xs">
        <Text fw={600}>
          {t('desk.sameDay.body', {
            name,
            ticket: visit.ticket,
            tableNo: visit.tableNo,
            status: t(`batchStatus.${visit.status}`),
          })}
        </Text>
        <Group gap="xs">
          <Button size="xs" onClick={() => openPrintRoute(`/print/receipt/${visit.batchId}`)}>
            {t('desk.sameDay.reprint', { ticket: visit.ticket })}
          </Button>
          <Button
            size="xs"
            variant="light"
            loading={addMatter.isPending}
            disabled={!form.values.summary.trim()}
            onClick={() => addMatter.mutate()}
          >
            {t('desk.sameDay.addMatter', { ticket: visit.ticket })}
          </Button>
          {repeat === null ? (
            <Button
              size="xs"
              variant="subtle"
              color="gray"
              onClick={() => form.setFieldValue('sameDayRepeat', { reason: '' })}
            >
              {t('desk.sameDay.registerAgain')}
            </Button>
          ) : (
            <Button
              size="xs"
              variant="subtle"
              color="gray"
              onClick={() => form.setFieldValue('sameDayRepeat', null)}
            >
              {t('desk.sameDay.keepOne')}
            </Button>
          )}
        </Group>
        {repeat !== null && (
          <TextInput
            label={t('desk.sameDay.reason')}
            data-autofocus
            autoFocus
            name="sameDayRepeat.reason"
            {...form.getInputProps('sameDayRepeat.reason')}
          />
        )}
        {addMatter.isError && (
          <Text c="red" size="sm">
            {errorMessage(addMatter.error, t)}
          </Text>
        )}
      </Stack>
    </Alert>
  )
}
