import { Button, Center, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../app/trpc'
import { HubErrorAlert } from '../../shared/HubErrorAlert'

/** Re-reads everything after a sign-in or sign-out: what the screen may show has changed. */
function useSignedInChange() {
  const queryClient = useQueryClient()
  return () => void queryClient.invalidateQueries()
}

/**
 * A paired desk or staff device with nobody signed in shows the sign-in form instead of its
 * screen: its writes and reads of full personal data would be refused (the hub's rule,
 * src/main/hub/access.ts). The admin PC and the screens need nobody.
 */
export function SignInGate({ children }: { children: ReactNode }) {
  const trpc = useTRPC()
  const current = useQuery(trpc.people.current.queryOptions())
  if (current.data?.required && !current.data.person) return <SignInForm />
  return children
}

function SignInForm() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const me = useQuery(trpc.device.me.queryOptions())
  const changed = useSignedInChange()
  const [name, setName] = useState('')
  const [secret, setSecret] = useState('')
  const signIn = useMutation(
    trpc.people.signIn.mutationOptions({
      onSuccess: () => {
        setSecret('')
        changed()
      },
      onError: () => setSecret(''),
    }),
  )
  return (
    <Center mih="70vh" p="md">
      <Paper withBorder p="xl" maw={480} w="100%">
        <form
          onSubmit={(event) => {
            event.preventDefault()
            signIn.mutate({ name: name.trim(), secret })
          }}
        >
          <Stack>
            <Title order={2}>{t('people.signIn.title')}</Title>
            {me.data && (
              <Text>{t('people.signIn.intro', { device: me.data.name, role: me.data.role })}</Text>
            )}
            <TextInput
              label={t('people.signIn.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              autoComplete="username"
              size="md"
              required
            />
            <TextInput
              type="password"
              label={t('people.signIn.secret')}
              value={secret}
              onChange={(e) => setSecret(e.currentTarget.value)}
              autoComplete="current-password"
              size="md"
              required
            />
            <HubErrorAlert error={signIn.error} />
            <Button type="submit" loading={signIn.isPending} size="md">
              {t('people.signIn.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  )
}

/** The header's note of who is signed in here, with 退出登录. */
export function SignedInPerson() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const current = useQuery(trpc.people.current.queryOptions())
  const changed = useSignedInChange()
  const signOut = useMutation(trpc.people.signOut.mutationOptions({ onSuccess: changed }))
  const person = current.data?.person
  if (!person) return null
  return (
    <Group gap="xs">
      <Text size="sm" fw={600} data-testid="signed-in-person">
        {t('people.signIn.signedInAs', { name: person.name })}
      </Text>
      <Button size="compact-sm" variant="default" onClick={() => signOut.mutate()}>
        {t('people.signIn.signOut')}
      </Button>
    </Group>
  )
}
