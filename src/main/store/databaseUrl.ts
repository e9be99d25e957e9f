// What `--db` names, told apart without loading any driver (the desktop app's main process
// imports this too).

/** `postgres://…` or `postgresql://…`: the hub's `--db` names a server, not a file. */
export const isPostgresUrl = (target: string): boolean => /^postgres(ql)?:\/\//i.test(target)

/** The connection string without its password: what the hub may print and show. */
export const redactUrl = (url: string): string => {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return 'postgres://…'
  }
}
