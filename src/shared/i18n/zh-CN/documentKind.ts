export const documentKind = {
  slip: '交办单',
  commitment: '限期办结承诺书',
  notice: '不予受理告知书',
}
