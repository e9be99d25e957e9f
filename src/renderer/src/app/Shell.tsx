import { AppShell, Badge, Group, NavLink, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router'
import { useLiveUpdates } from '../features/live/useLiveUpdates'
import { SignedInPerson, SignInGate } from '../features/people/SignIn'
import { ConnectionBadge } from './ConnectionBadge'
import { LanguageSwitch } from './LanguageSwitch'
import { useHallName } from './useHallName'
import { useTRPC } from './trpc'

const sections = [
  'desk',
  'plan',
  'cases',
  'followup',
  'rates',
  'reports',
  'city',
  'settings',
] as const

export function Shell() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  useLiveUpdates()
  const hall = useHallName()
  const trpc = useTRPC()
  // The follow-up work waiting, on the nav: call-backs, notices, deadlines near and past.
  const work = useQuery(trpc.followUp.workList.queryOptions({}))
  const todo = work.data?.rows.length ?? 0
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Title order={3}>{t('app.name')}</Title>
            <Text c="dimmed" size="sm">
              {hall.name}
            </Text>
          </Group>
          <Group gap="md">
            <SignedInPerson />
            <ConnectionBadge />
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('app.name')}>
        {sections.map((section) => (
          <NavLink
            key={section}
            component={RouterLink}
            to={`/${section}`}
            label={t(`nav.${section}`)}
            active={pathname.startsWith(`/${section}`)}
            rightSection={
              section === 'followup' && todo > 0 ? (
                <Badge size="sm" color="red" aria-label={t('nav.followupCount', { count: todo })}>
                  {todo}
                </Badge>
              ) : undefined
            }
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <SignInGate>
          <Outlet />
        </SignInGate>
      </AppShell.Main>
    </AppShell>
  )
}
