import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startHub, type RunningHub } from '../../../src/main/hub/startHub'

export const TOKEN = 'hostile-token'
export const INDEX_HTML = '<!doctype html><title>接访日</title>'

export interface HubUnderTest {
  hub: RunningHub
  port: number
  base: string
  /** `system.health` over HTTP: the hub still answers. */
  health(): Promise<{ status: number; ok: unknown }>
  stop(): Promise<void>
}

/** A real hub on a temp SQLite file, with a small renderer folder to serve. */
export async function hubUnderTest(): Promise<HubUnderTest> {
  const dir = mkdtempSync(join(tmpdir(), 'reception-day-hostile-'))
  const rendererDir = join(dir, 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), INDEX_HTML)
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)\n')
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer')
  const hub = await startHub({
    dbFile: join(dir, 'hall.db'),
    host: '127.0.0.1',
    port: 0,
    token: TOKEN,
    rendererDir,
    version: 'test',
  })
  const port = hub.server.port
  const base = `http://127.0.0.1:${port}`
  return {
    hub,
    port,
    base,
    health: async () => {
      const res = await fetch(`${base}/trpc/system.health`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      })
      const body = (await res.json()) as { result?: { data?: { ok?: unknown } } }
      return { status: res.status, ok: body.result?.data?.ok }
    },
    stop: async () => {
      await hub.stop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** `Host: hub` in a raw request stands for the hub's own name (the hub refuses any other). */
const HUB_HOST = 'Host: hub\r\n'
const ownHost = (port: number, bytes: string | Buffer): string | Buffer => {
  const own = `Host: 127.0.0.1:${port}\r\n`
  if (typeof bytes === 'string') return bytes.replaceAll(HUB_HOST, own)
  const at = bytes.indexOf(HUB_HOST, 0, 'latin1')
  return at < 0
    ? bytes
    : Buffer.concat([bytes.subarray(0, at), Buffer.from(own), bytes.subarray(at + HUB_HOST.length)])
}

/**
 * Sends raw bytes over a fresh TCP connection and returns what came back once the hub closed
 * it (or after `waitMs`, for an answer on a connection kept open).
 */
export function rawExchange(port: number, raw: string | Buffer, waitMs = 1500): Promise<string> {
  const bytes = ownHost(port, raw)
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    const finish = () => {
      clearTimeout(timer)
      socket.destroy()
      resolve(Buffer.concat(chunks).toString('latin1'))
    }
    const timer = setTimeout(finish, waitMs)
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('close', finish)
    socket.on('error', finish)
    socket.write(bytes)
  })
}

/** The status code of a raw HTTP answer, or undefined when none came. */
export const statusOf = (answer: string) => /^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]
