import { CloseButton, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CASE_QUERY_MAX } from '@shared/contract'

const DEBOUNCE_MS = 300

/**
 * The cases page's search text: searched a moment after typing stops, at once on Enter; the
 * clear button (or Escape) ends the search. `value` is the search in force (the page's URL).
 */
export function CaseSearchField({
  value,
  onSearch,
}: {
  value: string
  onSearch: (query: string) => void
}) {
  const { t } = useTranslation()
  const [text, setText] = useState(value)
  const [debounced] = useDebouncedValue(text.trim(), DEBOUNCE_MS)
  const input = useRef<HTMLInputElement>(null)
  const latest = useRef({ onSearch, value })
  useEffect(() => {
    latest.current = { onSearch, value }
  })
  useEffect(() => {
    if (debounced !== latest.current.value) latest.current.onSearch(debounced)
  }, [debounced])

  const clear = () => {
    setText('')
    onSearch('')
    input.current?.focus()
  }
  return (
    <TextInput
      ref={input}
      id="case-search"
      label={t('cases.search')}
      placeholder={t('cases.searchPlaceholder')}
      w={{ base: '100%', sm: 420 }}
      maxLength={CASE_QUERY_MAX}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onSearch(text.trim())
        if (e.key === 'Escape' && text) {
          e.preventDefault()
          clear()
        }
      }}
      rightSection={
        text ? <CloseButton aria-label={t('cases.searchClear')} onClick={clear} /> : null
      }
    />
  )
}
