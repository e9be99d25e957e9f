import { Stack, Text, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../app/trpc'
import { longDate } from '../print/format'
import { hallText } from './hallText'

/** Full-text search of earlier requests (trigram for 3+ characters, grams for 1–2). */
export function SummarySearch() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const [query, setQuery] = useState('')
  const [debounced] = useDebouncedValue(query.trim(), 250)
  const hits = useQuery({
    ...trpc.desk.search.queryOptions({ query: debounced || '-', limit: 20 }),
    enabled: debounced.length > 0,
    staleTime: 0,
  })
  return (
    <Stack gap={4}>
      <TextInput
        label={t('repeat.search')}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      {debounced && hits.data && (
        <Stack gap={2} role="list" aria-label={t('repeat.searchHits', { query: debounced })}>
          {hits.data.length === 0 && <Text c="dimmed">{t('repeat.noHits')}</Text>}
          {hits.data.map((h) => (
            <Text key={h.batchId} size="sm" role="listitem" lineClamp={2}>
              {longDate(t, h.date)} · {h.ticket} · {h.maskedNames.join('、')} ·{' '}
              {h.hall.elsewhere && `${hallText(t, h.hall)} · `}
              {h.summary ?? t('repeat.accusationHidden')}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  )
}
