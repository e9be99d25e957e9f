export const batchStatus = {
  waiting: 'Waiting',
  called: 'Called',
  in_session: 'In session',
  concluded: 'Seen',
  no_show: 'Left',
  cancelled: 'Cancelled',
}
