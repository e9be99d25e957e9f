export const reference = {
  countyCode: 'A county division code has 6 digits',
  townshipCode: 'Invalid township code',
  unknownCounty: 'No county with division code {{code}}',
  countyWithoutTownships: 'The division data has no townships for {{county}}',
  categoryExists: 'A category named “{{name}}” already exists',
  categoryNotFound: 'Category not found',
  departmentExists: 'A department named “{{name}}” already exists',
  departmentNotFound: 'Department not found',
  leaderNotFound: 'Leader not found',
  unknownCategory: 'An area of responsibility does not exist',
  unknownTownship: 'Liaison township {{code}} is not one of the county’s townships',
}
