import { Button, Group, Modal, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { AmendOutcomeInput, type CaseDetail } from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { fieldErrors } from '../../shared/hubError'
import { schemaErrors } from '../../shared/schemaErrors'
import { DecisionFields } from '../leader/outcome/DecisionFields'
import { DecisionTextFields } from '../leader/outcome/DecisionTextFields'
import { useDecisionOptions } from '../leader/outcome/useDecisionOptions'
import {
  amendInput,
  amendValues,
  promiseError,
  type AmendValues,
} from '../leader/outcome/outcomeValues'
import { useWorkingCalendar } from '../../app/useWorkingCalendar'
import { HubErrorAlert } from '../../shared/HubErrorAlert'

/** Amends a case's outcome with a reason; the old one and its printed papers are superseded. */
export function AmendOutcomeModal({
  detail,
  onClose,
}: {
  detail: CaseDetail
  onClose: () => void
}) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const { departments: departmentOptions, leaders: leaderOptions } = useDecisionOptions()
  const acceptedOn = detail.acceptedOn ?? detail.dayDate
  const calendar = useWorkingCalendar()
  const form = useForm<AmendValues>({
    initialValues: amendValues(detail.outcomes[0], null),
    validate: (values) => {
      const errors = schemaErrors(
        AmendOutcomeInput,
        amendInput(detail.caseId, detail.nature, values),
        t,
      )
      const promise = promiseError(t, acceptedOn, values, 1, calendar)
      if (promise) errors['promisedDeadline'] = promise
      return errors
    },
  })
  const amend = useMutation(
    trpc.outcome.amend.mutationOptions({
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('cases.amended') })
        void queryClient.invalidateQueries({ queryKey: trpc.case.pathKey() })
        onClose()
      },
      onError: (error) => form.setErrors(fieldErrors(error, t)),
    }),
  )
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('cases.amendTitle', { caseNo: detail.caseNo })}
      size="xl"
    >
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          amend.mutate(amendInput(detail.caseId, detail.nature, values)),
        )}
      >
        <Stack>
          <TextInput
            label={t('cases.amendReasonLabel')}
            withAsterisk
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <DecisionTextFields form={form} departments={departmentOptions} />
          <DecisionFields
            form={form}
            prefix=""
            decision={form.values}
            nature={detail.nature}
            acceptedOn={acceptedOn}
            departments={departmentOptions}
            leaders={leaderOptions}
          />
          <HubErrorAlert error={amend.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={amend.isPending}>
              {t('cases.amendSave')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
