import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { defaultLocale, locales, pickLocale, resources, type Locale } from '@shared/i18n'

const STORAGE_KEY = 'reception-day.locale'

function initialLocale(): Locale {
  const fromUrl = new URLSearchParams(location.search).get('lang')
  return pickLocale(fromUrl ?? localStorage.getItem(STORAGE_KEY) ?? defaultLocale)
}

void i18next.use(initReactI18next).init({
  resources,
  lng: initialLocale(),
  fallbackLng: defaultLocale,
  supportedLngs: [...locales],
  interpolation: { escapeValue: false },
  showSupportNotice: false,
})

i18next.on('languageChanged', (lng) => {
  localStorage.setItem(STORAGE_KEY, lng)
  document.documentElement.lang = lng
})
document.documentElement.lang = i18next.language

export const i18n = i18next
