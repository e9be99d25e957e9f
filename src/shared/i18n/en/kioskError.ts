export const kioskError = {
  code: 'The query code is 4 to 16 letters or digits',
  lastDigits: 'Enter 4 digits (an ID number may end in X)',
  noSuchCase: 'This visit has no such case',
  rateNotNow: 'This case cannot be rated now: it can be rated once, after the reply',
}
