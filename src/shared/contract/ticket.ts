/** Tickets are called aloud and printed as three digits: 7 → "007". */
export const formatTicket = (ticketNo: number): string => String(ticketNo).padStart(3, '0')
