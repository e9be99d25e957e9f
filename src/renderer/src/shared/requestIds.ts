/**
 * A request id (UUID v4) for a submission. From `crypto.getRandomValues`: `randomUUID` needs
 * a secure context, and the LAN screens are served over plain http.
 */
export function newRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

export interface SubmissionIds {
  /** The id of this input: the same as last time while the input is unchanged (a retry). */
  idFor(input: unknown): string
  /** The submission was answered: the next one gets a new id. */
  done(): void
}

/**
 * One request id per submission, reused when the same input is sent again after a failure, so
 * the hub answers a retry whose first attempt went through with that first answer instead of
 * registering twice; an edited input is another submission and gets a new id.
 */
export function submissionIds(): SubmissionIds {
  let last: { key: string; id: string } | null = null
  return {
    idFor: (input) => {
      const key = JSON.stringify(input)
      if (last?.key !== key) last = { key, id: newRequestId() }
      return last.id
    },
    done: () => {
      last = null
    },
  }
}
