import { hallTimeOf } from '../../app/hallClock'

/** 24-hour wall-clock time of an instant in the hall's zone, e.g. "10:35". */
export const clock = (iso: string): string => hallTimeOf(iso)
