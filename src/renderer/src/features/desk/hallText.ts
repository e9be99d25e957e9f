import type { TFunction } from 'i18next'
import type { EarlierVisit } from '@shared/contract'

/** Another hall's name (several halls on one server, issue 13): its county's, or its code. */
export const hallText = (t: TFunction, hall: EarlierVisit['hall']): string =>
  hall.name
    ? t('repeat.otherHall', { hall: hall.name })
    : t('repeat.otherHallUnnamed', { code: hall.code || '—' })
