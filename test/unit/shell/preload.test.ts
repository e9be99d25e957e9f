import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ReceptionDayBridge } from '../../../src/preload/api'
import type * as ElectronStandIn from '../../support/electronStandIn'

vi.mock('electron', () => import('../../support/electronStandIn'))

const argv = process.argv
// Each test loads the preload afresh (it reads process.argv once), with a fresh stand-in.
beforeEach(() => {
  vi.resetModules()
})
let standIn: typeof ElectronStandIn.standIn
afterEach(() => {
  process.argv = argv
})

/** Runs the preload as a renderer started with `switches` would. */
async function preloadWith(switches: string[]): Promise<ReceptionDayBridge | undefined> {
  process.argv = ['/electron', '--type=renderer', ...switches]
  // The stand-in the preload gets as `electron`.
  const electron = (await import('electron')) as unknown as typeof ElectronStandIn
  electron.resetStandIn()
  standIn = electron.standIn
  await import('../../../src/preload/index')
  return standIn.exposed['receptionDay'] as ReceptionDayBridge | undefined
}

describe('the preload', () => {
  it('exposes the hub, the platform info and named functions only', async () => {
    const bridge = await preloadWith([
      '--hub-url=http://127.0.0.1:17300',
      '--shell-display=x11',
      '--shell-speech=speech-dispatcher',
    ])
    // No secret reaches the page: the main process sends it as a header (hubHeaders.ts).
    expect(bridge?.hub).toEqual({ url: 'http://127.0.0.1:17300' })
    expect(bridge?.shell).toEqual({ display: 'x11', speech: 'speech-dispatcher' })
    expect(Object.keys(bridge ?? {}).sort()).toEqual(
      ['hub', 'platform', 'printing', 'saveExport', 'screens', 'shell'].sort(),
    )
    // Nothing of ipcRenderer itself reaches the page.
    expect(JSON.stringify(Object.keys(bridge?.printing ?? {}))).not.toContain('invoke')
  })

  it('sends each call over its own channel with only the fields it names', async () => {
    const bridge = await preloadWith(['--hub-url=http://127.0.0.1:17300'])
    await bridge?.printing?.printRoute({
      route: '/print/receipt/7',
      paper: 'roll80',
      extra: 'x',
    } as never)
    await bridge?.screens?.openScreen({ kind: 'leader', tableNo: 2 })
    expect(standIn.invoked).toEqual([
      { channel: 'printing:printRoute', args: [{ route: '/print/receipt/7', paper: 'roll80' }] },
      { channel: 'screens:open', args: [{ kind: 'leader', tableNo: 2 }] },
    ])
    expect(bridge?.shell).toEqual({ display: 'native', speech: 'system' })
  })

  it('exposes nothing without a hub connection', async () => {
    expect(await preloadWith([])).toBeUndefined()
  })
})
