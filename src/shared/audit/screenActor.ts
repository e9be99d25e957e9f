/**
 * Who this screen is, for the audit log: a leader's table screen, the hall board, or a desk.
 * Each is opened at its own route (its own window or browser), so the route at connection
 * time names it.
 */
export function screenActor(hash: string): string {
  const table = /^#\/leader\/(\d+)/.exec(hash)?.[1]
  if (table) return `table-${table}`
  if (hash.startsWith('#/board')) return 'board'
  return 'desk'
}
