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

/** An instant on the wall clock of `zone`. */
export function wallClock(at: string | Date, zone: string): WallClock {
  const parts = formatter(zone).formatToParts(typeof at === 'string' ? new Date(at) : at)
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0)
  return {
    y: get('year'),
    m: get('month'),
    d: get('day'),
    hh: get('hour') % 24,
    mm: get('minute'),
    ss: get('second'),
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
