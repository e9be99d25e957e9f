import { useEffect, useState } from 'react'
import { hallDate, hallTime } from '@shared/time/hallClock'
import { hallClock, onHallClockChange } from './hallClock'

export interface HallClockReading {
  now: Date
  /** The hall's date, YYYY-MM-DD. */
  today: string
  /** The hall's time of day, HH:MM. */
  time: string
  timeZone: string
}

const read = (): HallClockReading => {
  const now = hallClock.now()
  return {
    now,
    today: hallDate(hallClock, now),
    time: hallTime(hallClock, now),
    timeZone: hallClock.timeZone,
  }
}

/**
 * The hall's clock, re-read every `tickMs` (default 15 s): a screen left open across midnight
 * moves to the new day by itself. The reading changes identity only when the minute does.
 */
export function useHallClock(tickMs = 15_000): HallClockReading {
  const [reading, setReading] = useState(read)
  useEffect(() => {
    const update = () =>
      setReading((before) => {
        const next = read()
        return next.today === before.today &&
          next.time === before.time &&
          next.timeZone === before.timeZone
          ? before
          : next
      })
    const timer = setInterval(update, tickMs)
    const unsubscribe = onHallClockChange(update)
    return () => {
      clearInterval(timer)
      unsubscribe()
    }
  }, [tickMs])
  return reading
}
