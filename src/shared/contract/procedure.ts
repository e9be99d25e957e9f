import type { z } from 'zod'

export type ProcedureKind = 'query' | 'mutation' | 'subscription'

/** One procedure of the contract: how it is called, and the schemas of what goes in and out. */
export const procedure = <
  K extends ProcedureKind,
  I extends z.ZodType | undefined,
  O extends z.ZodType,
>(
  kind: K,
  input: I,
  output: O,
) => ({ kind, input, output })
