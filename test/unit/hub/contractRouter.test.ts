import { describe, expect, it } from 'vitest'
import { appRouter } from '../../../src/main/hub/router'
import { contract } from '@shared/contract'

// The contract (src/shared/contract) and the hub's router (src/main/hub/router.ts) are composed
// separately; this ties the two lists together: the same procedures, each of the same kind.
const contractKinds = Object.fromEntries(
  Object.entries(contract).flatMap(([domain, procedures]) =>
    Object.entries(procedures).map(([name, p]) => [
      `${domain}.${name}`,
      (p as { kind: string }).kind,
    ]),
  ),
)

interface RouterProcedure {
  _def: { type: string }
}
const routerKinds = Object.fromEntries(
  Object.entries(appRouter._def.procedures as unknown as Record<string, RouterProcedure>).map(
    ([path, p]) => [path, p._def.type],
  ),
)

describe('the contract and the router', () => {
  it('have the same procedures, each of the same kind', () => {
    expect(Object.keys(contractKinds).length).toBeGreaterThan(0)
    expect(routerKinds).toEqual(contractKinds)
  })
})
