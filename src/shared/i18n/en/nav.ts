export const nav = {
  desk: 'Front desk',
  plan: 'Day plan',
  leader: 'Leader table',
  board: 'Hall board',
  cases: 'Cases',
  followup: 'Follow-up',
  followupCount_one: '{{count}} to do',
  followupCount_other: '{{count}} to do',
  rates: 'Three rates',
  reports: 'Reports',
  settings: 'Settings',
  language: 'Language',
}
