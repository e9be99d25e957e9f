import { Alert, Button, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { starterDepartmentNames } from '@shared/reference/starterDepartments'
import { useTRPC } from '../../app/trpc'
import { NameListEditor } from './NameListEditor'
import { useReferenceRefresh } from '../live/useLiveUpdates'

export function DepartmentsTab() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const refresh = useReferenceRefresh()
  const departments = useQuery(trpc.reference.departments.queryOptions({ includeInactive: true }))
  const create = useMutation(
    trpc.reference.createDepartment.mutationOptions({ onSuccess: refresh }),
  )
  const rename = useMutation(
    trpc.reference.renameDepartment.mutationOptions({ onSuccess: refresh }),
  )
  const setActive = useMutation(
    trpc.reference.setDepartmentActive.mutationOptions({ onSuccess: refresh }),
  )
  // A new hall (no department yet) starts from the common list, named after its county.
  const settings = useQuery(trpc.reference.settings.queryOptions())
  const starter = starterDepartmentNames(settings.data?.county?.name)
  const addStarter = useMutation({
    mutationFn: async () => {
      for (const name of starter) await create.mutateAsync({ name })
    },
    onSuccess: () =>
      notifications.show({
        color: 'green',
        message: t('setup.starter.added', { count: starter.length }),
      }),
  })
  const editor = (
    <NameListEditor
      items={departments.data}
      labels={{
        list: t('settings.departments.list'),
        name: t('settings.departments.name'),
        add: t('settings.departments.add'),
        empty: t('settings.departments.empty'),
      }}
      create={(name) => create.mutateAsync({ name })}
      rename={(id, name) => rename.mutateAsync({ id, name })}
      setActive={(id, active) => setActive.mutateAsync({ id, active })}
    />
  )
  // One tree either way: the editor keeps its state (the 「已保存」 line) when the alert goes.
  return (
    <Stack>
      {departments.data?.length === 0 && (
        <Alert variant="light" title={t('setup.starter.title')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('setup.starter.body', { count: starter.length })}</Text>
            <Text size="sm" c="dimmed">
              {starter.join('、')}
            </Text>
            <Button loading={addStarter.isPending} onClick={() => addStarter.mutate()}>
              {t('setup.starter.add')}
            </Button>
          </Stack>
        </Alert>
      )}
      {editor}
    </Stack>
  )
}
