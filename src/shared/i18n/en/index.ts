import type { Messages } from '../messages'
import { app } from './app'
import { person } from './person'
import { day } from './day'
import { desk } from './desk'
import { leader } from './leader'
import { board } from './board'
import { plan } from './plan'
import { print } from './print'
import { settings } from './settings'
import { outcomes } from './outcome'
import { cases } from './cases'
import { reports } from './reports'
import { limits } from './limits'

/** English: must cover every key of zh-CN (the type says so). */
export const en: Messages = {
  ...app,
  ...person,
  ...day,
  ...desk,
  ...leader,
  ...board,
  ...plan,
  ...print,
  ...settings,
  ...outcomes,
  ...cases,
  ...reports,
  ...limits,
}
