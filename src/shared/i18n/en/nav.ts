export const nav = {
  desk: 'Front desk',
  plan: 'Day plan',
  leader: 'Leader table',
  board: 'Hall board',
  cases: 'Cases',
  reports: 'Reports',
  settings: 'Settings',
  language: 'Language',
}
