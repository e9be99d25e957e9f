// Sandboxed preload (built as CommonJS: sandboxed preloads cannot be ES modules). It exposes
// named data only — never ipcRenderer. The hub connection arrives as renderer command-line
// switches set by the main process (webPreferences.additionalArguments, see app/index.ts).
import { contextBridge } from 'electron'
import type { ReceptionDayBridge } from './api'

function switchValue(name: string): string | undefined {
  const prefix = `--${name}=`
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length)
}

const url = switchValue('hub-url')
const token = switchValue('hub-token')

if (url !== undefined && url !== '' && token !== undefined && token !== '') {
  const bridge: ReceptionDayBridge = { hub: { url, token }, platform: 'electron' }
  contextBridge.exposeInMainWorld('receptionDay', bridge)
}
