import i18next from 'i18next'
import { defaultLocale, locales, resources, type Locale } from '@shared/i18n'
import type { Translate } from '@shared/tally/summary'

// The words of the tally at the hub: the summary sentence in the caller's language, and the
// exports (documents handed to the leadership, in Chinese like every printed document).

const instance = i18next.createInstance()
void instance.init({
  resources,
  lng: defaultLocale,
  fallbackLng: defaultLocale,
  supportedLngs: [...locales],
  interpolation: { escapeValue: false },
  initImmediate: false,
  showSupportNotice: false,
})

export function translatorFor(locale: Locale = defaultLocale): Translate {
  const t = instance.getFixedT(locale)
  return (key, params = {}) => String(t(key, params))
}
