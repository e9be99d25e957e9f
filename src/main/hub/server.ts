import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import { createHTTPHandler } from '@trpc/server/adapters/standalone'
import { applyWSSHandler } from '@trpc/server/adapters/ws'
import { WebSocketServer } from 'ws'
import { contextFor, type HubShared } from './context'
import { EXPORT_PATH, serveExport } from './exportRoute'
import { appRouter } from './router'
import { serveStatic } from './staticFiles'
import { presentedToken, tokenMatches } from './token'

export const API_PATH = '/trpc'

export interface HallServerOptions {
  shared: HubShared
  host: string
  port: number
  token: string
  /** The built renderer (out/renderer), served to LAN screens. */
  rendererDir: string
}

export interface HallServer {
  url: string
  port: number
  close(): Promise<void>
}

/**
 * The hall server: the API over HTTP (JSON, for scripts) and WebSocket (for screens,
 * with pushed changes), plus the renderer's files. Every API connection shows the token.
 */
export async function startHallServer(options: HallServerOptions): Promise<HallServer> {
  const { shared, token } = options
  const api = createHTTPHandler({
    router: appRouter,
    basePath: `${API_PATH}/`,
    createContext: ({ req }) => contextFor(shared, req),
  })

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://hub').pathname
    if (path === API_PATH || path.startsWith(`${API_PATH}/`)) {
      if (!tokenMatches(token, presentedToken(req))) return refuse(res)
      return api(req, res)
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end()
      return
    }
    if (path.startsWith(EXPORT_PATH)) {
      if (!tokenMatches(token, presentedToken(req))) return refuse(res)
      return void serveExport(shared, req, res)
    }
    serveStatic(options.rendererDir, req, res)
  })

  const wss = new WebSocketServer({ noServer: true })
  const wsHandler = applyWSSHandler({
    wss,
    router: appRouter,
    createContext: ({ req, info }) => contextFor(shared, req, info.connectionParams),
    keepAlive: { enabled: true, pingMs: 10_000, pongWaitMs: 5_000 },
  })
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(req.url ?? '/', 'http://hub').pathname
    if (path !== API_PATH || !tokenMatches(token, presentedToken(req))) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n')
      return
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req))
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  const shownHost = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host

  return {
    port,
    url: `http://${shownHost}:${port}/?token=${encodeURIComponent(token)}`,
    close: async () => {
      wsHandler.broadcastReconnectNotification()
      for (const client of wss.clients) client.terminate()
      wss.close()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

function refuse(res: ServerResponse) {
  res.writeHead(401, { 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify({ error: { message: 'Invalid or missing token', code: 'UNAUTHORIZED' } }))
}
