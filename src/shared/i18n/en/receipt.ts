export const receipt = {
  notFound: 'Registration not found',
  cancelled: 'This registration was cancelled: no receipt can be printed',
}
