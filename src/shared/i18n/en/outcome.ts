export const outcome = {
  resolved_on_spot: 'Resolved on the spot',
  assigned: 'Assigned',
  forwarded: 'Forwarded',
  explained: 'Explained',
  not_accepted: 'Not accepted',
  none: 'Not yet decided',
}
