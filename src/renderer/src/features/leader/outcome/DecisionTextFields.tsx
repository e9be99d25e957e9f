import { MultiSelect, Textarea } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import type { Option } from './DecisionFields'

interface DecisionTextFieldsProps<V> {
  // The form's values hold `decision` and `consultedDepartmentIds` at the top level.
  form: UseFormReturnType<V>
  departments: Option[]
  /** The hint under the decision (recording shows it; amending does not). */
  description?: string
}

/** The leader's decision and the departments consulted: the batch-wide part of an outcome. */
export function DecisionTextFields<V>({
  form,
  departments,
  description,
}: DecisionTextFieldsProps<V>) {
  const { t } = useTranslation()
  return (
    <>
      <Textarea
        label={t('outcomePanel.decision')}
        description={description}
        autosize
        minRows={3}
        withAsterisk
        {...form.getInputProps('decision')}
      />
      <MultiSelect
        label={t('outcomePanel.consulted')}
        data={departments}
        searchable
        clearable
        {...form.getInputProps('consultedDepartmentIds')}
      />
    </>
  )
}
