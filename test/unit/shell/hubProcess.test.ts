import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { resetStandIn, standIn, type UtilityProcessStandIn } from '../../support/electronStandIn'

vi.mock('electron', () => import('../../support/electronStandIn'))
const { HubProcess, isPortBusy } = await import('../../../src/main/app/hubProcess')

const portOf = (child: UtilityProcessStandIn) =>
  Number(child.args[child.args.indexOf('--port') + 1])

/** A hub that comes up on the port it was given (0: a free one, here 45_678). */
function becomesReady(child: UtilityProcessStandIn): void {
  const port = portOf(child) || 45_678
  const token = child.options.env?.['RECEPTION_DAY_TOKEN'] ?? ''
  child.say({ type: 'ready', url: `http://127.0.0.1:${port}`, port, token })
}

/** A hub that stops when asked, as src/main/hub/index.ts does on a `stop` message. */
function stopsWhenAsked(child: UtilityProcessStandIn): void {
  child.onMessage = (message) => {
    if ((message as { type?: string }).type === 'stop') child.exit(0)
  }
}

const newHub = (options: Partial<ConstructorParameters<typeof HubProcess>[0]> = {}) =>
  new HubProcess({
    hubScript: '/app/out/main/hub.js',
    dbPath: '/data/reception-day.db',
    preferredPort: 17_300,
    version: '4.5.6',
    readyTimeoutMs: 5_000,
    ...options,
  })

beforeEach(() => resetStandIn())
afterEach(() => vi.useRealTimers())

describe('the hub process', () => {
  it("starts with the app's version and the token in its environment, on the fixed port", async () => {
    standIn.onFork = becomesReady
    const hub = newHub()
    const connection = await hub.start()
    expect(connection).toEqual({ url: 'http://127.0.0.1:17300', port: 17_300, token: hub.token })
    const [child] = standIn.forked
    expect(child?.options.env?.['RECEPTION_DAY_VERSION']).toBe('4.5.6')
    expect(child?.args).toEqual(['--db', '/data/reception-day.db', '--port', '17300'])
    // The token never goes on the command line.
    expect(child?.args.join(' ')).not.toContain(hub.token)
  })

  it('takes another port only when its own is busy', async () => {
    standIn.onFork = (child) => {
      if (portOf(child) === 17_300)
        child.say({ type: 'fatal', message: 'listen EADDRINUSE: address already in use :::17300' })
      else becomesReady(child)
    }
    const connection = await newHub().start()
    expect(standIn.forked.map(portOf)).toEqual([17_300, 0])
    expect(connection.port).toBe(45_678)
  })

  it('reports any other startup failure instead of moving to a random port', async () => {
    standIn.onFork = (child) => {
      child.say({ type: 'fatal', message: 'SQLITE_CORRUPT: database disk image is malformed' })
      child.exit(1)
    }
    await expect(newHub().start()).rejects.toThrow(/SQLITE_CORRUPT/)
    expect(standIn.forked.map(portOf)).toEqual([17_300])
  })

  it('restarts on the same port with the same token after a crash', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    standIn.onFork = becomesReady
    const hub = newHub()
    await hub.start()
    standIn.forked[0]?.exit(1)
    await vi.advanceTimersByTimeAsync(600)
    expect(standIn.forked).toHaveLength(2)
    expect(portOf(standIn.forked[1] as UtilityProcessStandIn)).toBe(17_300)
    expect(standIn.forked[1]?.options.env?.['RECEPTION_DAY_TOKEN']).toBe(hub.token)
    await vi.waitFor(() => expect(hub.connection?.port).toBe(17_300))
  })

  it('keeps its port when a restart finds it busy, trying again later', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    let attempt = 0
    standIn.onFork = (child) => {
      attempt += 1
      if (attempt === 2) {
        child.say({ type: 'fatal', message: 'listen EADDRINUSE: address already in use' })
        child.exit(1)
      } else becomesReady(child)
    }
    const hub = newHub()
    await hub.start()
    standIn.forked[0]?.exit(1)
    await vi.advanceTimersByTimeAsync(600)
    await vi.advanceTimersByTimeAsync(1_100)
    expect(standIn.forked.map(portOf)).toEqual([17_300, 17_300, 17_300])
  })

  it('stops gracefully: asks the hub by message, kills it only if it does not exit', async () => {
    standIn.onFork = (child) => {
      stopsWhenAsked(child)
      becomesReady(child)
    }
    const hub = newHub()
    await hub.start()
    await Promise.all([hub.stop(), hub.stop()])
    const [child] = standIn.forked
    expect(child?.received).toEqual([{ type: 'stop' }])
    expect(child?.killed).toBe(false)
    // Stopped for good: no restart.
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(standIn.forked).toHaveLength(1)
  })

  it('kills a hub that does not stop in time', async () => {
    standIn.onFork = becomesReady
    const hub = newHub({ stopTimeoutMs: 30 })
    await hub.start()
    await hub.stop()
    expect(standIn.forked[0]?.received).toEqual([{ type: 'stop' }])
    expect(standIn.forked[0]?.killed).toBe(true)
  })

  it('tells a busy port from other failures', () => {
    expect(isPortBusy(new Error('listen EADDRINUSE: address already in use 0.0.0.0:17300'))).toBe(
      true,
    )
    expect(isPortBusy(new Error('EACCES: permission denied'))).toBe(false)
    expect(isPortBusy('the hub exited with code 1 before it was ready')).toBe(false)
  })
})
