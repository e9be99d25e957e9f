import { AppShell, Group, NavLink, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router'
import { useLiveUpdates } from '../features/live/useLiveUpdates'
import { ConnectionBadge } from './ConnectionBadge'
import { LanguageSwitch } from './LanguageSwitch'
import { useHallName } from './useHallName'

const sections = ['desk', 'plan', 'cases', 'reports', 'settings'] as const

export function Shell() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  useLiveUpdates()
  const hall = useHallName()
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
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  )
}
