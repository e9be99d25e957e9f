import type { Messages } from '../messages'

export const app: Pick<
  Messages,
  'app' | 'nav' | 'connection' | 'common' | 'placeholder' | 'validation' | 'errors'
> = {
  app: {
    name: 'Reception Day',
    fullName: 'County Leaders’ Reception Day',
    hall: 'County Public Reception Centre',
  },
  nav: {
    desk: 'Front desk',
    plan: 'Day plan',
    leader: 'Leader table',
    board: 'Hall board',
    cases: 'Cases',
    reports: 'Reports',
    settings: 'Settings',
    language: 'Language',
  },
  connection: {
    connected: 'Connected',
    reconnecting: 'Reconnecting…',
    connecting: 'Connecting…',
    noToken:
      'No access token: open this page with the full address printed by the Reception Day hub.',
  },
  common: {
    save: 'Save',
    saved: 'Saved',
    cancel: 'Cancel',
    add: 'Add',
    remove: 'Remove',
    loading: 'Loading…',
    none: 'None',
    table: 'Table {{tableNo}}',
    tableNo: 'Table no.',
    error: 'Not done',
  },
  placeholder: {
    comingSoon: 'This page is being built.',
  },
  validation: {
    required: 'Required',
    tooLong: 'Too long',
    date: 'Date must be YYYY-MM-DD',
    time: 'Time must be HH:MM',
    tableNo: 'Table number must be 1–99',
    invalid: 'Invalid input',
    invalidField: '“{{field}}” is invalid',
    summary: 'Not saved, please correct: {{details}}',
  },
  errors: {
    day: {
      notFound: 'Reception day not found',
      closed: 'This reception day is closed and cannot be changed',
      alreadyOpen: 'The reception day has started and cannot be re-planned',
      unknownLeader: 'A chosen leader does not exist or is inactive',
      noDuties: 'Plan at least one table',
      tableTwice: 'The same table is planned twice',
      leaderTwice: 'The same leader is planned twice',
      closesBeforeOpening: 'Closing time must be after opening time',
      noTableOnDuty: 'No table is receiving today',
    },
    storage: {
      full: 'The disk is full; nothing was saved. Free some disk space and retry',
      io: 'The database file could not be read or written; nothing was saved. Check the disk and retry',
      readOnly:
        'The database file is read-only; nothing was saved. Check the file and folder permissions',
      busy: 'The database is busy; nothing was saved. Please retry shortly',
      corrupt:
        'The database file is damaged; nothing was saved. Call the administrator to restore a backup',
    },
    request: {
      reused:
        'This request id was already used for different content; nothing was saved. Please submit again',
    },
    unauthorized: 'Invalid access token',
    internal: 'The hub failed; please retry, and call the administrator if it persists',
  },
}
