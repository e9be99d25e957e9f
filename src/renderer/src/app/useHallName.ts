import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { hallDisplayName } from '../features/print/format'
import { useTRPC } from './trpc'

/**
 * The hall's own name (settings: e.g. 安吉县人民来访接待中心), else one made from the county of
 * its townships, else the generic one: the same name on the shell, the board, the plan's default
 * place and the papers. `loaded` says whether the settings have been read.
 */
export function useHallName(): { name: string; loaded: boolean } {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const settings = useQuery(trpc.reference.settings.queryOptions())
  const name = hallDisplayName(t, {
    hallName: settings.data?.hallName ?? '',
    countyName: settings.data?.county?.name ?? null,
  })
  return { name, loaded: settings.data !== undefined }
}
