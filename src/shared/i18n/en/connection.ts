export const connection = {
  connected: 'Connected',
  reconnecting: 'Reconnecting…',
  connecting: 'Connecting…',
  refused: 'Refused',
  refusedTitle: 'This address is wrong or out of date',
  refusedText:
    'The Reception Day hub is running but does not accept the access token in this page’s address: the address was mistyped, or it is from an earlier start of the hub (each start makes a new token unless a fixed one is given).',
  refusedWhat:
    'On the front-desk PC, on the Desk page under “Second screen” → “Open on another PC”, scan the QR code or copy the address shown there, and open this page again.',
}
