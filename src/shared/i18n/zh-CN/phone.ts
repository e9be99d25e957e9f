export const phone = {
  format: '电话号码格式不正确（手机 11 位，或区号-号码）',
}
