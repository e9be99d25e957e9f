// The three rates' exports (xlsx, the A4 report) and their drill-down (issue 14).
export const ratesReport = {
  title: 'The three rates, {{month}}',
  monthTitle: '{{y}}-{{m}}',
  sheet: {
    overall: 'Summary',
    department: 'By department',
    ownerLeader: 'By owner leader',
    township: 'By township',
    category: 'By category',
  },
  col: {
    satisfied: 'Satisfied',
    basicallySatisfied: 'Basically satisfied',
    dissatisfied: 'Dissatisfied',
    counted: '{{figure}} (cases)',
  },
  frozen: 'Month closed: {{at}}',
  live: 'Month open: live figures as of {{date}}',
  export: {
    xlsx: 'Export Excel',
    pdf: 'Print / PDF',
  },
  drill: {
    title_one: '{{group}} · {{figure}}: {{count}} case',
    title_other: '{{group}} · {{figure}}: {{count}} cases',
    counted: 'Counted',
    others: 'Due but not counted',
    empty: 'No cases',
    open: 'Open',
    close: 'Close',
    showCases: 'Show the cases of {{group}}, {{figure}}',
  },
  generated: 'Made by {{hall}}, {{date}}',
}
