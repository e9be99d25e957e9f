export const channel = {
  litigation: '诉讼',
  arbitration: '仲裁',
  labour_arbitration: '劳动人事争议仲裁',
  administrative_reconsideration: '行政复议',
  administrative_adjudication: '行政裁决',
  discipline_inspection: '向纪检监察机关检举控告',
  other: '其他法定途径',
}
