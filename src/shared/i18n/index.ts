import { en } from './en/index'
import { zhCN } from './zh-CN/index'

export const locales = ['zh-CN', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'zh-CN'

export const resources = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
} as const

export function pickLocale(requested: string | undefined | null): Locale {
  if (!requested) return defaultLocale
  const lower = requested.toLowerCase()
  if (lower.startsWith('en')) return 'en'
  return defaultLocale
}
