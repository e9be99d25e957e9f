export const route = {
  owner_leader: 'Owner leader of an open case is on duty',
  township: 'Liaison leader of the township',
  category: 'Leader responsible for the category',
  shortest_wait: 'Table with the shortest wait',
  lead_leader: 'Lead leader',
  manual: 'Chosen by the clerk',
  same_day: 'Registered again today: back to the same table',
}
