/**
 * Opens a print template (a renderer route) in its own window, which prints itself once
 * rendered. The token stays in this tab's session; the new tab gets the same address.
 */
export function openPrintRoute(route: string): void {
  const url = `${location.pathname}${location.search}#${route}?autoprint=1`
  window.open(url, '_blank', 'noopener')
}
