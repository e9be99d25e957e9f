import i18next, { type TFunction } from 'i18next'
import { defaultLocale, locales, resources, type Locale } from '@shared/i18n'
import type { Translate } from '@shared/tally/summary'

// The hub's one i18next instance: refusals translated in the caller's language (translate), the
// tally's summary sentence and its exports (translatorFor; printed documents are in Chinese).

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

const translators = new Map<Locale, TFunction>(locales.map((l) => [l, instance.getFixedT(l)]))

/** Translates an i18n key for a caller; unknown keys come back as undefined. */
export function translate(
  locale: Locale,
  key: string,
  params: Record<string, unknown> = {},
): string | undefined {
  const t = translators.get(locale)
  // With the params: a key with plural forms (key_one, key_other) exists for a count.
  if (!t || !instance.exists(key, { ...params, lng: locale })) return undefined
  return String(t(key, params))
}

/** A translate function for one language (the tally's words). */
export function translatorFor(locale: Locale = defaultLocale): Translate {
  const t = translators.get(locale) ?? instance.getFixedT(locale)
  return (key, params = {}) => String(t(key, params))
}
