export const demo = {
  title: 'First time here?',
  body: 'Load demo data to try everything at once: the real townships of Pujiang County, its usual departments, a fictional county leadership with areas and liaison townships, and a reception day planned for today with 4 tables. The demo’s names and phone number are made up.',
  create: 'Use demo data (Pujiang County)',
  orByHand: 'Or plan the day by hand below.',
  created: 'Demo data loaded',
  hallNotEmpty: 'Leaders or reception days exist already: the demo data cannot be loaded',
}
