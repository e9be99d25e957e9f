export const id = {
  length: '身份证号应为 18 位',
  characters: '身份证号只能包含数字，末位可为 X',
  region: '身份证号的地区码不存在',
  birthDate: '身份证号中的出生日期不存在',
  futureBirthDate: '身份证号中的出生日期晚于今天',
  checkDigit: '身份证号校验位不正确，请核对',
}
