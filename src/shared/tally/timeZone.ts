// The hall's clock. Timestamps are stored in UTC; the hour of arrival, dates in the exports and
// backup names are read on the hall's wall clock. That is Asia/Shanghai (China has one zone)
// unless the machine's zone is set to something else: an explicit TZ, or a system zone other
// than UTC. A bare UTC (containers, CI machines with no zone configured) is taken as "not set".

export const HALL_DEFAULT_TIME_ZONE = 'Asia/Shanghai'

const UNSET = new Set(['UTC', 'Etc/UTC', 'Etc/Universal', 'Universal', 'Zulu', 'GMT', 'Etc/GMT'])

/** The zone to read the hall's clock in, from the environment and the machine's zone. */
export function hallTimeZone(
  env: Readonly<Record<string, string | undefined>> = {},
  machineZone: string | undefined = Intl.DateTimeFormat().resolvedOptions().timeZone,
): string {
  const override = env['RECEPTION_DAY_TZ']?.trim()
  if (override && isTimeZone(override)) return override
  const explicit = env['TZ']?.trim()
  if (explicit && isTimeZone(explicit)) return explicit
  if (machineZone && !UNSET.has(machineZone) && isTimeZone(machineZone)) return machineZone
  return HALL_DEFAULT_TIME_ZONE
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

export interface WallClock {
  y: number
  m: number
  d: number
  hh: number
  mm: number
  ss: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    })
    formatters.set(zone, f)
  }
  return f
}

// Zone offsets only change on quarter-hour boundaries (every transition in the tz database since
// 1970 is at :00, :15, :30 or :45), so one Intl call per zone and quarter hour serves every instant
// in it: a 1,000-batch day needs a few dozen calls instead of a thousand.
const QUARTER_HOUR_MS = 15 * 60 * 1000
const MAX_CACHED_OFFSETS = 10_000
const offsets = new Map<string, number>()

function offsetMs(ms: number, zone: string): number {
  const quarter = Math.floor(ms / QUARTER_HOUR_MS) * QUARTER_HOUR_MS
  const key = `${zone}|${quarter}`
  const cached = offsets.get(key)
  if (cached !== undefined) return cached
  const parts = formatter(zone).formatToParts(new Date(quarter))
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0)
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'))
  const offset = wall - quarter
  if (offsets.size >= MAX_CACHED_OFFSETS) offsets.clear()
  offsets.set(key, offset)
  return offset
}

/** An instant on the wall clock of `zone`. */
export function wallClock(at: string | Date, zone: string): WallClock {
  const ms = (typeof at === 'string' ? new Date(at) : at).getTime()
  const local = new Date(ms + offsetMs(ms, zone))
  return {
    y: local.getUTCFullYear(),
    m: local.getUTCMonth() + 1,
    d: local.getUTCDate(),
    hh: local.getUTCHours(),
    mm: local.getUTCMinutes(),
    ss: local.getUTCSeconds(),
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** `2026-10-21` on the wall clock of `zone`. */
export function wallDate(at: string | Date, zone: string): string {
  const c = wallClock(at, zone)
  return `${pad(c.y, 4)}-${pad(c.m)}-${pad(c.d)}`
}

/** `09:05` on the wall clock of `zone`. */
export function wallTime(at: string | Date, zone: string): string {
  const c = wallClock(at, zone)
  return `${pad(c.hh)}:${pad(c.mm)}`
}
