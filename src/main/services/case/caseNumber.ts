import { formatTicket } from '@shared/contract/ticket'

/**
 * The number of a case (信访事项编号): `JF20261127-023-1` — 接访 (JF), the reception day, the
 * ticket the petitioner holds on their receipt, and the matter's place among those the batch
 * raised. Unique because a ticket is unique within its day and a batch is concluded once;
 * readable aloud and over the phone, sortable by day, and it leads from any printed slip back
 * to the registration (and from the receipt in the petitioner's hand to their cases) without
 * a look-up table. No counter to keep: numbers never collide across parallel tables.
 */
export function caseNumber(dayDate: string, ticketNo: number, matterNo: number, hall = ''): string {
  // Several halls on one server (issue 13): the hall's county code leads, `JF330726-20261127-…`,
  // since two halls hand out the same tickets on the same day. The local hall's stay as they were.
  const prefix = hall ? `JF${hall}-` : 'JF'
  return `${prefix}${dayDate.replaceAll('-', '')}-${formatTicket(ticketNo)}-${matterNo}`
}
