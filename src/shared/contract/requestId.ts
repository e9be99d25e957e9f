import { z } from 'zod'

/**
 * A submission's id, made by the client (a UUID) and sent again with every retry of the same
 * submission: the hub acts once and answers a retry with the first answer
 * (src/main/services/core/requestLog.ts).
 */
export const RequestId = z.uuid()
export type RequestId = z.infer<typeof RequestId>
