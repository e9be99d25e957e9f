// The desktop app's own windows are the admin device of their own hub without pairing (issue 15,
// item 7): the main process adds the hub's fixed admin secret as a header to the requests its
// windows make to that hub (pages, API calls, the WebSocket upgrade). The secret never reaches a
// renderer's script or a URL. Pure, so the tests check which requests get it.

/** The origin a request URL is sent to, a WebSocket's counted as its HTTP origin. */
function httpOrigin(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined
  const parsed = new URL(url)
  if (parsed.protocol === 'ws:') parsed.protocol = 'http:'
  else if (parsed.protocol === 'wss:') parsed.protocol = 'https:'
  else if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined
  return parsed.origin
}

/**
 * The headers of a request from one of the app's windows: with `Authorization: Bearer <token>`
 * when it goes to the hub's own origin (http or ws), unchanged for anything else.
 */
export function withHubAuthorization(
  hubUrl: string,
  token: string,
  request: { url: string; requestHeaders: Record<string, string> },
): Record<string, string> {
  const hub = httpOrigin(hubUrl)
  if (!token || hub === undefined || httpOrigin(request.url) !== hub) return request.requestHeaders
  return { ...request.requestHeaders, Authorization: `Bearer ${token}` }
}
