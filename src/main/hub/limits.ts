/**
 * What one client may ask of the hub at once. Every screen of the hall shares one hub on one
 * PC: a request that takes seconds or hundreds of MB stalls every desk and table screen, so
 * each limit is far above what a screen or a script sends, and far below what hurts the hub.
 * Each is refused with a clear answer (docs/api.md, "Limits").
 */
export const LIMITS = {
  /**
   * Bytes of a JSON body over HTTP. The largest real input (a registration with its members and
   * a 4,000-character summary) is a few kB; a 300 MB body took 8 s to parse and stalled every
   * screen for 4 s. Refused with 413 as soon as `content-length` (or the bytes so far) says so.
   */
  httpBodyBytes: 1024 * 1024,
  /**
   * The one larger body: `case.attachPdf`, called alone (never batched) by the desktop app to
   * archive a printed paper as base64 (a case slip with its CJK font subset is tens to hundreds
   * of kB; the contract allows a 12 MB PDF, 16 MB of base64).
   */
  pdfBodyBytes: 16 * 1024 * 1024,
  /**
   * Calls in one HTTP batch (`/trpc/a,b,c?batch=1`). The screens do not batch over HTTP; a
   * script has no need of more. One batch of 1,000 `batch.register` calls was accepted.
   */
  httpBatchCalls: 50,
  /**
   * Bytes of one WebSocket frame: the same bound as an HTTP body. ws refuses a larger frame from
   * its header, before reading it, and closes with 1009.
   */
  wsFrameBytes: 1024 * 1024,
  /**
   * Calls in one WebSocket frame (the tRPC client sends the calls of one tick, or all pending
   * calls after a reconnect, as one array). A screen re-reads fewer than 30 queries at once;
   * one frame of 20,000 calls blocked the hub for over 2 minutes. Closed with 1008.
   */
  wsFrameCalls: 100,
  /** Subscriptions open on one connection. A screen holds one to three. Closed with 1008. */
  wsSubscriptions: 20,
  /**
   * Bytes queued for a WebSocket client that does not read. A screen that keeps up has a few kB
   * in flight; one that never reads made the hub hold hundreds of MB. Beyond this it is dropped
   * (terminated); a live screen reconnects by itself and re-reads everything.
   */
  wsBufferedBytes: 4 * 1024 * 1024,
  /**
   * Milliseconds to receive a request's headers and the whole request. On the hall's LAN a
   * request arrives in milliseconds; a client that trickles it in only holds a socket.
   */
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
} as const
