export const setup = {
  title: '首次使用：按顺序设置本接待中心',
  intro: '以下四步按顺序完成后即可登记来访；每完成一步自动打勾，下一步始终在最前。',
  progress: '已完成 {{done}} / {{total}} 步',
  next: '下一步',
  done: '已完成',
  go: '去设置',
  goNext: '下一步：{{step}}',
  steps: {
    townships: {
      title: '选择本县，导入乡镇（街道）',
      hint: '登记时的“所属乡镇”、领导的联系乡镇都从这里来。',
    },
    departments: {
      title: '录入责任单位',
      hint: '交办事项的承办单位；可先添加常用单位清单，再增删改名。',
    },
    leaders: {
      title: '录入接访领导',
      hint: '领导的职务、分管领域和联系乡镇决定来访分到哪一桌。',
    },
    day: {
      title: '安排接访日',
      hint: '选定日期、地点和坐班领导，登记台即可开始登记。',
    },
  },
  starter: {
    title: '常用责任单位',
    body_one: '一次添加县级常用责任单位（{{count}} 个），之后可以改名或停用。',
    body_other: '一次添加县级常用责任单位（{{count}} 个），之后可以改名或停用。',
    add: '添加常用单位清单',
    added_one: '已添加 {{count}} 个责任单位',
    added_other: '已添加 {{count}} 个责任单位',
  },
}
