/** Simplified Chinese, the default for Chinese browsers. en.ts must have exactly the same keys. */
import account from "./account.zh-CN";
import candidates from "./candidates.zh-CN";
import company from "./company.zh-CN";
import forms from "./forms.zh-CN";
import mail from "./mail.zh-CN";
import organizer from "./organizer.zh-CN";
import posting from "./posting.zh-CN";
import jobsearch from "./jobsearch.zh-CN";
import matching from "./matching.zh-CN";
import profile from "./profile.zh-CN";

const zhCN = {
  common: {
    appName: "E-Landing",
    appTagline: "杭州跨境电商人才招聘平台",
    skipToContent: "跳到主要内容",
    mainNav: "主导航",
    home: "首页",
    jobs: "找工作",
    language: {
      label: "界面语言",
      current: "当前语言：{{language}}",
      switchTo: "切换为{{language}}",
      names: {
        "zh-CN": "中文",
        en: "English",
      },
    },
    footer: {
      about:
        "服务“E-Landing the World · Careers with You”杭州跨境电商人才招聘会：学生、企业与组织方在同一平台完成求职、招聘与办会。",
      legalNav: "法律信息",
      privacy: "隐私政策",
      terms: "服务条款",
      icpLink: "ICP 备案信息（在新窗口打开工业和信息化部备案系统）",
      copyright: "© {{year}} E-Landing",
    },
  },
  home: {
    meta: {
      title: "E-Landing · 杭州跨境电商人才招聘会",
      description: "杭州跨境电商人才招聘会的官方求职平台：按跨境电商人才标准匹配岗位，报名招聘会专场，跟进每一份申请。",
    },
    hero: {
      title: "让对的学生，走到对的展位，进入对的岗位",
      search: "找工作",
      lead: "E-Landing 为杭州跨境电商人才招聘会而建：学生用双语档案求职，企业认证后发布岗位、筛选候选人，组织方管理专场、展位与签到，并跟踪每一次录用。",
    },
    facts: {
      title: "招聘会一览",
      source: "数据来源：杭州跨境电商综试区公开发布的三届招聘会统计。",
      colleges: "开设跨境电商专业或课程的杭州高校",
      graduates: "每年跨境电商专业毕业生",
      sessions: "已举办招聘会专场",
      companies: "参会企业",
      jobs: "提供岗位",
      atLeast: "{{value}}+",
    },
    audiences: {
      title: "为三类用户而设计",
      students: {
        title: "学生",
        body: "建立中英双语档案，按岗位族群、城市、平台和语言搜索岗位，看清“为什么匹配、还差什么”，报名专场并携带二维码入场券。",
      },
      companies: {
        title: "企业",
        body: "通过统一社会信用代码认证后发布岗位，浏览同意被发现的候选人，按岗位查看排序后的候选人，并在展位扫码收集简历。",
      },
      organizers: {
        title: "组织方",
        body: "管理招聘会、专场与展位，审核企业，在入口扫码签到，并通过看板与导出跟踪每场的签到、面试、录用与入职。",
      },
    },
    sessions: {
      title: "即将举行的专场",
      empty: "目前没有已安排的专场。专场发布后会显示在这里。",
      when: "时间",
      venue: "地点",
      capacity: "可容纳 {{capacity}} 人",
      unlimited: "不限人数",
    },
  },
  legal: {
    updated: "更新日期：{{date}}",
    privacy: {
      metaTitle: "隐私政策 · E-Landing",
      title: "隐私政策",
      intro:
        "本政策说明 E-Landing 如何依照《中华人民共和国个人信息保护法》处理您的个人信息。正式版本将在账户功能上线时发布，并按版本记录您的同意。",
      sections: {
        collect: {
          title: "我们收集哪些信息",
          body: "您主动填写的档案信息（教育背景、技能、语言、求职意向、简历），以及为保障安全所需的登录与访问记录。我们不会向求职者收取任何费用。",
        },
        use: {
          title: "我们如何使用信息",
          body: "用于岗位搜索与推荐、投递申请、招聘会报名与签到。推荐会说明匹配原因，您可以随时关闭个性化推荐。",
        },
        share: {
          title: "我们与谁共享信息",
          body: "只有在您单独同意后，已认证的企业才能发现您的档案；完整档案与简历仅提供给您主动申请的企业。联系方式从不进入搜索索引。",
        },
        rights: {
          title: "您的权利",
          body: "您可以查阅、更正、导出和删除个人信息，也可以撤回同意；撤回不影响此前基于同意已进行的处理。",
        },
        contact: {
          title: "联系我们",
          body: "如对个人信息处理有疑问，请联系招聘会组织方。",
        },
      },
    },
    terms: {
      metaTitle: "服务条款 · E-Landing",
      title: "服务条款",
      intro: "使用 E-Landing 即表示您同意以下条款。正式版本将在账户功能上线时发布。",
      sections: {
        accounts: {
          title: "账户",
          body: "请提供真实信息并妥善保管登录凭证。企业账户须通过组织方认证后方可发布岗位、查看候选人。",
        },
        jobs: {
          title: "岗位信息",
          body: "岗位不得包含就业歧视内容（性别、年龄、婚育状况、户籍等），不得向求职者收取任何费用或押金。违规岗位将被下架。",
        },
        conduct: {
          title: "使用规范",
          body: "禁止冒用身份、批量抓取数据、发布虚假信息或干扰平台运行。",
        },
        liability: {
          title: "责任",
          body: "平台尽力保证信息准确，但录用决定由企业与求职者自行作出。",
        },
      },
    },
  },
  jobs: {
    meta: {
      title: "找工作 · E-Landing",
      description: "搜索杭州跨境电商招聘会的岗位：按岗位族群、级别、城市、薪资、平台、语言和招聘会专场筛选。",
      searchTitle: "“{{q}}”的岗位 · E-Landing",
    },
    title: "找工作",
    lead: "中英文关键词均可，例如“亚马逊运营”“海外仓”“TikTok”。",
    form: {
      label: "搜索岗位",
      query: "关键词",
      placeholder: "岗位、公司、平台或技能",
      submit: "搜索",
      apply: "应用筛选",
      clear: "清除全部筛选",
      filters: "筛选条件",
      filtersWithCount: "筛选条件（已选 {{count}} 项）",
      sort: "排序",
    },
    sort: {
      relevance: "最相关",
      newest: "最新发布",
      salary: "薪资最高",
      distance: "距离最近",
    },
    facets: {
      family: "岗位族群",
      level: "级别",
      city: "城市",
      salary: "月薪",
      marketplace: "平台",
      language: "语言",
      type: "工作类型",
      education: "学历",
      session: "招聘会专场",
      posted: "发布时间",
      anyTime: "不限",
      option: "{{label}}（{{count}}）",
    },
    posted: {
      "1d": "24 小时内",
      "7d": "7 天内",
      "30d": "30 天内",
    },
    results: {
      count_one: "共 {{total}} 个岗位",
      count_other: "共 {{total}} 个岗位",
      countForQuery_one: "“{{q}}”共 {{total}} 个岗位",
      countForQuery_other: "“{{q}}”共 {{total}} 个岗位",
      loading: "正在搜索…",
      postedAgo: "发布于{{when}}",
      pageOf: "第 {{page}} / {{pages}} 页",
    },
    pagination: {
      label: "分页",
      previous: "上一页",
      next: "下一页",
      page: "第 {{page}} 页",
    },
    empty: {
      title: "没有找到匹配的岗位",
      tips: "可以试试：",
      spelling: "检查拼写，或换一个说法（如“亚马逊”与“Amazon”都可以）",
      fewerFilters: "减少筛选条件",
      broader: "使用更宽泛的关键词，如“运营”“客服”“物流”",
    },
    unavailable: {
      title: "搜索暂时不可用",
      body: "岗位搜索服务正在恢复中，请稍后再试。您的筛选条件已保留在地址中。",
      retry: "重试",
    },
    invalid: {
      title: "部分搜索条件无法识别",
      reset: "重新开始搜索",
    },
    problems: {
      unknown_param: "不认识的参数“{{param}}”。",
      repeated: "参数“{{param}}”只能出现一次。",
      invalid_value: "“{{param}}”的取值无法识别。",
      invalid_type: "“{{param}}”必须是整数。",
      too_small: "“{{param}}”太小。",
      too_big: "“{{param}}”太长或太大。",
      invalid: "“{{param}}”无效。",
      near_unknown: "“{{param}}”不是已知的院校，也不是“纬度,经度”形式的坐标。",
      distance_needs_near: "按距离排序需要先选择一个“附近”的位置。",
    },
    rateLimited: "请求过于频繁，请在 {{seconds}} 秒后重试。",
  },
  job: {
    metaTitle: "{{title}} · {{company}} · E-Landing",
    back: "返回搜索结果",
    closed: "该岗位已停止招聘。",
    expired: "该岗位的招聘已截止。",
    facts: "岗位信息",
    salary: "薪资",
    location: "工作地点",
    type: "工作类型",
    workMode: "工作方式",
    education: "学历要求",
    experience: "经验要求",
    experienceYears: "{{count}} 年以上",
    noExperience: "应届生可投",
    headcount: "招聘人数",
    headcountValue: "{{count}} 人",
    level: "级别",
    role: "岗位",
    posted: "发布日期",
    validThrough: "截止日期",
    description: "岗位描述",
    requirements: "任职要求",
    requiredSkills: "必备技能",
    preferredSkills: "加分技能",
    skillLevel: "{{skill}}（{{level}}）",
    abilities: "能力单元",
    languages: "语言要求",
    languageLevel: "{{language}}：{{level}}及以上",
    marketplaces: "涉及平台",
    sessions: "参加的招聘会专场",
    noSessions: "该岗位暂未安排招聘会专场。",
    company: "招聘企业",
    website: "企业网站",
    similar: "相似岗位",
  },
  enums: {
    level: {
      JUNIOR: "初级",
      INTERMEDIATE: "中级",
      SENIOR: "高级",
    },
    employmentType: {
      FULL_TIME: "全职",
      PART_TIME: "兼职",
      INTERNSHIP: "实习",
      CONTRACT: "合同工",
    },
    education: {
      NONE: "学历不限",
      SECONDARY: "高中/中专",
      ASSOCIATE: "大专",
      BACHELOR: "本科",
      MASTER: "硕士",
      DOCTORATE: "博士",
    },
    workMode: {
      ON_SITE: "现场办公",
      HYBRID: "混合办公",
      REMOTE: "远程",
    },
    skillLevel: {
      "1": "入门",
      "2": "熟练",
      "3": "精通",
    },
    salaryBand: {
      "under-5k": "5千以下",
      "5k-8k": "5千–8千",
      "8k-12k": "8千–1.2万",
      "12k-20k": "1.2万–2万",
      "20k-plus": "2万以上",
    },
    salaryPeriod: {
      HOUR: "{{range}}/小时",
      DAY: "{{range}}/天",
      MONTH: "{{range}}/月",
      YEAR: "{{range}}/年",
    },
  },
  errors: {
    meta: {
      title: "出错了 · E-Landing",
    },
    status: "错误代码 {{status}}",
    badRequest: {
      title: "请求无效",
      body: "请求中的参数无法识别。请检查地址或返回上一页重试。",
    },
    forbidden: {
      title: "无权访问",
      body: "您没有查看此页面的权限。",
    },
    notFound: {
      title: "页面不存在",
      body: "您访问的地址不存在，或内容已被移除。",
    },
    server: {
      title: "服务暂时不可用",
      body: "服务器未能完成您的请求，问题已被记录。请稍后再试。",
    },
    backHome: "返回首页",
  },
  account,
  candidates,
  company,
  forms,
  mail,
  jobsearch,
  matching,
  organizer,
  posting,
  profile,
};

export default zhCN;
