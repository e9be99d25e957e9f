export const nature = {
  suggestion: '建议意见类',
  accusation: '检举控告类',
  appeal: '申诉求决类',
}
