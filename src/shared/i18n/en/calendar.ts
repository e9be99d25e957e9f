import type { Messages } from '../messages'

export const calendar: Messages['calendar'] = {
  title: 'Working calendar (public holidays)',
  intro:
    "Deadlines are counted on the State Council's yearly holiday arrangement. The calendar built in knows the years up to {{lastYear}}; once a new year's arrangement is published (usually in November), enter or import it here: an entered year takes precedence over the built-in calendar, and the open cases' deadlines are recomputed at once.",
  provisionalCases_one:
    "{{count}} open case has a provisional deadline (its year's arrangement is not entered yet).",
  provisionalCases_other:
    "{{count}} open cases have a provisional deadline (their year's arrangement is not entered yet).",
  years: 'Years',
  col: {
    year: 'Year',
    coverage: 'Source',
    days: 'Dates entered',
    entered: 'Entered by',
    actions: 'Actions',
  },
  coverage: {
    staff: 'Entered here',
    package: 'Built-in calendar',
    none: 'Not known (weekends assumed, deadlines provisional)',
  },
  packageToo: 'The built-in calendar has this year too',
  daysCount: '{{holidays}} holidays, {{workdays}} make-up working days',
  enteredBy: '{{at}} · {{actor}}',
  edit: 'Enter {{year}}',
  change: 'Change {{year}}',
  remove: "Remove {{year}}'s entry",
  removeConfirm:
    "Once {{year}}'s entry is removed, the year is counted on the {{fallback}} again and the deadlines are recomputed. Remove it?",
  fallbackPackage: 'built-in calendar',
  fallbackNone: 'weekends (provisional)',
  editorTitle: 'Holiday arrangement of {{year}}',
  source: 'Notice (document number)',
  sourcePlaceholder: 'State Council General Office notice no.',
  daysLabel: 'Holidays and make-up working days',
  daysHelp:
    'One date or date range a line: date,kind,name. Kind is "holiday" or "workday"; a range is written 2027-02-06..2027-02-12. List only the dates the notice names; every other date is a working day Monday to Friday.',
  fileLabel: 'Import from a file (CSV or JSON)',
  fileHelp:
    'See "File format"; every line is checked first, and a file with an error is not imported at all.',
  fileRead: '{{name}} read',
  format: 'File format',
  formatText:
    'CSV: one line date,kind,name (name optional), an optional header date,kind,name, lines starting with # are comments. Kind: holiday / 放假 / 休, workday / 上班 / 班. JSON: {"year":2027,"source":"…","days":[{"date":"2027-02-06","kind":"holiday","name":"春节"}]}.',
  save: 'Save {{year}}',
  import: 'Import the file',
  cancel: 'Cancel',
  saved: "{{year}}'s holiday arrangement saved: {{recomputed}} open cases' deadlines recomputed.",
  changesTitle: 'Cases whose deadline changed',
  noChanges: 'No deadline changed.',
  supersededDocs_one:
    '{{count}} printed paper states a date that changed: it is marked void, print it again.',
  supersededDocs_other:
    '{{count}} printed papers state a date that changed: they are marked void, print them again.',
  change_col: {
    caseNo: 'Number',
    old: 'Old deadline',
    new: 'New deadline',
  },
  provisionalMark: ' (provisional)',
  yearRange: 'The year must be 2000–2099',
  outsideYear: '{{date}} is not in {{year}}',
  duplicateDate: '{{date}} is listed twice',
  noHoliday:
    "{{year}}'s arrangement has no holiday: a published arrangement always has New Year's Day, the Spring Festival…",
  notEntered: 'No arrangement of {{year}} was entered here',
  file: {
    empty: 'The file has no dates',
    badJson: 'The file is not valid JSON',
    noDays: 'The JSON file has no days list',
    badLine: 'Line {{line}} is not date,kind,name: {{text}}',
    badDate:
      'Line {{line}}: "{{value}}" is not a date (write 2027-02-06 or 2027-02-06..2027-02-12)',
    badKind: 'Line {{line}}: "{{value}}" is not a kind (write holiday or workday)',
    otherYear: 'The file is the arrangement of {{fileYear}}, not of {{year}}',
  },
}
