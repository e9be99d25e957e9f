import { existsSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import sirv from 'sirv'

type Handler = (req: IncomingMessage, res: ServerResponse) => void

/**
 * Serves the built renderer to LAN screens, with sirv. The files hold no data (data only flows
 * through the token-guarded API), so they are served without the token. sirv lists the folder
 * once, at start: only the files of that list are ever served, whatever the path says.
 */
export function staticFiles(root: string, log: (line: string) => void): Handler {
  if (!existsSync(root)) {
    log(`no renderer at ${root}: the screens' files are not served`)
    return notFound
  }
  const serve = sirv(root, {
    maxAge: 3600,
    extensions: ['html'],
    onNoMatch: notFound,
    setHeaders: (res, pathname) => {
      res.setHeader('x-content-type-options', 'nosniff')
      res.setHeader('referrer-policy', 'no-referrer')
      // The page names its hashed assets: a new build must reach the screens at once.
      if (pathname === '/' || pathname === '/index.html') res.setHeader('cache-control', 'no-cache')
    },
  })
  return (req, res) => {
    // The files are small and screens never ask for a part; sirv's range parsing throws on
    // `bytes=5-2` after it has sent its headers.
    delete req.headers.range
    serve(req, res)
  }
}

function notFound(_req: IncomingMessage, res: ServerResponse) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
  res.end('Not found')
}
