export const documentKind = {
  slip: '交办单',
  commitment: '限期办结承诺书',
  notice: '不予受理告知书',
  acceptance_notice: '受理告知书',
  extension_notice: '延期办理告知书',
  handling_opinion: '信访事项处理意见书',
  reminder_slip: '催办单',
  on_spot_record: '现场处理记录',
}
