import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import type { Duplex } from 'node:stream'
import { createHTTPHandler } from '@trpc/server/adapters/standalone'
import { applyWSSHandler } from '@trpc/server/adapters/ws'
import { WebSocketServer } from 'ws'
import { declaredOver, readBody } from './body'
import { mayCall } from '@shared/contract/roles'
import type { Device } from './access'
import { contextFor, type HubShared } from './context'
import { deviceAuthenticator } from './deviceAuth'
import { hostAllowed, hubHosts, originAllowed } from './hostCheck'
import { createHubDevices } from './deviceSockets'
import { EXPORT_PATH, serveExport } from './exportRoute'
import { LIMITS } from './limits'
import { answerAndClose, answerFault, describe, refuseCall } from './refusal'
import { requestTarget, type RequestTarget } from './requestTarget'
import { appRouter } from './router'
import { holdToLimits } from './socketLimits'
import { PAIR_PATH, servePairing } from './pairRoute'
import { staticFiles } from './staticFiles'

export const API_PATH = '/trpc'

/** WebSocket close code: the hub failed while opening the connection (RFC 6455 §7.4.1). */
const INTERNAL_ERROR = 1011

export interface HallServerOptions {
  shared: HubShared
  host: string
  port: number
  token: string
  /** The built renderer (out/renderer), served to LAN screens. */
  rendererDir: string
  /** The hall certificate (hallCertificate.ts): serve HTTPS with it; none: plain HTTP. */
  tls?: { key: string; cert: string } | undefined
}

export interface HallServer {
  /** The address this PC opens, no secret in it: http(s)://127.0.0.1:PORT/ */
  url: string
  port: number
  close(): Promise<void>
}

const log = (line: string) => console.error(`[hub] ${line}`)

/**
 * The hall server: the API over HTTP (JSON, for scripts) and WebSocket (for screens,
 * with pushed changes), plus the renderer's files. Every API connection shows a device's
 * secret or the fixed admin secret (deviceAuth.ts), never in its URL.
 * Every request is hostile until proven otherwise: a fault answers 400/500 and is logged,
 * and no client may take more than ./limits.ts allows; the process keeps serving.
 */
/** The one procedure whose body may exceed the common limit (an archived PDF). */
const PDF_PROCEDURE = 'case.attachPdf'

export async function startHallServer(options: HallServerOptions): Promise<HallServer> {
  const { shared, token } = options
  const devices = (shared.devices ??= createHubDevices())
  const authenticate = deviceAuthenticator(shared, token)
  // The device each request was authenticated as, for its call context (HTTP and WebSocket).
  const deviceOf = new WeakMap<IncomingMessage, Device>()
  const authenticated = (req: IncomingMessage) => {
    const device = deviceOf.get(req)
    if (!device) throw new Error('unauthenticated request reached the API')
    return device
  }
  const api = createHTTPHandler({
    router: appRouter,
    basePath: `${API_PATH}/`,
    createContext: ({ req }) => contextFor(shared, authenticated(req), req),
    // Also checked below, per procedure, with a message in the caller's language; these are
    // tRPC's own, a second line behind that check.
    maxBodySize: LIMITS.pdfBodyBytes,
    maxBatchSize: LIMITS.httpBatchCalls,
  })
  const files = staticFiles(options.rendererDir, log)
  let port = options.port

  const serveApi = async (req: IncomingMessage, res: ServerResponse, target: RequestTarget) => {
    const procedures = target.pathname.slice(API_PATH.length + 1)
    // tRPC splits the decoded path: count encoded commas too.
    const calls = target.searchParams.get('batch') === '1' ? procedures.split(/,|%2c/i).length : 1
    if (calls > LIMITS.httpBatchCalls)
      return refuseCall(req, res, 'BAD_REQUEST', 'limits.batchTooLong', {
        max: LIMITS.httpBatchCalls,
      })
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      const limit = procedures === PDF_PROCEDURE ? LIMITS.pdfBodyBytes : LIMITS.httpBodyBytes
      const body = await readBody(req, limit)
      if (body === undefined)
        return refuseCall(req, res, 'PAYLOAD_TOO_LARGE', 'limits.bodyTooLarge', {
          size: megabytes(limit),
        })
      // tRPC takes a string `req.body` as the body, and does not read the stream again.
      ;(req as IncomingMessage & { body?: string }).body = body
    }
    api(req, res)
  }

  // The hub's own names, once it listens (its port), re-read now and then (a DHCP lease).
  let hosts = new Set<string>()
  let hostsAt = 0
  const ownHosts = () => {
    if (Date.now() - hostsAt > 10_000) {
      hosts = hubHosts(options.host, port)
      hostsAt = Date.now()
    }
    return hosts
  }
  const reading = (req: IncomingMessage) => req.method === 'GET' || req.method === 'HEAD'

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const target = requestTarget(req)
    if (!target) return plain(res, 400, 'Bad request')
    if (!hostAllowed(req, ownHosts())) return plain(res, 421, 'Misdirected request')
    if (!reading(req) && !originAllowed(req, ownHosts()))
      return plain(res, 403, 'Cross-origin request refused')
    const path = target.pathname
    if (path === API_PATH || path.startsWith(`${API_PATH}/`)) {
      const device = await authenticate(req)
      if (!device) return refuse(res)
      deviceOf.set(req, device)
      return serveApi(req, res, target)
    }
    if (path === PAIR_PATH)
      return servePairing(shared, devices, req, res, options.tls !== undefined)
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed')
    // No file or export takes a body; Node would read a large one to keep the connection.
    if (declaredOver(req, LIMITS.httpBodyBytes))
      return answerAndClose(req, res, 413, 'text/plain; charset=utf-8', 'Payload too large')
    if (path.startsWith(EXPORT_PATH)) {
      const device = await authenticate(req)
      // Exports are the tally's, in full: admin and follow-up staff (roles.ts: tally.get).
      if (!device || !mayCall(device.role, 'tally.get')) return refuse(res)
      return serveExport(shared, req, res)
    }
    files(req, res)
  }

  const timeouts = {
    headersTimeout: LIMITS.headersTimeoutMs,
    requestTimeout: LIMITS.requestTimeoutMs,
  }
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => answerFault(req, res, error, log))
  }
  const server = options.tls
    ? createTlsServer({ ...timeouts, key: options.tls.key, cert: options.tls.cert }, onRequest)
    : createServer(timeouts, onRequest)
  // Requests Node's parser refuses (a bad request line, a huge header, two content-lengths):
  // answered as Node would, and logged by kind.
  server.on('clientError', (error: Error & { code?: string }, socket: Duplex) => {
    const status = clientErrorStatus(error.code)
    const answering = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage
    if (status && socket.writable && !answering?.headersSent)
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`)
    if (status) log(`refused a malformed request: ${describe(error)}`)
    socket.destroy()
  })

  const wss = new WebSocketServer({ noServer: true, maxPayload: LIMITS.wsFrameBytes })
  const wsHandler = applyWSSHandler({
    wss,
    router: appRouter,
    createContext: ({ req, info }) =>
      contextFor(shared, authenticated(req), req, info.connectionParams),
    keepAlive: { enabled: true, pingMs: 10_000, pongWaitMs: 5_000 },
  })
  const upgrade = async (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    try {
      const target = requestTarget(req)
      if (!hostAllowed(req, ownHosts()) || !originAllowed(req, ownHosts())) {
        socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n')
        return
      }
      const device = target?.pathname === API_PATH ? await authenticate(req) : undefined
      if (!device) {
        socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n')
        return
      }
      deviceOf.set(req, device)
      // tRPC reads the URL against the Host header when the connection opens, outside any try.
      if (!URL.canParse(req.url ?? '', `http://${req.headers.host ?? 'localhost'}`)) {
        socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n')
        return
      }
      wss.handleUpgrade(req, socket, head, (ws) => {
        holdToLimits(ws, log)
        // Revoking the device (or changing its role) cuts this connection (deviceSockets.ts).
        if (device.id !== null) devices.sockets.add(device.id, ws)
        try {
          wss.emit('connection', ws, req)
        } catch (error) {
          log(`a WebSocket could not open: ${describe(error)}`)
          ws.close(INTERNAL_ERROR)
        }
      })
    } catch (error) {
      log(`an upgrade failed: ${describe(error)}`)
      socket.destroy()
    }
  }
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    // Node hands the socket over without an error listener: a reset would end the process.
    socket.on('error', () => socket.destroy())
    void upgrade(req, socket, head)
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => resolve())
  })
  port = (server.address() as AddressInfo).port
  const shownHost = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host

  return {
    port,
    url: `${options.tls ? 'https' : 'http'}://${shownHost}:${port}/`,
    close: async () => {
      wsHandler.broadcastReconnectNotification()
      for (const client of wss.clients) client.terminate()
      wss.close()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

const megabytes = (bytes: number) => `${bytes / 1024 / 1024} MB`

/** The answer Node itself gives to what its parser refuses; none for a client gone away. */
function clientErrorStatus(code: string | undefined): string | undefined {
  if (code === 'ECONNRESET' || code === 'EPIPE') return undefined
  if (code === 'HPE_HEADER_OVERFLOW') return '431 Request Header Fields Too Large'
  if (code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW') return '413 Payload Too Large'
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return '408 Request Timeout'
  return '400 Bad Request'
}

function plain(res: ServerResponse, status: number, message: string) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' })
  res.end(message)
}

function refuse(res: ServerResponse) {
  res.writeHead(401, { 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify({ error: { message: 'Invalid or missing token', code: 'UNAUTHORIZED' } }))
}
