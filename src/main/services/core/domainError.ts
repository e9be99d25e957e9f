/**
 * A refusal the user can act on. `key` is an i18n key (see src/shared/i18n), `params`
 * fill its placeholders; the hub translates it into the caller's language. `unavailable`: the
 * hub could not store it (disk full, read-only, damaged file): 503, nothing was saved. `forbidden`:
 * the calling device's role may not do this (403, src/main/hub/access.ts).
 */
export class DomainError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
    readonly kind: 'invalid' | 'not_found' | 'conflict' | 'unavailable' | 'forbidden' = 'invalid',
  ) {
    super(key)
    this.name = 'DomainError'
  }
}
