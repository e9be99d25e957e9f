/**
 * The departments a county's matters are most often assigned to (交办), as a new hall's starter
 * list: the county's own name goes before each (浦江县公安局), 县 while no county is chosen.
 * They are names the hall keeps (data, in Chinese in every language), not words of the screens.
 */
export const STARTER_DEPARTMENTS = [
  '信访局',
  '公安局',
  '人力资源和社会保障局',
  '自然资源和规划局',
  '住房和城乡建设局',
  '农业农村局',
  '民政局',
  '教育局',
  '卫生健康局',
  '市场监督管理局',
  '水利局',
  '交通运输局',
  '综合行政执法局',
  '医疗保障局',
] as const

export const starterDepartmentNames = (countyName: string | null | undefined): string[] =>
  STARTER_DEPARTMENTS.map((name) => `${countyName || '县'}${name}`)
