import i18next, { type TFunction } from 'i18next'
import { locales, resources, type Locale } from '@shared/i18n'

const instance = i18next.createInstance()
void instance.init({
  resources,
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
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
  if (!t || !instance.exists(key, { lng: locale })) return undefined
  return String(t(key, params))
}
