export const queue = {
  noSuchTable: 'There is no table {{tableNo}} today',
  tableBusy: 'No. {{ticket}} is still at table {{tableNo}}: finish with it before calling the next',
  nobodyWaiting: 'Nobody is waiting at table {{tableNo}}',
  movedElsewhere: 'No. {{ticket}} has moved to table {{tableNo}}',
  sameTable: 'Already at table {{tableNo}}',
  sessionOpen: 'No. {{ticket}} is in session: conclude or transfer it first',
  table: {
    active: 'Table {{tableNo}} is receiving',
    paused: 'Table {{tableNo}} is paused',
    ended: 'Table {{tableNo}} has ended its day',
  },
  status: {
    waiting: 'No. {{ticket}} has not been called yet',
    called: 'No. {{ticket}} is called but not yet in session',
    in_session: 'No. {{ticket}} is in session',
    concluded: 'No. {{ticket}} has been seen',
    no_show: 'No. {{ticket}} was marked not here',
    cancelled: 'The registration of No. {{ticket}} was cancelled',
  },
}
