export const channel = {
  litigation: 'Litigation',
  arbitration: 'Arbitration',
  labour_arbitration: 'Labour dispute arbitration',
  administrative_reconsideration: 'Administrative reconsideration',
  administrative_adjudication: 'Administrative adjudication',
  discipline_inspection: 'Accusation to the discipline inspection organs',
  other: 'Another lawful channel',
}
