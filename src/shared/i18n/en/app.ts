import type { Messages } from '../messages'

export const app: Pick<
  Messages,
  'app' | 'nav' | 'connection' | 'common' | 'placeholder' | 'validation' | 'errors'
> = {
  app: {
    name: 'Reception Day',
    fullName: 'County Leaders’ Reception Day',
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
    refused: 'Refused',
    refusedTitle: 'This address is wrong or out of date',
    refusedText:
      'The Reception Day hub is running but does not accept the access token in this page’s address: the address was mistyped, or it is from an earlier start of the hub (each start makes a new token unless a fixed one is given).',
    refusedWhat:
      'On the front-desk PC, on the Desk page under “Second screen” → “Open on another PC”, scan the QR code or copy the address shown there, and open this page again.',
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
    tooLong: 'Too long: at most {{max}} characters',
    date: 'Not a real date, or not written YYYY-MM-DD',
    dateOutOfRange: 'The date must lie in the years {{min}}–{{max}}',
    time: 'Time must be HH:MM',
    tableNo: 'Table number must be 1–99',
    number: 'Must be a number',
    integer: 'Must be a whole number',
    tooSmall: 'Must be at least {{min}}',
    tooLarge: 'Must be at most {{max}}',
    id: 'Not a valid id',
    tooFew: 'At least {{min}} items',
    tooMany: 'At most {{max}} items',
    controlCharacters: 'No line breaks, tabs or other control characters',
    controlCharactersMultiLine: 'No control characters (line breaks and tabs are fine)',
    invalidText: 'Contains characters that are not text; please type it again',
    digits: 'Digits only',
    invalid: 'Invalid input',
    invalidField: '“{{field}}” is invalid',
    summary: 'Not saved, please correct: {{details}}',
  },
  errors: {
    day: {
      notFound: 'Reception day not found',
      closed: 'This reception day is closed and cannot be changed',
      past: 'The reception day of {{date}} is over (today is {{today}}): registration and calls happen on the day only',
      notYet:
        'The reception day of {{date}} has not come yet (today is {{today}}): registration and calls happen on the day only',
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
