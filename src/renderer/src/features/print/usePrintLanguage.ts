import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { defaultLocale, pickLocale } from '@shared/i18n'

/**
 * Printed documents go to the public in Chinese whatever the screen's language; `?lang=en`
 * previews a translation.
 */
export function usePrintLanguage() {
  const [params] = useSearchParams()
  const lang = params.get('lang')
  return useTranslation(undefined, { lng: lang ? pickLocale(lang) : defaultLocale })
}
