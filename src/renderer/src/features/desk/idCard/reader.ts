/** What a second-generation ID card gives the desk (GB 11643 number, and the printed fields). */
export interface IdCardData {
  name: string
  idNumber: string
  sex: 'male' | 'female' | null
  /** YYYY-MM-DD */
  birthDate: string | null
  address: string
}

export type ReadFailure = 'unavailable' | 'cancelled' | 'failed'

export type ReadResult =
  { ok: true; card: IdCardData } | { ok: false; failure: ReadFailure; detail?: string }

/** A card reader as the desk sees it, whatever the vendor: one read, one answer. */
export interface IdCardReader {
  read(): Promise<ReadResult>
}
