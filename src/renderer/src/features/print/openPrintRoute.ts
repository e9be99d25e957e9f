/**
 * Opens a print template (a renderer route) in its own window, which prints itself once
 * rendered. The new tab gets the same address (and so the LAN token in its query).
 *
 * 'noopener' keeps the print window out of this page's event loop: a print dialog blocks its
 * page's scripts, and a same-origin window opened with an opener would freeze the desk with it.
 * The Electron app refuses new windows (setWindowOpenHandler → deny), so there the template
 * opens in this window and comes back after printing (`back=1`).
 */
export function openPrintRoute(route: string): 'window' | 'here' {
  if (window.receptionDay) {
    location.hash = `${route}?autoprint=1&back=1`
    return 'here'
  }
  window.open(`${location.pathname}${location.search}#${route}?autoprint=1`, '_blank', 'noopener')
  return 'window'
}
