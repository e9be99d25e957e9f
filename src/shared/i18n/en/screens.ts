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
    'Open this address (or scan it) in a browser on another PC and enter the code to show the chosen screen. The address holds no secret: that PC gets its own when it pairs.',
  pairOther: 'Pairing code for another PC',
  fingerprint: 'Hall certificate SHA-256:',
  qrAlt: 'QR code of the pairing address',
  loopbackOnly:
    'The Reception Day hub serves this PC only (127.0.0.1): other PCs cannot connect. To run the tables and the board on other PCs, start the hub for the LAN (npm run hub -- --host 0.0.0.0, or the desktop app with --host 0.0.0.0).',
  noLan: 'This PC has no LAN address: check the network cable or connection.',
}
