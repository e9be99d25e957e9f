import type { Messages } from '../messages'

export const print: Pick<Messages, 'print' | 'receipt'> = {
  print: {
    preparing: 'Preparing to print…',
    failed: 'Could not read what to print: {{message}}',
    printNow: 'Print',
    close: 'Close',
    hallDefault: 'County Public Reception Centre',
    hallOfCounty: '{{county}} Public Reception Centre',
    date: '{{d}}/{{m}}/{{y}}',
    dateTime: '{{d}}/{{m}}/{{y}} {{hh}}:{{mm}}',
    receipt: {
      title: 'Registration receipt',
      ticket: 'Ticket',
      tableLeader: 'Table {{tableNo}} · {{leader}}',
      registeredAt: 'Registered',
      visitors: 'Visitor',
      representatives: 'Representatives',
      idNumber: 'ID number',
      headcount: 'Persons',
      persons: '{{count}}',
      collective: ' (group visit)',
      queryCode: 'Query code',
      qrAlt: 'QR code of the query code',
      queryHint: 'Use the query code to follow up and rate the handling',
      phone: 'Enquiries: {{phone}}',
      wait: 'Please wait in the waiting area for your number',
    },
    announcement: {
      title: 'Announcement: county leaders receive the public on {{d}}/{{m}}',
      intro:
        'To give the public a direct channel for their requests and settle problems on the spot, county leaders will receive visitors on {{date}} ({{weekday}}), under the Regulations on Letters and Visits. Details:',
      timeHeading: '1. Time',
      time: '{{date}} ({{weekday}}) {{opensAt}}–{{closesAt}}',
      placeHeading: '2. Place',
      leadersHeading: '3. Leaders receiving and their areas',
      colTable: 'Table',
      colLeader: 'Leader',
      colTitle: 'Title',
      colAreas: 'Areas',
      tableNo: '{{tableNo}}',
      lead: ' (lead)',
      noAreas: '—',
      areasSeparator: ', ',
      rulesHeading: '4. Please note',
      bring:
        '(1) Bring your original resident ID card and the documents of your matter; register on arrival and wait for your ticket to be called.',
      representatives:
        '(2) A group raising a shared matter chooses representatives, no more than 5 (art. 20 of the Regulations).',
      lawful:
        '(3) Petition level by level at the designated place; matters that are or should be settled by litigation, arbitration or administrative review go to the bodies in charge.',
      order: '(4) Visitors abide by the law and keep order in the reception hall.',
      phone: 'Enquiries: {{phone}}',
    },
  },
  receipt: {
    notFound: 'Registration not found',
    cancelled: 'This registration was cancelled: no receipt can be printed',
  },
}
