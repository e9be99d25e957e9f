// Every way out of the desktop app stops the hall hub gracefully and keeps the open screens
// remembered for the next start: the app quitting (window-all-closed, the desk closed, a
// startup failure), and Windows ending the session (shutdown, restart, log-off), where
// Electron emits `session-end` on the windows and neither `before-quit` nor `will-quit`.

/** The part of Electron's `app` used here (also met by the tests' stand-in). */
export interface QuittingApp {
  on(event: 'before-quit' | 'window-all-closed', listener: () => void): unknown
  on(event: 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown
  quit(): void
}

/** A BrowserWindow, as far as the session's end goes (`session-end`: Windows only). */
export interface SessionWindow {
  on(event: 'session-end', listener: () => void): unknown
}

export interface ShutdownOptions {
  app: QuittingApp
  /** Stops the hub gracefully; idempotent (HubProcess.stop). */
  stopHub: () => Promise<void>
  /** From now on, screen windows that close stay remembered (ScreenWindows.markQuitting). */
  keepScreens: () => void
}

export interface Shutdown {
  /** Watches a window for the end of the Windows session. Call for every window. */
  watchWindow(window: SessionWindow): void
}

export function registerShutdown(options: ShutdownOptions): Shutdown {
  const { app } = options
  let hubStopped = false
  app.on('before-quit', () => options.keepScreens())
  app.on('will-quit', (event) => {
    if (hubStopped) return
    // Quit only once the hub has closed its database.
    event.preventDefault()
    void options.stopHub().finally(() => {
      hubStopped = true
      app.quit()
    })
  })
  app.on('window-all-closed', () => app.quit())
  const endSession = () => {
    // The session ends whatever we do: keep the screens, and let the hub checkpoint now.
    options.keepScreens()
    void options.stopHub()
  }
  return {
    watchWindow(window) {
      window.on('session-end', endSession)
    },
  }
}
