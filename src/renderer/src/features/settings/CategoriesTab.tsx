import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { caseNatures } from '@shared/contract'
import { useTRPC } from '../../app/trpc'
import { NameListEditor } from './NameListEditor'
import { useReferenceRefresh } from '../live/useLiveUpdates'

export function CategoriesTab() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const refresh = useReferenceRefresh()
  const categories = useQuery(trpc.reference.categories.queryOptions({ includeInactive: true }))
  const create = useMutation(trpc.reference.createCategory.mutationOptions({ onSuccess: refresh }))
  const rename = useMutation(trpc.reference.renameCategory.mutationOptions({ onSuccess: refresh }))
  const setActive = useMutation(
    trpc.reference.setCategoryActive.mutationOptions({ onSuccess: refresh }),
  )
  return (
    <Stack gap="lg">
      <Paper withBorder p="md" maw={900} component="section" aria-labelledby="natures-heading">
        <Title order={3} id="natures-heading">
          {t('settings.categories.natures')}
        </Title>
        <Text c="dimmed" size="sm" mb="sm">
          {t('settings.categories.naturesNote')}
        </Text>
        <Group gap="sm">
          {caseNatures.map((nature) => (
            <Badge key={nature} size="lg" variant="outline" color="gray">
              {t(`nature.${nature}`)}
            </Badge>
          ))}
        </Group>
      </Paper>
      <NameListEditor
        items={categories.data}
        labels={{
          list: t('settings.categories.subjects'),
          name: t('settings.categories.name'),
          add: t('settings.categories.add'),
          empty: t('settings.categories.empty'),
          note: t('settings.categories.subjectsNote'),
        }}
        create={(name) => create.mutateAsync({ name })}
        rename={(id, name) => rename.mutateAsync({ id, name })}
        setActive={(id, active) => setActive.mutateAsync({ id, active })}
      />
    </Stack>
  )
}
