import { Stack, Tabs, Title } from '@mantine/core'
import type { ComponentType } from 'react'
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
  const tab: Tab = tabs.find((x) => x === requested) ?? 'leaders'
  return (
    <Stack maw={1600}>
      <Title order={2}>{t('settings.title')}</Title>
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
