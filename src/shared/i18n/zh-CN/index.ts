import { app } from './app'
import { appointment } from './appointment'
import { auditAction } from './auditAction'
import { backup } from './backup'
import { batch } from './batch'
import { batchStatus } from './batchStatus'
import { board } from './board'
import { calendar } from './calendar'
import { caseError } from './caseError'
import { casePrint } from './casePrint'
import { caseState } from './caseState'
import { cases } from './cases'
import { channel } from './channel'
import { city } from './city'
import { common } from './common'
import { connection } from './connection'
import { day } from './day'
import { dayList } from './dayList'
import { deadlineRule } from './deadlineRule'
import { demo } from './demo'
import { desk } from './desk'
import { devices } from './devices'
import { documentKind } from './documentKind'
import { errors } from './errors'
import { followUp } from './followUp'
import { followUpError } from './followUpError'
import { followUpPaper } from './followUpPaper'
import { id } from './id'
import { kiosk } from './kiosk'
import { kioskError } from './kioskError'
import { leaderScreen } from './leaderScreen'
import { limits } from './limits'
import { nature } from './nature'
import { nav } from './nav'
import { outcome } from './outcome'
import { outcomeError } from './outcomeError'
import { outcomePanel } from './outcomePanel'
import { people } from './people'
import { phone } from './phone'
import { placeholder } from './placeholder'
import { plan } from './plan'
import { print } from './print'
import { printer } from './printer'
import { queue } from './queue'
import { receipt } from './receipt'
import { reference } from './reference'
import { repeat } from './repeat'
import { reports } from './reports'
import { route } from './route'
import { screens } from './screens'
import { settings } from './settings'
import { setup } from './setup'
import { validation } from './validation'
import { ratesReport } from './ratesReport'

/** Simplified Chinese, the app's default language: one module per top-level key. */
export const zhCN = {
  app,
  appointment,
  auditAction,
  backup,
  batch,
  batchStatus,
  board,
  calendar,
  caseError,
  casePrint,
  caseState,
  cases,
  channel,
  city,
  common,
  connection,
  day,
  dayList,
  deadlineRule,
  demo,
  desk,
  devices,
  documentKind,
  errors,
  followUp,
  followUpError,
  followUpPaper,
  ratesReport,
  id,
  kiosk,
  kioskError,
  leaderScreen,
  limits,
  nature,
  nav,
  outcome,
  outcomeError,
  outcomePanel,
  people,
  phone,
  placeholder,
  plan,
  print,
  printer,
  queue,
  receipt,
  reference,
  repeat,
  reports,
  route,
  screens,
  settings,
  setup,
  validation,
} as const
