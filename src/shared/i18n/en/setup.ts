import type { Messages } from '../messages'

export const setup: Messages['setup'] = {
  title: 'First run: set up the hall in this order',
  intro:
    'Once these four steps are done the desk can register visitors. Each step is ticked when it is done; the next one always comes first.',
  progress: '{{done}} of {{total}} steps done',
  next: 'Next',
  done: 'Done',
  go: 'Set up',
  goNext: 'Next: {{step}}',
  steps: {
    townships: {
      title: 'Choose the county and import its townships',
      hint: 'The township of a registration and the leaders’ liaison townships come from here.',
    },
    departments: {
      title: 'Enter the departments',
      hint: 'The departments matters are assigned to; start from the common list, then add, rename or deactivate.',
    },
    leaders: {
      title: 'Enter the receiving leaders',
      hint: 'A leader’s title, areas and liaison townships decide which table a visitor goes to.',
    },
    day: {
      title: 'Plan the reception day',
      hint: 'Its date, place and the leaders on duty; then the desk can register.',
    },
  },
  starter: {
    title: 'Common departments',
    body_one: 'Add the county’s common department at once; rename or deactivate it later.',
    body_other:
      'Add the county’s {{count}} common departments at once; rename or deactivate them later.',
    add: 'Add the common departments',
    added_one: '{{count}} department added',
    added_other: '{{count}} departments added',
  },
}
