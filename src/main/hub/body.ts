import type { IncomingMessage } from 'node:http'

/**
 * Reads a request's body up to `limit` bytes, for tRPC (which takes a string `req.body` as the
 * body). Resolves `undefined` as soon as the body is known to be larger (from its
 * `content-length`, or from the bytes received so far when it is chunked): the rest is never read.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  if (declaredOver(req, limit)) return Promise.resolve(undefined)
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const done = (result: string | undefined) => {
      req.off('data', onData)
      req.off('end', onEnd)
      req.off('error', onError)
      resolve(result)
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        req.pause()
        return done(undefined)
      }
      chunks.push(chunk)
    }
    const onEnd = () => done(Buffer.concat(chunks).toString('utf8'))
    const onError = (error: Error) => {
      req.off('data', onData)
      req.off('end', onEnd)
      reject(error)
    }
    req.on('data', onData)
    req.on('end', onEnd)
    req.on('error', onError)
  })
}

/** The request says its body is larger than `limit`. */
export function declaredOver(req: IncomingMessage, limit: number): boolean {
  const declared = Number(req.headers['content-length'])
  return Number.isFinite(declared) && declared > limit
}
