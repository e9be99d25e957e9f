import { weighted, type Rng } from './prng'

// The words of a synthetic county history: names, places and what people come about.
// Made up, but shaped like a Zhejiang county's petition records (浦江县 and its neighbours).

/** Surnames, weighted: the national top ones plus those common around 浦江 (楼, 傅, 方, 洪 …). */
// prettier-ignore
export const SURNAMES = weighted<string>([
  ['张', 60], ['黄', 45], ['陈', 45], ['吴', 40], ['王', 40], ['楼', 30], ['何', 28], ['方', 26], ['傅', 25], ['郑', 25],
  ['朱', 22], ['李', 22], ['洪', 18], ['于', 12], ['金', 15], ['钟', 10], ['周', 16], ['徐', 15], ['曹', 10], ['石', 9],
  ['蒋', 9], ['赵', 10], ['刘', 14], ['杨', 12], ['胡', 12], ['潘', 8], ['毛', 7], ['盛', 6], ['宋', 6], ['柳', 5],
  ['施', 6], ['邵', 5], ['戴', 5], ['倪', 5], ['俞', 5], ['骆', 4], ['孙', 6], ['马', 5], ['林', 6], ['郭', 5],
  ['高', 5], ['罗', 4], ['梁', 4], ['许', 5], ['程', 4], ['蔡', 4], ['叶', 5], ['丁', 3], ['卢', 3], ['贾', 2],
  ['祝', 3], ['虞', 3],
])

/** Given-name characters by generation: older records favour 根, 土, 桂, 秀 …; younger 浩, 婷 … */
const OLD_MALE = '根土水法德福有宝金银荣祥生财发忠良义仁和顺林松明正国建华新'
const OLD_FEMALE = '秀桂英兰凤花珍香玉梅菊娥仙爱琴芬妹翠月云彩素金春美'
const YOUNG_MALE = '伟强磊军勇杰涛明超刚斌辉鹏飞浩宇晨俊凯鑫波峰亮文龙阳毅'
const YOUNG_FEMALE = '芳娜敏静丽艳娟霞燕婷颖琳洁倩雪慧佳欣晶莉蓉萍红丹妍璐'

export function givenName(r: Rng, male: boolean, birthYear: number): string {
  const old = birthYear < 1970
  const pool = male ? (old ? OLD_MALE : YOUNG_MALE) : old ? OLD_FEMALE : YOUNG_FEMALE
  const other = male ? (old ? YOUNG_MALE : OLD_MALE) : old ? YOUNG_FEMALE : OLD_FEMALE
  const one = () => (r.chance(0.85) ? r.pick([...pool]) : r.pick([...other]))
  // Single-character given names are rarer among the older generation in the countryside.
  return r.chance(old ? 0.22 : 0.3) ? one() : one() + one()
}

/**
 * Region codes (first six digits) of ID numbers seen at a 浦江 hall: the county itself,
 * the neighbours and the rest of Jinhua, and migrant workers' home counties elsewhere.
 */
export const REGIONS = weighted<string>([
  ['330726', 760], // 浦江县
  ['330781', 30], // 兰溪市
  ['330782', 35], // 义乌市
  ['330783', 15], // 东阳市
  ['330702', 20], // 婺城区
  ['330703', 10], // 金东区
  ['330727', 6], // 磐安县
  ['330681', 25], // 诸暨市
  ['330122', 12], // 桐庐县
  ['330182', 10], // 建德市
  ['330700', 8], // 金华市（early cards）
  ['522401', 15], // 贵州毕节
  ['513701', 8], // 四川巴中
  ['362330', 8], // 江西上饶
  ['342401', 8], // 安徽六安
  ['412726', 6], // 河南周口
  ['432503', 4], // 湖南涟源
])

/** Birth years weighted towards the generations that petition most (1940s–1970s). */
// prettier-ignore
export const BIRTH_DECADES = weighted<number>([
  [1930, 3], [1940, 10], [1950, 22], [1960, 26], [1970, 20], [1980, 12], [1990, 6], [2000, 1],
])

// prettier-ignore
export const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153',
  '155', '157', '158', '159', '177', '180', '181', '182', '183', '187', '188', '189', '199',
] as const

const VILLAGE_A = '新前后上下东西南北大小马石塘岭溪山湖桥塘高平长青龙凤金白黄竹枫'
const VILLAGE_B = '光店溪湾埠里坞坑宅山塘畈头坪岩口源田墩垅庄'
/** A village name such as 马岭, 石埠, 新光. */
export function village(r: Rng): string {
  return r.pick([...VILLAGE_A]) + r.pick([...VILLAGE_B])
}

const COMPANIES = [
  '某水晶厂',
  '某挂锁厂',
  '某绗缝制品公司',
  '某建筑公司',
  '某服装厂',
  '某五金厂',
  '某房地产开发公司',
  '某物业公司',
  '某劳务公司',
  '某电器厂',
  '某工艺品厂',
  '某砂石场',
  '某化工厂',
  '某养殖场',
  '某物流公司',
  '某汽修厂',
] as const
const ESTATES = [
  '阳光花园',
  '翠湖山庄',
  '金色家园',
  '浦阳新村',
  '仙华小区',
  '江南名苑',
  '文化苑',
  '滨江花园',
  '和平小区',
  '锦绣华庭',
] as const
const RIVERS = ['浦阳江', '壶源江', '大陈江', '前吴溪', '白马溪'] as const
const ROADS = ['浦阳路', '和平路', '人民西路', '仙华路', '亚太大道', '平安路', '月泉路'] as const

export interface Topic {
  category: string
  nature: 'suggestion' | 'accusation' | 'appeal'
  templates: readonly string[]
}

// Slots: {村} village, {镇} township, {年} years, {人} people, {金额} amount (万元), {元} yuan,
// {公司} company, {小区} estate, {河} river, {路} road, {月} months.
export const TOPICS = weighted<Topic>([
  [
    {
      category: '国土资源',
      nature: 'appeal',
      templates: [
        '{村}村民反映宅基地审批{年}年未办理，要求尽快审批建房',
        '宅基地审批材料已交村里{年}年，至今没有结果，家中住房困难',
        '反映邻居宅基地超占，建房挡住通道，村里调解未果',
        '{镇}{村}征地补偿款未足额发放，要求按标准补偿',
        '征地补偿标准过低，{年}年前被征收土地至今未安置',
        '山林权属纠纷，与邻村对{村}后山林地界线有争议',
        '土地承包经营权被村里收回转包，要求恢复承包',
      ],
    },
    16,
  ],
  [
    {
      category: '劳动社保',
      nature: 'appeal',
      templates: [
        '{公司}拖欠{人}名工人工资共计{金额}万元，要求支付',
        '在{公司}打工，老板拖欠工资{月}个月，共{元}元，多次讨要无果',
        '{公司}倒闭，拖欠工资和经济补偿金，要求政府协调',
        '工伤认定申请已过{月}个月未作出决定，要求尽快认定',
        '养老保险补缴政策咨询，要求补缴{年}年社保',
        '被{公司}辞退未签劳动合同，要求支付双倍工资',
      ],
    },
    15,
  ],
  [
    {
      category: '城乡建设',
      nature: 'appeal',
      templates: [
        '购买的{小区}商品房屋出现漏水开裂，房屋质量问题要求开发商维修',
        '{小区}房屋质量差，外墙脱落，业主多次反映无果',
        '拆迁安置房分配不公，{年}年未安置到位',
        '旧城改造拆迁补偿标准低，要求按市场价补偿',
        '{小区}物业服务差，物业费上涨，要求更换物业',
        '邻居违章建筑影响采光通风，要求综合执法拆除',
        '{路}改造工程施工噪音大，夜间施工扰民',
      ],
    },
    14,
  ],
  [
    {
      category: '民政',
      nature: 'appeal',
      templates: [
        '申请低保被驳回，家庭困难，要求重新审核',
        '低保被取消，{年}年来一直靠低保生活，要求恢复',
        '残疾人两项补贴未发放到位，要求核查',
        '反映{村}低保评定不公开，有人违规享受低保',
        '特困供养申请，老人无子女照顾',
      ],
    },
    9,
  ],
  [
    {
      category: '卫生健康',
      nature: 'appeal',
      templates: [
        '医保报销比例过低，住院费用{元}元，要求按政策报销',
        '异地就医医保报销手续繁琐，{月}个月未报销',
        '在县医院手术后出现并发症，医疗纠纷要求赔偿',
        '大病医保报销被拒，要求说明理由',
      ],
    },
    7,
  ],
  [
    {
      category: '生态环境',
      nature: 'appeal',
      templates: [
        '{公司}排放废水污染{河}，环境污染影响生活',
        '{村}附近{公司}粉尘污染严重，要求整治',
        '{村}养猪场臭味扰民，养殖污染要求关停',
        '{公司}夜间生产噪音扰民，影响休息',
      ],
    },
    7,
  ],
  [
    {
      category: '交通运输',
      nature: 'appeal',
      templates: [
        '交通事故赔偿未到位，对方拒不履行判决',
        '{年}年前交通事故致残，肇事方至今未赔偿{金额}万元',
        '{村}到{镇}的道路年久失修，要求修建',
        '{路}公交线路取消，群众出行不便',
      ],
    },
    5,
  ],
  [
    {
      category: '农村农业',
      nature: 'appeal',
      templates: [
        '{村}土地流转租金{年}年未支付',
        '{村}村务公开不及时，要求公开集体资金使用情况',
        '农田水利设施损坏，{村}灌溉困难',
        '种粮补贴未发放到户',
      ],
    },
    6,
  ],
  [
    {
      category: '教育',
      nature: 'appeal',
      templates: [
        '子女入学问题，户籍在{镇}但无法就近入学',
        '{镇}中心小学校车取消，学生上学困难',
        '代课教师待遇问题，要求落实政策',
      ],
    },
    4,
  ],
  [
    {
      category: '市场监管',
      nature: 'appeal',
      templates: [
        '在{小区}附近超市买到过期食品，食品安全问题',
        '预付卡商家跑路，消费纠纷涉及{人}人{金额}万元',
      ],
    },
    3,
  ],
  [
    {
      category: '政法',
      nature: 'appeal',
      templates: [
        '民间借贷纠纷判决后对方不履行，申请执行{年}年无结果',
        '与邻居相邻权纠纷，派出所调解未果',
        '对法院判决不服，要求再审',
      ],
    },
    6,
  ],
  [
    {
      category: '纪检监察',
      nature: 'accusation',
      templates: [
        '举报{村}村干部侵占集体资金',
        '检举{村}村委会在征地补偿中虚报冒领',
        '举报某工作人员在低保审批中收受好处',
      ],
    },
    5,
  ],
  [
    {
      category: '城乡建设',
      nature: 'suggestion',
      templates: [
        '建议在{路}增设红绿灯和人行横道',
        '建议{镇}增建公共停车场',
        '建议{小区}加装电梯，方便老年人出行',
      ],
    },
    3,
  ],
])

const fill = (template: string, r: Rng, place: { village: string; township: string }) =>
  template.replace(/\{(.)\}|\{(..)\}/g, (_, one: string | undefined, two: string | undefined) => {
    switch (one ?? two) {
      case '村':
        return place.village
      case '镇':
        return place.township
      case '年':
        return String(r.int(2, 12))
      case '人':
        return String(r.int(5, 80))
      case '金额':
        return String(r.int(2, 300))
      case '元':
        return String(r.int(3, 90) * 1000 + r.int(0, 9) * 100)
      case '月':
        return String(r.int(2, 18))
      case '公司':
        return r.pick(COMPANIES)
      case '小区':
        return r.pick(ESTATES)
      case '河':
        return r.pick(RIVERS)
      case '路':
        return r.pick(ROADS)
      default:
        return ''
    }
  })

const TAILS = [
  '',
  '',
  '',
  '，情绪激动',
  '，曾多次到县信访局反映',
  '，要求领导重视',
  '，已向镇里反映过',
] as const

export function summary(r: Rng, topic: Topic, place: { village: string; township: string }) {
  return fill(r.pick(topic.templates), r, place) + r.pick(TAILS)
}

/** Names of county leaders of earlier terms (fictional). */
export const PAST_LEADER_TITLES = [
  '县委书记',
  '县长',
  '常务副县长',
  '副县长',
  '县委副书记',
] as const

export const DECISIONS: Record<string, readonly string[]> = {
  resolved_on_spot: ['当场协调解决', '当场答复，来访人表示满意'],
  assigned: ['交有关部门限期办理', '交责任单位调查核实，限期答复'],
  forwarded: ['转送有权处理机关'],
  explained: ['做好政策解释和疏导工作', '解释有关政策，来访人表示理解'],
  not_accepted: ['属诉讼范围，引导依法通过诉讼途径解决', '已经复核终结，不再受理'],
}

/** Phrases the desk types into the summary search: 3–6 characters, and 2-character terms. */
// prettier-ignore
export const SEARCH_PHRASES = [
  '宅基地审批', '拖欠工资', '征地补偿', '医保报销', '房屋质量', '环境污染', '交通事故赔偿', '养老保险',
  '拆迁安置', '噪音扰民', '工伤认定', '土地流转', '物业费', '山林权属', '违章建筑', '村务公开',
  '校车取消', '预付卡', '民间借贷', '宅基地', '低保被取消', '漏水开裂', '浦阳江', '挂锁厂',
  '无此事项记录', '要求尽快', '多次反映',
] as const
// prettier-ignore
export const SEARCH_TERMS = [
  '低保', '宅基', '工资', '噪音', '漏水', '拆迁', '山林', '医保', '校车', '补贴',
  '污染', '判决', '物业', '征地', '电梯', '食品', '粉尘', '借贷', '外墙', '冒领',
  // The worst case: words in half the history.
  '要求', '反映',
] as const
