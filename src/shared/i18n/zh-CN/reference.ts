export const reference = {
  countyCode: '县级区划代码应为 6 位数字',
  townshipCode: '乡镇区划代码不正确',
  unknownCounty: '找不到区划代码为 {{code}} 的县（市、区）',
  countyWithoutTownships: '区划数据中没有{{county}}的乡镇',
  categoryExists: '已有名为“{{name}}”的分类',
  categoryNotFound: '找不到该分类',
  departmentExists: '已有名为“{{name}}”的单位',
  departmentNotFound: '找不到该单位',
  leaderNotFound: '找不到该领导',
  unknownCategory: '所选分管领域不存在',
  unknownTownship: '联系乡镇 {{code}} 不在本县的乡镇名单中',
}
