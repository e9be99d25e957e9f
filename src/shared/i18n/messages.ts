import type { zhCN } from './zh-CN/index'

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }

/** The shape every locale must have: that of the default, zh-CN. */
export type Messages = Widen<typeof zhCN>
