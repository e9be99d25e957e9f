export const phone = {
  format: 'Phone number is not valid (11-digit mobile, or area code-number)',
}
