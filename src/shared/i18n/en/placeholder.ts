export const placeholder = {
  comingSoon: 'This page is being built.',
}
