import type { TFunction } from 'i18next'
import type { Translate } from '@shared/tally/summary'
import { minutes } from '@shared/tally/labels'

/** i18next's `t` as the shared tally helpers take it. */
export const asTranslate =
  (t: TFunction): Translate =>
  (key, params) =>
    String(t(key, params ?? {}))

/** "3 分钟", or "—" when there is nothing to measure. */
export function minutesText(t: TFunction, seconds: number | null): string {
  const value = minutes(seconds)
  return value === null ? t('reports.noValue') : t('reports.minutes', { value })
}
