export const nature = {
  suggestion: 'Suggestion',
  accusation: 'Accusation',
  appeal: 'Appeal or claim',
}
