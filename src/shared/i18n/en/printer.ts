export const printer = {
  choose: 'Choose a printer',
  chooseFor: 'Choose the printer for {{paper}} (used from now on)',
  paper: {
    a4: 'A4 documents',
    roll80: '80 mm receipts',
  },
  none: 'No printer found',
  printing: 'Printing…',
  printed: '{{document}} printed',
  archived: 'Printed; PDF archived',
  failed: 'Printing failed: {{message}}',
}
