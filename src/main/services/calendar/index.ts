export { listCalendar } from './view'
export { importCalendarFile, removeCalendarYear, setCalendarYear } from './setYear'
export { workingCalendar } from './workingCalendar'
