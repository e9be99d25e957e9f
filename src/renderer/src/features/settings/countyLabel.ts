import type { CountyView } from '@shared/contract'

/** 浙江省 金华市 浦江县 (place names are data, the same in every language). */
export const countyLabel = (county: CountyView): string =>
  [county.provinceName, county.cityName, county.name].filter(Boolean).join(' ')
