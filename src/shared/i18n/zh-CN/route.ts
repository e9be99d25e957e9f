export const route = {
  owner_leader: '包案领导在岗',
  township: '联系乡镇领导',
  category: '分管领域领导',
  shortest_wait: '等候最短的接待桌',
  lead_leader: '主接领导',
  manual: '人工指定',
  same_day: '同日再次登记，回原接待桌',
}
