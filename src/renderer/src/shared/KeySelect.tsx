import { Select, type ComboboxItem, type SelectProps } from '@mantine/core'
import type { KeyboardEvent } from 'react'

/** The option highlighted in this input's open list (Mantine marks it data-combobox-selected). */
function highlighted(input: HTMLInputElement): HTMLElement | null {
  const list = input.getAttribute('aria-controls')
  if (!list) return null
  return (
    document.getElementById(list)?.querySelector<HTMLElement>('[data-combobox-selected]') ?? null
  )
}

type Props = Omit<SelectProps, 'data'> & { data: ComboboxItem[] }

/**
 * A select for keyboard work at the desk. Typing highlights the first matching option; Enter and
 * Tab take the highlighted option (Tab then moves on). Enter never saves the form from here: a
 * clerk who typed 城乡 and pressed Enter means the category, not "save without it". Ctrl+Enter
 * takes the option and lets the form save.
 */
export function KeySelect({ onKeyDown, ...props }: Props) {
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    onKeyDown?.(event)
    const input = event.currentTarget
    const selectedLabel = props.data.find((o) => o.value === props.value)?.label ?? ''
    const typed = input.value.trim() !== '' && input.value !== selectedLabel
    if (event.key === 'Tab' && typed) highlighted(input)?.click()
    // Mantine's own handler, after this one, picks the highlighted option on Enter.
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) event.preventDefault()
  }
  return (
    <Select
      searchable
      selectFirstOptionOnChange
      allowDeselect={false}
      {...props}
      onKeyDown={handleKeyDown}
    />
  )
}
