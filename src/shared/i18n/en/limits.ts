export const limits = {
  bodyTooLarge: 'The request is too large (at most {{size}}); nothing was done',
  batchTooLong: 'Too many calls in one batch (at most {{max}}); nothing was done',
}
