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

type Procedures = Record<
  string,
  Record<string, { input: z.ZodType | undefined; output: z.ZodType }>
>

/** An object's keys that may be undefined made optional too, so a caller may leave them out. */
export type Optionalised<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
        [K in keyof T as undefined extends T[K] ? K : never]?: T[K]
      }
    : T

/** What a procedure takes, as the hub has parsed it (defaults applied): a service's input type. */
export type InputOf<
  C extends Procedures,
  D extends keyof C,
  P extends keyof C[D],
> = C[D][P]['input'] extends z.ZodType ? Optionalised<z.output<C[D][P]['input']>> : undefined

/** What a procedure returns. */
export type OutputOf<C extends Procedures, D extends keyof C, P extends keyof C[D]> = z.output<
  C[D][P]['output']
>
