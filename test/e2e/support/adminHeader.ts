/** The e2e hubs' fixed admin secret: scripts send it as a header (hub.call); never in a URL. */
export const E2E_ADMIN_TOKEN = 'e2e-admin-secret-sent-as-a-header-only'

/** The options of a browser context that plays another PC: no admin device cookie (the spec's
 * own contexts get one: support/hub.ts), nothing stored. */
export const UNPAIRED = { storageState: { cookies: [], origins: [] } }
