import { z } from 'zod'
import { procedure } from './procedure'
import { Id, IsoDate, Timestamp } from './common'
import { BatchKind } from './enums'
import { AnnouncementNotice, NoticeView } from './plan'

// Print templates read these views: everything on a receipt is already masked by the hub.

/** What the receipt's QR code encodes: the query code, tagged so a scanner knows it. */
export const receiptQrText = (queryCode: string): string => `JFR:${queryCode}`

/** The hall as printed: its name ('' = not set: templates fall back to a generic name). */
const hallFields = {
  hallName: z.string(),
  /** The county the hall serves, when chosen in the settings (浦江县). */
  countyName: z.string().nullable(),
  hallPhone: z.string().nullable(),
}

export const ReceiptInput = z.object({ batchId: Id })

export const ReceiptView = z.object({
  batchId: Id,
  ...hallFields,
  dayDate: IsoDate,
  place: z.string(),
  ticket: z.string(),
  tableNo: z.number().int(),
  leaderName: z.string(),
  leaderTitle: z.string(),
  registeredAt: Timestamp,
  kind: BatchKind,
  headcount: z.number().int(),
  collective: z.boolean(),
  /** Masked only: 张*, 330726********1234. Never the full ID number or phone. */
  members: z.array(z.object({ maskedName: z.string(), maskedIdNumber: z.string().nullable() })),
  queryCode: z.string(),
  qrText: z.string(),
})
export type ReceiptView = z.infer<typeof ReceiptView>

export const AnnouncementInput = z.object({ dayId: Id })

export const AnnouncementLeader = z.object({
  tableNo: z.number().int(),
  name: z.string(),
  title: z.string(),
  isLead: z.boolean(),
  /** 分管领域: the categories the leader answers for. */
  areas: z.array(z.string()),
})

export const AnnouncementView = z.object({
  dayId: Id,
  date: IsoDate,
  opensAt: z.string(),
  closesAt: z.string(),
  place: z.string(),
  /** The hall issues the announcement (落款). */
  ...hallFields,
  /** The date of issue: the hub's today. */
  issuedOn: IsoDate,
  leaders: z.array(AnnouncementLeader),
  notices: z.array(NoticeView),
  /** The notice a print made today fulfils, if not printed yet (see shared/plan/notices). */
  noticeToMark: AnnouncementNotice.nullable(),
})
export type AnnouncementView = z.infer<typeof AnnouncementView>

export const receiptProcedures = {
  receipt: procedure('query', ReceiptInput, ReceiptView),
}

export const announcementProcedures = {
  announcement: procedure('query', AnnouncementInput, AnnouncementView),
}
