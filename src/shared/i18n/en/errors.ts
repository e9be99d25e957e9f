export const errors = {
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
  forbidden:
    'This device’s role ($t(devices.role.{{role}})) may not do this; nothing was read or saved',
  internal: 'The hub failed; please retry, and call the administrator if it persists',
}
