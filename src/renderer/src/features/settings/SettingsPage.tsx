import { Loader, Stack, Tabs, Title } from '@mantine/core'
import { useEffect, type ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { IdCardReaderSetting } from '../desk/idCard/IdCardReaderSetting'
import { DevicesTab } from '../devices/DevicesTab'
import { AuditTab } from '../people/AuditTab'
import { PeopleTab } from '../people/PeopleTab'
import { BackupTab } from './BackupTab'
import { BasicSettingsTab } from './BasicSettingsTab'
import { CalendarTab } from './CalendarTab'
import { CategoriesTab } from './CategoriesTab'
import { DepartmentsTab } from './DepartmentsTab'
import { LeadersTab } from './LeadersTab'
import { SetupGuide } from './SetupGuide'
import { nextSettingsTab } from './setupSteps'
import { useSetupGuide } from './useSetupGuide'
import { TownshipsTab } from './TownshipsTab'

const tabs = [
  'leaders',
  'departments',
  'categories',
  'townships',
  'basic',
  'backup',
  'calendar',
  'device',
  'devices',
  'people',
  'audit',
] as const
type Tab = (typeof tabs)[number]

const panels: Record<Tab, ComponentType> = {
  leaders: LeadersTab,
  departments: DepartmentsTab,
  categories: CategoriesTab,
  townships: TownshipsTab,
  basic: BasicSettingsTab,
  backup: BackupTab,
  calendar: CalendarTab,
  device: IdCardReaderSetting,
  devices: DevicesTab,
  people: PeopleTab,
  audit: AuditTab,
}

/** Before the day: who receives, where cases go, how matters are classified, the hall itself. */
export function SettingsPage() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const requested = params.get('tab')
  // Without a tab asked for, the settings open where the first-run guide's next step is.
  // It stays there (in the address) while the step is being done and the guide moves on.
  const guide = useSetupGuide()
  const guided = guide.steps ? (nextSettingsTab(guide.steps) ?? 'leaders') : null
  useEffect(() => {
    if (!requested && guided) setParams({ tab: guided }, { replace: true })
  }, [requested, guided, setParams])
  if (!requested && !guided) return <Loader aria-label={t('common.loading')} />
  const tab: Tab = tabs.find((x) => x === requested) ?? guided ?? 'leaders'
  return (
    <Stack maw={1600}>
      <Title order={2}>{t('settings.title')}</Title>
      <SetupGuide compact />
      <Tabs
        value={tab}
        onChange={(next) => setParams(next ? { tab: next } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          {tabs.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {t(`settings.tabs.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map((x) => {
          const Panel = panels[x]
          return (
            <Tabs.Panel key={x} value={x} pt="md">
              <Panel />
            </Tabs.Panel>
          )
        })}
      </Tabs>
    </Stack>
  )
}
