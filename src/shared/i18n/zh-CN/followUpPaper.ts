// The follow-up papers (issue 14): 受理告知书, 延期办理告知书, 信访事项处理意见书, 催办单, 现场处理记录.
export const followUpPaper = {
  print: '打印{{paper}}',
  title: {
    acceptance_notice: '信访事项受理告知书',
    extension_notice: '信访事项延期办理告知书',
    handling_opinion: '信访事项处理意见书',
    reminder_slip: '信访事项催办单',
    on_spot_record: '信访事项现场处理记录',
  },
  to: '{{names}}：',
  acceptanceBody:
    '你（你们）于{{date}}到县领导公开接访反映的“{{summary}}”一事，经审查，属于信访事项受理范围，已于{{acceptedOn}}依法受理，交由{{department}}办理。',
  acceptanceBodyNoDepartment:
    '你（你们）于{{date}}到县领导公开接访反映的“{{summary}}”一事，经审查，属于信访事项受理范围，已于{{acceptedOn}}依法受理。',
  acceptanceDeadline:
    '依照《信访工作条例》第三十四条，有关机关将于{{date}}前办结，并书面答复你（你们）。',
  acceptanceQuery: '你（你们）可凭登记回执上的查询码查询办理进展，并对办理情况进行评价。',
  noticeEnd: '特此告知。',
  extensionBody:
    '你（你们）于{{date}}到县领导公开接访反映的“{{summary}}”一事，原定于{{previous}}前办结。因{{reason}}，经{{approvedBy}}批准，依照《信访工作条例》第三十四条，办理期限延长{{days}}日，延长至{{deadline}}前办结。',
  extensionDepartment: '承办单位：{{department}}。',
  opinionBody:
    '你（你们）于{{date}}到县领导公开接访反映的“{{summary}}”一事，经{{department}}调查核实，现提出处理意见如下：',
  opinionBodyNoDepartment:
    '你（你们）于{{date}}到县领导公开接访反映的“{{summary}}”一事，经调查核实，现提出处理意见如下：',
  opinionReview:
    '如对本处理意见不服，可以自收到本意见书之日起 30 日内（{{date}}前）请求原办理机关的上一级机关复查（《信访工作条例》第三十五条）。',
  opinionDelivery: '送达方式：{{delivery}}；答复日期：{{date}}。',
  reminderTo: '{{department}}：',
  reminderBody:
    '{{date}}县领导公开接访中交由你单位办理的下列信访事项，尚未办结答复。现予催办，请抓紧办理，按期书面答复信访人，并将办理结果报送{{hall}}。',
  reminderReply: '请于收到本催办单后 3 个工作日内，将办理进展书面报送{{hall}}。',
  field: {
    acceptedOn: '受理日期',
    deadline: '办结期限',
    notice: '受理告知',
    noticeGiven: '已于{{date}}告知',
    noticeNotGiven: '尚未告知',
    reminder: '催办意见',
    remindedOn: '催办日期',
    petitioner: '信访人',
    headcount: '人数',
    summary: '反映事项',
    leader: '接访领导',
    decided: '处理结果',
    present: '在场人员',
    recordedOn: '记录日期',
    decision: '会商意见',
    none: '—',
  },
  onSpotIntro:
    '{{date}}县领导公开接访中，接访领导{{leader}}接待了来访群众，对其反映的事项当场研究处理，记录如下：',
  onSpotEnd: '以上事项已当场处理。来访人对处理结果的意见将在回访时记录。',
  signLeader: '接访领导（签字）',
  signPetitioner: '来访人（签字）',
  signRecorder: '记录人（签字）',
  delivery: {
    in_person: '当面送达',
    post: '邮寄送达',
    phone: '电话告知',
    sms: '短信告知',
  },
}
