export const id = {
  length: 'An ID number has 18 characters',
  characters: 'An ID number has digits only, the last may be X',
  region: 'The ID number’s region code does not exist',
  birthDate: 'The ID number’s birth date does not exist',
  futureBirthDate: 'The ID number’s birth date is after today',
  checkDigit: 'The ID number’s check digit is wrong; please check it',
}
