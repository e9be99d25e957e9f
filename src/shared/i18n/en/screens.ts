export const screens = {
  title: 'Second screen',
  kind: 'Open',
  board: 'Hall board',
  leader: 'Table screen',
  table: 'Table',
  display: 'Display',
  displayOption: 'Display {{index}} · {{width}}×{{height}}',
  autoDisplay: 'Automatic (last used, or the second display)',
  primary: '(primary)',
  open: 'Open on display',
  openTab: 'Open in a new tab',
  opened: 'Opened on {{display}}',
  otherPc: 'Open on another PC',
  otherPcHint:
    'Open this address (or scan it) in a browser on another PC to show the chosen screen.',
  qrAlt: 'QR code of this address',
  moreAddresses: 'Other network addresses:',
  loopbackOnly:
    'The Reception Day hub serves this PC only (127.0.0.1): other PCs cannot connect. To run the tables and the board on other PCs, start the hub for the LAN (npm run hub -- --host 0.0.0.0, or the desktop app with --host 0.0.0.0).',
  noLan: 'This PC has no LAN address: check the network cable or connection.',
}
