import { useMutation, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
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
  return (
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
}
