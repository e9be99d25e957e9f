export const app = {
  name: 'Reception Day',
  fullName: 'County Leaders’ Reception Day',
}
