export const documentKind = {
  slip: 'Case slip',
  commitment: 'Closure commitment',
  notice: 'Notice of non-acceptance',
}
