import { ActionIcon, Fieldset, Group, Text, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { checkIdNumber } from '@shared/person/idNumber'
import { ageOnDate } from '@shared/time/hallClock'
import { useHallClock } from '../../app/useHallClock'
import type { RegistrationValues } from './registrationValues'

interface Props {
  form: UseFormReturnType<RegistrationValues>
  index: number
  onFocusPerson: (index: number) => void
  autoFocus?: boolean
}

/** One visitor's identity; the ID number's birth date, age and sex show as soon as it is valid. */
export function MemberFields({ form, index, onFocusPerson, autoFocus }: Props) {
  const { t } = useTranslation()
  const member = form.values.members[index]
  const group = form.values.kind === 'group'
  const legend = group ? t('desk.representative', { index: index + 1 }) : t('desk.persons')
  const { today } = useHallClock()
  const id = member ? checkIdNumber(member.idNumber, today) : null
  const path = (field: string) => `members.${index}.${field}`
  // A wrong number is pointed out as soon as the clerk leaves the field; an empty one only on save.
  const checkWhenFilled = (field: 'idNumber' | 'phone') => () => {
    if (member?.[field].trim()) form.validateField(path(field))
  }
  return (
    <Fieldset legend={legend} onFocus={() => onFocusPerson(index)} p="sm">
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <TextInput
          label={t('desk.name')}
          w={140}
          autoFocus={autoFocus}
          autoComplete="off"
          name={path('name')}
          {...form.getInputProps(path('name'))}
        />
        <TextInput
          label={t('desk.idNumber')}
          w={240}
          maxLength={20}
          autoComplete="off"
          description={
            id?.ok
              ? t('desk.idDerived', {
                  birthDate: id.birthDate,
                  age: ageOnDate(id.birthDate, today),
                  sex: t(`desk.sex.${id.sex}`),
                })
              : undefined
          }
          name={path('idNumber')}
          {...form.getInputProps(path('idNumber'))}
          onBlur={checkWhenFilled('idNumber')}
        />
        <TextInput
          label={t('desk.phone')}
          w={170}
          inputMode="tel"
          autoComplete="off"
          name={path('phone')}
          {...form.getInputProps(path('phone'))}
          onBlur={checkWhenFilled('phone')}
        />
        <TextInput
          label={t('desk.address')}
          style={{ flex: 1 }}
          autoComplete="off"
          name={path('address')}
          {...form.getInputProps(path('address'))}
        />
        {form.values.members.length > 1 && (
          <ActionIcon
            mt={28}
            variant="subtle"
            color="gray"
            aria-label={t('desk.removePerson', { index: index + 1 })}
            onClick={() => form.removeListItem('members', index)}
          >
            <Text size="lg">×</Text>
          </ActionIcon>
        )}
      </Group>
    </Fieldset>
  )
}
