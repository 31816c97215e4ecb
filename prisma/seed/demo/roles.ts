/**
 * What a job posting of each family and role says: title patterns, duties, tools, salary bands,
 * languages. Keys are catalogue.json keys (a test checks that they exist).
 *
 * Placeholders in titles and duties, filled per job:
 *   {mp}/{mpEn}         the job's main marketplace (亚马逊 / Amazon)
 *   {site}/{siteEn}     its country site (欧洲站 / EU marketplaces)
 *   {market}/{marketEn} the market in a sentence (欧洲市场 / European market)
 *   {cat}/{catEn}       the company's product category (家居 / home & kitchen)
 *   {lang}/{langEn}     the language the job works in (日语 / Japanese)
 * Skill keys "$backend" and "$ads" stand for the main marketplace's seller back office and ad tool.
 */

export type Level = "JUNIOR" | "INTERMEDIATE" | "SENIOR";
export type Pair = readonly [zh: string, en: string];
/** CEFR rank → weight. */
export type TierWeights = Partial<Record<"2" | "3" | "4" | "5" | "6", number>>;
export type LanguageNeed = "required" | "preferred" | "none";
export type Qualifier = "site" | "market" | "category" | "lang";

export interface FamilyContent {
  /** Range of the monthly salaryMin in CNY (Hangzhou); salaryMax is 1.3-1.8 × salaryMin. */
  salary: Record<Level, readonly [number, number]>;
  /** Main-marketplace weights for jobs of the family. */
  marketplaces: Readonly<Record<string, number>>;
  /** "{n} 年以上…相关工作经验" / "{n}+ years in …". */
  experience: Pair;
  /** Preferred majors, for the requirements. */
  majors: Pair;
  english: Record<Level, TierWeights>;
  /** Probability that English is required (otherwise it is a plus). */
  englishRequired: number;
  /** Whether the market's own language (Japanese for the Japanese site, …) is needed. */
  marketLanguage: LanguageNeed;
  /** Employers here usually ask for a bachelor's degree. */
  bachelor?: boolean;
  /** Share of remote jobs. */
  remote?: number;
}

export interface RoleContent {
  /** How often the role is posted, relative to the family's other roles at the same level. */
  weight: number;
  titles: readonly Pair[];
  /** Which qualifiers may follow the title in brackets. */
  qualifiers: readonly Qualifier[];
  duties: readonly Pair[];
  required: readonly string[];
  preferred: readonly string[];
  marketplaces?: Readonly<Record<string, number>>;
  english?: Partial<Record<Level, TierWeights>>;
  englishRequired?: number;
  marketLanguage?: LanguageNeed;
  /** Probability that the job is aimed at international students (HSK required, native language). */
  international?: number;
  /** Probability of a part-time posting. */
  partTime?: number;
  remote?: number;
  /** Minimum CEFR rank of the working language (hosts and agents talk to buyers all day). */
  workingLanguageTier?: number;
  /** Education weights replacing the level defaults. */
  education?: Readonly<Partial<Record<"NONE" | "SECONDARY" | "ASSOCIATE" | "BACHELOR" | "MASTER", number>>>;
  /** Multiplies the family's salary band (a coordinator earns less than an analyst). */
  pay?: number;
  /** salaryMax / salaryMin range (commission-heavy roles spread wider). */
  spread?: readonly [number, number];
}

const SELLER_MARKETPLACES = {
  amazon: 30,
  aliexpress: 10,
  ebay: 6,
  shopee: 10,
  lazada: 5,
  "tiktok-shop": 8,
  temu: 8,
  shein: 3,
  walmart: 5,
  "mercado-libre": 4,
  ozon: 3,
  wish: 1,
  etsy: 2,
  coupang: 2,
  allegro: 2,
};

export const FAMILY_CONTENT: Readonly<Record<string, FamilyContent>> = {
  "platform-operation": {
    salary: { JUNIOR: [4500, 7000], INTERMEDIATE: [7500, 12000], SENIOR: [14000, 25000] },
    marketplaces: SELLER_MARKETPLACES,
    experience: ["跨境电商平台运营", "cross-border marketplace operations"],
    majors: [
      "跨境电子商务、国际经济与贸易、电子商务、商务英语等专业",
      "cross-border e-commerce, international trade, e-commerce or business English",
    ],
    english: { JUNIOR: { 3: 65, 4: 35 }, INTERMEDIATE: { 3: 40, 4: 55, 5: 5 }, SENIOR: { 4: 70, 5: 30 } },
    englishRequired: 0.9,
    marketLanguage: "preferred",
  },
  "overseas-marketing": {
    salary: { JUNIOR: [5000, 7000], INTERMEDIATE: [8000, 13000], SENIOR: [15000, 28000] },
    marketplaces: {
      "independent-site": 35,
      amazon: 25,
      "tiktok-shop": 20,
      shein: 5,
      aliexpress: 5,
      etsy: 4,
      temu: 3,
      walmart: 3,
    },
    experience: ["海外营销", "overseas marketing"],
    majors: [
      "市场营销、商务英语、网络与新媒体、跨境电子商务等专业",
      "marketing, business English, new media or cross-border e-commerce",
    ],
    english: { JUNIOR: { 3: 30, 4: 60, 5: 10 }, INTERMEDIATE: { 4: 70, 5: 30 }, SENIOR: { 4: 50, 5: 50 } },
    englishRequired: 0.95,
    marketLanguage: "preferred",
  },
  "logistics-warehousing": {
    salary: { JUNIOR: [4500, 6500], INTERMEDIATE: [7000, 11000], SENIOR: [13000, 25000] },
    marketplaces: {
      amazon: 40,
      temu: 15,
      shein: 10,
      "tiktok-shop": 10,
      walmart: 8,
      "independent-site": 7,
      ebay: 5,
      shopee: 5,
      "mercado-libre": 3,
    },
    experience: ["跨境物流或国际货代", "cross-border logistics or freight forwarding"],
    majors: [
      "物流管理、国际经济与贸易、跨境电子商务、供应链管理等专业",
      "logistics, international trade, cross-border e-commerce or supply-chain management",
    ],
    english: { JUNIOR: { 3: 80, 4: 20 }, INTERMEDIATE: { 3: 50, 4: 50 }, SENIOR: { 4: 80, 5: 20 } },
    englishRequired: 0.7,
    marketLanguage: "none",
  },
  "dtc-brand": {
    salary: { JUNIOR: [5000, 7500], INTERMEDIATE: [8500, 14000], SENIOR: [16000, 30000] },
    marketplaces: { "independent-site": 100 },
    experience: ["独立站运营或品牌营销", "DTC e-commerce or brand marketing"],
    majors: [
      "电子商务、市场营销、跨境电子商务、商务英语等专业",
      "e-commerce, marketing, cross-border e-commerce or business English",
    ],
    english: { JUNIOR: { 3: 40, 4: 55, 5: 5 }, INTERMEDIATE: { 4: 70, 5: 30 }, SENIOR: { 4: 50, 5: 50 } },
    englishRequired: 0.95,
    marketLanguage: "preferred",
  },
  "live-stream-selling": {
    salary: { JUNIOR: [5000, 8000], INTERMEDIATE: [8000, 13000], SENIOR: [15000, 28000] },
    marketplaces: { "tiktok-shop": 85, shopee: 8, lazada: 4, amazon: 3 },
    experience: ["直播电商或短视频", "live commerce or short video"],
    majors: [
      "网络与新媒体、播音与主持艺术、商务英语、市场营销等专业",
      "new media, broadcasting and presenting, business English or marketing",
    ],
    english: { JUNIOR: { 4: 50, 5: 45, 6: 5 }, INTERMEDIATE: { 4: 60, 5: 40 }, SENIOR: { 4: 60, 5: 40 } },
    englishRequired: 0.85,
    marketLanguage: "required",
  },
  "customer-service": {
    salary: { JUNIOR: [4500, 6000], INTERMEDIATE: [6000, 9000], SENIOR: [9000, 15000] },
    marketplaces: {
      amazon: 35,
      "independent-site": 12,
      aliexpress: 10,
      ebay: 10,
      shopee: 8,
      "tiktok-shop": 8,
      walmart: 5,
      lazada: 4,
      temu: 3,
      "mercado-libre": 3,
      etsy: 2,
      coupang: 2,
      ozon: 2,
    },
    experience: ["跨境电商客服", "cross-border customer service"],
    majors: [
      "商务英语、应用外语、跨境电子商务、国际经济与贸易等专业",
      "business English, a foreign language, cross-border e-commerce or international trade",
    ],
    english: { JUNIOR: { 3: 30, 4: 60, 5: 10 }, INTERMEDIATE: { 4: 60, 5: 40 }, SENIOR: { 4: 50, 5: 50 } },
    englishRequired: 0.9,
    marketLanguage: "required",
    remote: 0.08,
  },
  "sourcing-product": {
    salary: { JUNIOR: [5000, 7000], INTERMEDIATE: [8000, 13000], SENIOR: [15000, 28000] },
    marketplaces: {
      amazon: 35,
      temu: 15,
      "tiktok-shop": 10,
      "independent-site": 10,
      shein: 8,
      aliexpress: 7,
      shopee: 7,
      walmart: 5,
      etsy: 3,
    },
    experience: ["选品或产品开发", "product sourcing or development"],
    majors: [
      "国际经济与贸易、电子商务、市场营销、工业设计等专业",
      "international trade, e-commerce, marketing or industrial design",
    ],
    english: { JUNIOR: { 3: 80, 4: 20 }, INTERMEDIATE: { 3: 50, 4: 50 }, SENIOR: { 4: 80, 5: 20 } },
    englishRequired: 0.75,
    marketLanguage: "none",
  },
  "data-analysis": {
    salary: { JUNIOR: [5500, 8000], INTERMEDIATE: [9000, 15000], SENIOR: [18000, 32000] },
    marketplaces: {
      amazon: 35,
      "independent-site": 15,
      "tiktok-shop": 15,
      shopee: 10,
      temu: 10,
      walmart: 5,
      aliexpress: 5,
      ebay: 5,
    },
    experience: ["数据分析", "data analysis"],
    majors: [
      "统计学、数据科学与大数据技术、电子商务、经济学等专业",
      "statistics, data science, e-commerce or economics",
    ],
    english: { JUNIOR: { 3: 70, 4: 30 }, INTERMEDIATE: { 3: 40, 4: 60 }, SENIOR: { 4: 80, 5: 20 } },
    englishRequired: 0.6,
    marketLanguage: "none",
    bachelor: true,
    remote: 0.12,
  },
  compliance: {
    salary: { JUNIOR: [5000, 7000], INTERMEDIATE: [8500, 14000], SENIOR: [16000, 30000] },
    marketplaces: {
      amazon: 40,
      temu: 15,
      "independent-site": 10,
      "tiktok-shop": 10,
      walmart: 8,
      ebay: 7,
      shein: 5,
      etsy: 5,
    },
    experience: ["跨境合规、知识产权或法务", "compliance, IP or legal work in cross-border trade"],
    majors: [
      "法学、知识产权、国际经济与贸易、英语等专业",
      "law, intellectual property, international trade or English",
    ],
    english: { JUNIOR: { 3: 50, 4: 50 }, INTERMEDIATE: { 4: 80, 5: 20 }, SENIOR: { 4: 60, 5: 40 } },
    englishRequired: 0.85,
    marketLanguage: "preferred",
    bachelor: true,
  },
  finance: {
    salary: { JUNIOR: [4500, 6500], INTERMEDIATE: [8000, 13000], SENIOR: [15000, 30000] },
    marketplaces: {
      amazon: 30,
      "independent-site": 15,
      temu: 10,
      shopee: 10,
      "tiktok-shop": 10,
      aliexpress: 10,
      walmart: 5,
      ebay: 5,
      "alibaba-com": 5,
    },
    experience: ["跨境电商财务或外贸会计", "accounting in cross-border e-commerce or trade"],
    majors: [
      "会计学、财务管理、税收学、国际经济与贸易等专业",
      "accounting, financial management, taxation or international trade",
    ],
    english: { JUNIOR: { 3: 80, 4: 20 }, INTERMEDIATE: { 3: 50, 4: 50 }, SENIOR: { 4: 80, 5: 20 } },
    englishRequired: 0.5,
    marketLanguage: "none",
    bachelor: true,
  },
};

const HOST_EDUCATION = { NONE: 25, SECONDARY: 20, ASSOCIATE: 40, BACHELOR: 15 };

export const ROLE_CONTENT: Readonly<Record<string, RoleContent>> = {
  // ------------------------------------------------------------------ platform operation
  "platform-operations-assistant": {
    weight: 3,
    titles: [
      ["{mp}运营助理", "{mpEn} Operations Assistant"],
      ["跨境电商运营助理", "Cross-border E-commerce Operations Assistant"],
      ["{mp}店铺运营助理", "{mpEn} Store Assistant"],
      ["{mp}运营管培生", "{mpEn} Operations Graduate Trainee"],
    ],
    qualifiers: ["site", "category"],
    duties: [
      [
        "协助运营专员完成{mp}{site}店铺的商品上架、图片和文案更新",
        "Helps the operations specialists list products and update images and copy in our {mpEn} store ({siteEn})",
      ],
      [
        "处理日常订单，跟踪库存和物流状态，及时提醒补货",
        "Processes daily orders, tracks stock and shipments, and flags when to reorder",
      ],
      [
        "收集竞品价格、评论和促销信息，整理成周报",
        "Collects competitor prices, reviews and promotions into a weekly report",
      ],
      ["按计划设置优惠券、秒杀等促销活动", "Sets up coupons, deals and other promotions to plan"],
      ["监控店铺绩效指标，发现异常及时上报", "Watches account-health metrics and reports anything unusual"],
      [
        "配合美工完成{cat}产品主图和详情页的优化",
        "Works with the designer to improve main images and detail pages for {catEn} products",
      ],
    ],
    required: ["$backend", "excel", "english-copywriting"],
    preferred: ["photoshop", "sellersprite", "generative-ai", "canva", "deepl", "dianxiaomi"],
  },
  "marketplace-operations-specialist": {
    weight: 5,
    titles: [
      ["{mp}运营专员", "{mpEn} Operations Specialist"],
      ["{mp}运营", "{mpEn} Operations Executive"],
      ["{mp}店铺运营", "{mpEn} Store Operations Specialist"],
      ["跨境电商运营专员", "Cross-border E-commerce Operations Specialist"],
      ["{mp}品类运营", "{mpEn} Category Operations Specialist"],
    ],
    qualifiers: ["site", "category"],
    duties: [
      [
        "负责{mp}{site}店铺的日常运营，完成销售额与利润目标",
        "Runs our {mpEn} store ({siteEn}) day to day and delivers its sales and profit targets",
      ],
      [
        "撰写和优化 Listing 标题、五点描述与 A+ 页面，提升搜索排名与转化率",
        "Writes and improves listing titles, bullet points and A+ pages to lift search rank and conversion",
      ],
      [
        "开展关键词调研，制定并执行站内广告策略，控制 ACoS",
        "Researches keywords and runs on-site advertising while keeping ACoS in check",
      ],
      [
        "策划 Prime Day、黑五网一等大促活动，制定定价与促销方案",
        "Plans peak events such as Prime Day and Black Friday, with pricing and promotions",
      ],
      [
        "分析流量、转化和库存数据，制定备货与补货计划",
        "Analyses traffic, conversion and stock data to plan inventory and replenishment",
      ],
      ["跟进{cat}新品的上架与推广，打造类目爆款", "Launches new {catEn} products and builds category best-sellers"],
      [
        "处理店铺绩效与账号安全问题，确保合规经营",
        "Deals with account-health and account-safety issues to keep the store compliant",
      ],
    ],
    required: ["$backend", "$ads", "excel", "sellersprite"],
    preferred: ["helium-10", "keepa", "lingxing-erp", "photoshop", "a-plus-content", "generative-ai", "jungle-scout"],
  },
  "marketplace-advertising-specialist": {
    weight: 2,
    marketplaces: { amazon: 70, walmart: 10, "tiktok-shop": 10, shopee: 5, "mercado-libre": 5 },
    titles: [
      ["{mp}广告投放专员", "{mpEn} Advertising Specialist"],
      ["{mp}站内广告优化师", "{mpEn} PPC Specialist"],
      ["{mp}广告运营", "{mpEn} Ads Executive"],
    ],
    qualifiers: ["site", "category"],
    duties: [
      [
        "负责{mp}{site}站内广告的搭建、投放与日常优化",
        "Builds, runs and optimises on-site advertising for {mpEn} ({siteEn})",
      ],
      [
        "根据转化数据调整竞价和预算，达成 ACoS 与 TACoS 目标",
        "Adjusts bids and budgets from conversion data to meet ACoS and TACoS targets",
      ],
      [
        "分析搜索词报告，挖掘高转化关键词并否定无效流量",
        "Mines search-term reports for converting keywords and negates wasted spend",
      ],
      [
        "输出广告周报与月报，为运营团队提供投放建议",
        "Produces weekly and monthly ad reports with recommendations for the operations team",
      ],
      [
        "策划品牌推广和展示型广告，配合新品推广与大促",
        "Plans sponsored brand and display campaigns for launches and peak events",
      ],
    ],
    required: ["$ads", "excel", "$backend"],
    preferred: ["helium-10", "sellersprite", "amazon-dsp", "power-bi", "ab-testing"],
  },
  "b2b-trade-specialist": {
    spread: [1.5, 2.5],
    weight: 3,
    marketplaces: { "alibaba-com": 100 },
    titles: [
      ["外贸业务员", "Foreign Trade Sales Representative"],
      ["阿里巴巴国际站业务员", "Alibaba.com Sales Representative"],
      ["国际站运营专员", "Alibaba.com Operations Specialist"],
      ["外贸跟单员", "Export Order Coordinator"],
      ["外贸销售专员", "Export Sales Specialist"],
    ],
    qualifiers: ["category", "lang"],
    duties: [
      [
        "负责阿里巴巴国际站店铺的产品发布、橱窗和关键词维护",
        "Maintains our Alibaba.com storefront: product postings, showcases and keywords",
      ],
      [
        "及时回复海外客户询盘，完成报价、打样与谈判",
        "Answers overseas inquiries promptly and handles quotations, samples and negotiation",
      ],
      [
        "跟进 RFQ 与老客户复购，开发{market}的新采购商",
        "Follows up RFQs and repeat buyers and finds new buyers in the {marketEn}",
      ],
      [
        "跟进订单生产、验货与出运，确保按期交货",
        "Follows production, inspection and shipment so orders arrive on time",
      ],
      [
        "参加广交会等国内外展会，拓展{cat}客户资源",
        "Attends trade shows such as the Canton Fair to find new {catEn} buyers",
      ],
      [
        "维护客户关系，整理客户档案与订单数据",
        "Looks after customer relationships and keeps buyer files and order data up to date",
      ],
    ],
    required: ["alibaba-com-backend", "business-email", "incoterms"],
    preferred: ["linkedin", "crm", "excel", "deepl", "generative-ai"],
    marketLanguage: "required",
    international: 0.06,
  },
  "platform-operations-manager": {
    weight: 2,
    titles: [
      ["{mp}运营经理", "{mpEn} Operations Manager"],
      ["跨境电商运营主管", "Cross-border E-commerce Operations Lead"],
      ["{mp}运营总监", "Head of {mpEn} Operations"],
      ["跨境电商事业部经理", "Cross-border E-commerce Business Unit Manager"],
    ],
    qualifiers: ["site", "category"],
    duties: [
      [
        "负责{mp}{site}业务的整体规划，制定年度销售目标、预算与品类策略",
        "Owns the {mpEn} business ({siteEn}): annual sales targets, budget and category strategy",
      ],
      [
        "带领运营团队，建立绩效考核、培训与带教机制",
        "Leads the operations team with clear targets, training and mentoring",
      ],
      ["统筹多站点、多店铺的资源分配与运营节奏", "Allocates resources and sets the pace across sites and stores"],
      [
        "核算单品利润，控制广告、物流与库存成本",
        "Tracks per-SKU profit and controls advertising, logistics and inventory costs",
      ],
      [
        "研判平台政策与市场变化，防范账号与合规风险",
        "Reads marketplace policy and market shifts and guards against account and compliance risks",
      ],
      ["评估并推动新平台、新站点的开拓", "Evaluates and opens new marketplaces and country sites"],
    ],
    required: ["$backend", "excel", "project-management"],
    preferred: ["power-bi", "lingxing-erp", "$ads", "financial-modelling"],
  },

  // ------------------------------------------------------------------ overseas marketing
  "social-media-marketing-assistant": {
    weight: 3,
    titles: [
      ["海外社媒运营助理", "Overseas Social Media Assistant"],
      ["海外社媒营销专员（初级）", "Junior Social Media Marketing Specialist"],
      ["Facebook/Instagram 运营助理", "Facebook & Instagram Assistant"],
      ["海外新媒体运营", "Overseas New Media Executive"],
    ],
    qualifiers: ["market", "lang"],
    duties: [
      [
        "按内容日历在 Facebook、Instagram、TikTok 发布品牌内容",
        "Publishes brand content on Facebook, Instagram and TikTok to the content calendar",
      ],
      [
        "撰写地道的{lang}帖子文案，配合设计制作社媒图片",
        "Writes natural {langEn} post copy and makes social graphics with the designer",
      ],
      [
        "回复评论和私信，维护{market}粉丝社群",
        "Answers comments and messages and looks after our community in the {marketEn}",
      ],
      ["跟踪热点话题和节日营销节点，提出内容创意", "Follows trending topics and holidays and pitches content ideas"],
      [
        "统计粉丝增长和互动数据，整理每周运营报告",
        "Tracks follower growth and engagement and writes the weekly report",
      ],
    ],
    required: ["facebook-pages", "instagram", "canva"],
    preferred: ["tiktok-content", "photoshop", "capcut", "english-copywriting", "pinterest", "generative-ai"],
    marketLanguage: "required",
    international: 0.08,
  },
  "digital-advertising-specialist": {
    weight: 3,
    titles: [
      ["海外广告投放专员", "Overseas Paid Media Specialist"],
      ["Facebook 广告优化师", "Facebook Ads Specialist"],
      ["Google 广告投放专员", "Google Ads Specialist"],
      ["海外效果广告优化师", "Performance Marketing Specialist"],
      ["TikTok 广告投手", "TikTok Ads Specialist"],
    ],
    qualifiers: ["market", "category"],
    duties: [
      [
        "负责 Meta、Google、TikTok 等渠道的广告搭建、投放与优化",
        "Builds, runs and optimises campaigns on Meta, Google and TikTok",
      ],
      [
        "制定{market}投放策略，按 ROAS 和 CPA 目标分配预算",
        "Sets the media plan for the {marketEn} and allocates budget to ROAS and CPA targets",
      ],
      [
        "策划广告素材并开展 A/B 测试，持续提升点击率与转化率",
        "Plans creatives and runs A/B tests to keep improving click-through and conversion",
      ],
      [
        "配置像素、转化 API 与 UTM，保证数据追踪准确",
        "Sets up pixels, the Conversions API and UTM tagging so tracking is accurate",
      ],
      [
        "分析投放数据，输出日报、周报与优化建议",
        "Analyses campaign data and reports daily and weekly with recommendations",
      ],
      [
        "与设计、视频团队协作，为{cat}产品制作高转化素材",
        "Works with design and video to produce high-converting creatives for {catEn}",
      ],
    ],
    required: ["meta-ads", "google-ads", "ga4"],
    preferred: ["tiktok-ads", "ab-testing", "excel", "canva", "capcut", "semrush"],
  },
  "influencer-marketing-specialist": {
    weight: 2,
    titles: [
      ["海外红人营销专员", "Influencer Marketing Specialist"],
      ["海外网红建联专员", "Influencer Outreach Specialist"],
      ["KOL 营销专员", "KOL Marketing Specialist"],
      ["TikTok 达人建联专员", "TikTok Creator Partnerships Specialist"],
    ],
    qualifiers: ["market", "category", "lang"],
    duties: [
      [
        "在 YouTube、Instagram、TikTok 上筛选与品牌调性匹配的{market}红人",
        "Finds creators in the {marketEn} on YouTube, Instagram and TikTok who match the brand",
      ],
      [
        "用{lang}通过邮件和私信建联红人，谈判合作方式与费用",
        "Reaches out to creators in {langEn} by email and DM and negotiates formats and fees",
      ],
      [
        "策划测评、开箱、联盟分佣等合作，推动{cat}新品曝光",
        "Plans reviews, unboxings and affiliate deals to launch new {catEn} products",
      ],
      [
        "管理寄样、合同与内容发布排期，跟进执行质量",
        "Manages product seeding, contracts and posting schedules and checks the work",
      ],
      [
        "评估每次合作的曝光、点击与转化，持续优化红人库",
        "Measures the reach, clicks and conversions of each collaboration and refines the creator list",
      ],
    ],
    required: ["influencer-outreach", "business-email", "excel"],
    preferred: ["youtube", "instagram", "tiktok-content", "affiliate-marketing", "crm", "tiktok-analytics"],
    marketLanguage: "required",
    international: 0.1,
  },
  "overseas-marketing-manager": {
    weight: 2,
    titles: [
      ["海外营销经理", "Overseas Marketing Manager"],
      ["海外市场部经理", "Head of Overseas Marketing"],
      ["品牌海外营销主管", "Global Marketing Lead"],
      ["海外数字营销经理", "Digital Marketing Manager (Overseas)"],
    ],
    qualifiers: ["market", "category"],
    duties: [
      [
        "制定{market}整体营销策略与年度预算，对投入产出负责",
        "Sets the marketing strategy and annual budget for the {marketEn} and owns the return",
      ],
      [
        "开展目标市场与消费者调研，明确品牌定位与传播主线",
        "Researches target markets and consumers to define positioning and key messages",
      ],
      [
        "统筹社媒、搜索、红人、邮件等渠道的整合营销",
        "Runs integrated marketing across social, search, influencers and email",
      ],
      [
        "管理营销团队与海外代理机构，建立考核与协作机制",
        "Manages the marketing team and overseas agencies with clear goals and ways of working",
      ],
      [
        "策划新品上市与大促营销，复盘效果并沉淀方法论",
        "Plans launch and peak-season campaigns and turns reviews into playbooks",
      ],
    ],
    required: ["meta-ads", "google-ads", "project-management"],
    preferred: ["ga4", "power-bi", "influencer-outreach", "email-marketing", "powerpoint"],
  },

  // ------------------------------------------------------------------ logistics & overseas warehousing
  "logistics-specialist": {
    pay: 0.95,
    weight: 4,
    titles: [
      ["跨境物流专员", "Cross-border Logistics Specialist"],
      ["FBA 头程物流专员", "FBA Inbound Logistics Specialist"],
      ["物流跟单员", "Logistics Coordinator"],
      ["国际货代操作专员", "Freight Forwarding Operations Specialist"],
    ],
    qualifiers: ["market"],
    duties: [
      [
        "根据货量和时效要求，选择快递、空运、海运或铁路渠道并安排订舱",
        "Chooses courier, air, sea or rail by volume and deadline and books space",
      ],
      [
        "创建 FBA 货件，跟进贴标、装箱和入仓预约",
        "Creates FBA shipments and handles labelling, packing and delivery appointments",
      ],
      [
        "跟踪发往{market}的在途货物，处理延误、丢件和查验等异常",
        "Tracks shipments to the {marketEn} and handles delays, losses and inspections",
      ],
      ["向货代询价比价，核对物流账单与费用", "Gets and compares forwarder quotes and checks freight invoices"],
      ["制作装箱单、商业发票等出运单证", "Prepares packing lists, commercial invoices and other shipping documents"],
    ],
    required: ["fba-shipping", "excel", "freight-booking"],
    preferred: ["lingxing-erp", "mabang-erp", "incoterms", "last-mile-carriers", "business-email"],
  },
  "customs-declaration-specialist": {
    pay: 0.85,
    weight: 2,
    titles: [
      ["报关员", "Customs Declarant"],
      ["跨境电商报关专员", "Cross-border E-commerce Customs Specialist"],
      ["关务专员", "Customs Affairs Specialist"],
      ["报关报检专员", "Customs & Inspection Specialist"],
    ],
    qualifiers: [],
    duties: [
      [
        "负责进出口货物的 HS 编码归类与申报要素整理",
        "Classifies goods under HS codes and prepares declaration details",
      ],
      [
        "通过国际贸易“单一窗口”完成报关申报与单证审核",
        "Files declarations and checks documents through the China International Trade Single Window",
      ],
      [
        "办理 9610、9710、9810 等跨境电商监管方式的出口申报",
        "Declares exports under the cross-border e-commerce customs modes 9610, 9710 and 9810",
      ],
      [
        "协调发往{market}货物的目的国清关，处理查验、扣关与税费问题",
        "Coordinates clearance in the {marketEn} and handles inspections, holds and duties",
      ],
      ["整理报关资料与单证台账，配合海关稽查", "Keeps declaration records in order and supports customs audits"],
    ],
    required: ["single-window", "hs-classification", "excel"],
    preferred: ["incoterms", "export-tax-rebate", "freight-booking"],
    englishRequired: 0.5,
  },
  "overseas-warehouse-specialist": {
    weight: 2,
    titles: [
      ["海外仓运营专员", "Overseas Warehouse Operations Specialist"],
      ["海外仓库存管理专员", "Overseas Warehouse Inventory Specialist"],
      ["海外仓客服与运营专员", "Overseas Warehouse Service & Operations Specialist"],
      ["海外仓驻外运营（{market}）", "Overseas Warehouse Operations, on site ({marketEn})"],
    ],
    qualifiers: ["market"],
    duties: [
      [
        "管理{market}海外仓的入库、上架、拣货与出库流程",
        "Runs receiving, put-away, picking and dispatch at our warehouse for the {marketEn}",
      ],
      [
        "使用 WMS 管理库位和库存，定期盘点，保证账实相符",
        "Manages locations and stock in the WMS, with regular counts",
      ],
      [
        "对接 UPS、FedEx、DHL 等尾程承运商，优化派送时效与成本",
        "Works with UPS, FedEx, DHL and other last-mile carriers to speed up delivery and cut cost",
      ],
      ["处理退货入仓、质检与二次上架", "Handles returns: receiving, inspection and restocking"],
      ["分析库龄与仓储费用，推动滞销库存清理", "Analyses stock age and storage fees and pushes slow stock out"],
      [
        "核算仓储与派送成本，编制月度运营报表",
        "Calculates warehousing and delivery costs and writes the monthly report",
      ],
    ],
    required: ["wms", "excel", "last-mile-carriers"],
    preferred: ["lingxing-erp", "power-bi", "fba-shipping"],
    marketLanguage: "preferred",
  },
  "supply-chain-logistics-manager": {
    weight: 1,
    titles: [
      ["跨境物流经理", "Cross-border Logistics Manager"],
      ["供应链物流主管", "Supply Chain & Logistics Lead"],
      ["国际物流总监", "Head of International Logistics"],
      ["海外仓运营经理", "Overseas Warehouse Operations Manager"],
    ],
    qualifiers: ["market"],
    duties: [
      [
        "规划头程、海外仓与尾程一体化的物流网络，提升时效、降低成本",
        "Designs an end-to-end network of first-mile freight, overseas warehouses and last mile that is faster and cheaper",
      ],
      [
        "与货代、船司、海外仓谈判合同与运价，管理供应商绩效",
        "Negotiates contracts and rates with forwarders, carriers and warehouses and manages their performance",
      ],
      ["联动销售预测制定全渠道库存与发货计划", "Turns sales forecasts into multi-channel inventory and shipping plans"],
      [
        "建立时效、成本、破损率等物流 KPI 并推动持续改进",
        "Sets logistics KPIs such as lead time, cost and damage rate and drives improvement",
      ],
      [
        "应对港口拥堵、运价波动等风险，制定应急方案",
        "Prepares contingency plans for port congestion, freight-rate swings and other risks",
      ],
      [
        "管理物流团队，推动与运营、采购、财务的协作",
        "Leads the logistics team and works closely with operations, purchasing and finance",
      ],
    ],
    required: ["freight-booking", "excel", "project-management"],
    preferred: ["wms", "power-bi", "incoterms", "lingxing-erp", "financial-modelling"],
  },

  // ------------------------------------------------------------------ DTC brand building
  "independent-site-assistant": {
    weight: 3,
    titles: [
      ["独立站运营助理", "Independent Site Operations Assistant"],
      ["Shopify 运营助理", "Shopify Store Assistant"],
      ["独立站运营（初级）", "Junior DTC E-commerce Executive"],
      ["DTC 电商运营助理", "DTC E-commerce Assistant"],
    ],
    qualifiers: ["market", "category"],
    duties: [
      [
        "在 Shopify 后台上架商品，维护页面、图片与价格信息",
        "Uploads products in Shopify and keeps pages, images and prices up to date",
      ],
      [
        "处理独立站订单、退款与物流信息同步",
        "Processes site orders and refunds and keeps tracking information in sync",
      ],
      [
        "使用 Klaviyo 发送促销邮件并统计打开与点击数据",
        "Sends promotional emails with Klaviyo and tracks opens and clicks",
      ],
      [
        "定期检查网站链接、折扣码与库存显示，保证用户体验",
        "Checks links, discount codes and stock display so the site works for customers",
      ],
      [
        "编写商品页标题、描述与图片 ALT，完成基础 SEO",
        "Writes product-page titles, descriptions and alt text for basic SEO",
      ],
    ],
    required: ["shopify", "excel", "english-copywriting"],
    preferred: ["email-marketing", "canva", "photoshop", "ga4", "generative-ai"],
  },
  "independent-site-specialist": {
    weight: 4,
    titles: [
      ["独立站运营专员", "Independent Site Operations Specialist"],
      ["Shopify 独立站运营", "Shopify Store Manager"],
      ["DTC 品牌电商运营", "DTC E-commerce Specialist"],
      ["独立站增长运营", "DTC Growth Specialist"],
    ],
    qualifiers: ["market", "category"],
    duties: [
      [
        "负责{market}独立站的整体运营，完成 GMV 与利润目标",
        "Runs our independent site for the {marketEn} and delivers GMV and profit targets",
      ],
      ["搭建和优化网站主题、支付与物流配置", "Builds and tunes the site theme, payments and shipping settings"],
      [
        "通过热力图与 A/B 测试优化落地页与结账流程，提升转化率",
        "Improves landing pages and checkout with heatmaps and A/B tests",
      ],
      ["统筹付费广告、SEO、社媒与邮件等引流渠道", "Coordinates paid ads, SEO, social media and email to drive traffic"],
      ["使用 GA4 分析流量与用户行为，输出优化方案", "Analyses traffic and user behaviour in GA4 and proposes changes"],
      [
        "搭建会员与复购体系，提升{cat}用户的生命周期价值",
        "Builds loyalty and repeat-purchase programmes to raise customer lifetime value in {catEn}",
      ],
    ],
    required: ["shopify", "ga4", "meta-ads"],
    preferred: ["email-marketing", "ab-testing", "google-ads", "seo", "html-css", "shoplazza", "shopline"],
  },
  "seo-content-specialist": {
    weight: 2,
    titles: [
      ["SEO 专员", "SEO Specialist"],
      ["谷歌 SEO 优化师", "Google SEO Specialist"],
      ["英文内容营销专员", "English Content Marketing Specialist"],
      ["SEO 与内容运营", "SEO & Content Executive"],
    ],
    qualifiers: ["market", "category"],
    duties: [
      [
        "制定 Google SEO 关键词策略与内容规划，提升{market}自然流量",
        "Plans Google SEO keywords and content to grow organic traffic in the {marketEn}",
      ],
      ["优化网站结构、页面速度与站内 SEO 要素", "Improves site structure, page speed and on-page SEO"],
      ["撰写或审校英文博客、导购与测评文章", "Writes or edits English blog posts, buying guides and reviews"],
      ["开展外链建设与行业媒体合作", "Builds backlinks and works with industry media"],
      [
        "用 Search Console 和 Semrush 跟踪排名与流量，输出月度报告",
        "Tracks rankings and traffic with Search Console and Semrush and reports monthly",
      ],
    ],
    required: ["seo", "semrush", "search-console"],
    preferred: ["woocommerce", "ga4", "html-css", "english-copywriting", "generative-ai", "grammarly"],
    remote: 0.2,
  },
  "dtc-brand-manager": {
    weight: 2,
    titles: [
      ["品牌出海经理", "DTC Brand Manager"],
      ["海外品牌经理", "Global Brand Manager"],
      ["DTC 事业部负责人", "Head of DTC"],
      ["独立站运营经理", "Independent Site Manager"],
    ],
    qualifiers: ["market", "category"],
    duties: [
      [
        "制定品牌出海战略，明确{market}的品牌定位与视觉体系",
        "Sets the go-global strategy and the brand's positioning and identity for the {marketEn}",
      ],
      ["结合用户洞察规划{cat}产品线与上新节奏", "Plans the {catEn} range and launch calendar from customer insight"],
      [
        "统筹独立站、平台与线下渠道，保持品牌体验一致",
        "Keeps the brand experience consistent across our own site, marketplaces and retail",
      ],
      [
        "策划海外公关、众筹与品牌活动，提升品牌知名度",
        "Plans overseas PR, crowdfunding and brand events to build awareness",
      ],
      ["对品牌业务的损益负责，管理团队与预算", "Owns the brand's P&L and manages the team and budget"],
      ["推动海外商标注册与品牌保护", "Drives trademark registration and brand protection overseas"],
    ],
    required: ["shopify", "project-management", "meta-ads"],
    preferred: ["ga4", "powerpoint", "influencer-outreach", "trademark-search", "financial-modelling"],
  },

  // ------------------------------------------------------------------ live-stream selling
  "live-stream-assistant": {
    pay: 0.85,
    weight: 3,
    titles: [
      ["直播场控", "Live-stream Controller"],
      ["跨境直播运营助理", "Cross-border Live-stream Assistant"],
      ["{mp} 直播运营助理", "{mpEn} Live Assistant"],
      ["直播中控", "Live-stream Operator"],
    ],
    qualifiers: ["site"],
    duties: [
      ["负责直播前的灯光、摄像与推流设备调试", "Sets up lighting, cameras and streaming gear before each stream"],
      [
        "直播中配合主播上下架商品、发放优惠券、管理评论区",
        "During the stream, puts products up and down, drops coupons and manages comments",
      ],
      ["按直播脚本控制流程与节奏，及时提醒主播", "Keeps the stream on script and on time and cues the host"],
      ["整理每场直播的在线人数、点击与成交数据", "Records viewer numbers, clicks and sales for every stream"],
      ["管理直播样品与直播间陈列", "Manages samples and the on-set product display"],
    ],
    required: ["obs-streaming", "live-stream-equipment", "excel"],
    preferred: ["$backend", "capcut", "tiktok-analytics"],
    english: { JUNIOR: { 3: 60, 4: 40 } },
    marketLanguage: "preferred",
    education: HOST_EDUCATION,
    partTime: 0.1,
  },
  "cross-border-live-host": {
    weight: 4,
    titles: [
      ["{mp} 跨境直播主播（{lang}）", "{mpEn} Live Host ({langEn})"],
      ["跨境电商主播（{lang}）", "Cross-border E-commerce Live Host ({langEn})"],
      ["{lang}带货主播", "{langEn}-speaking Live Seller"],
      ["海外直播主播（{lang}）", "Overseas Live-stream Host ({langEn})"],
    ],
    qualifiers: [],
    duties: [
      [
        "在{mp}直播间用{lang}介绍{cat}产品卖点，完成场均销售目标",
        "Presents {catEn} products in {langEn} in our {mpEn} live room and meets per-stream sales targets",
      ],
      [
        "与海外观众实时互动，解答问题并促成下单",
        "Talks with overseas viewers in real time, answers questions and closes sales",
      ],
      ["参与直播脚本与话术的撰写和优化", "Helps write and improve stream scripts and selling lines"],
      [
        "熟悉平台直播规则，避免违规用语和违规行为",
        "Knows the platform's live-stream rules and avoids banned claims and behaviour",
      ],
      [
        "根据直播数据复盘，持续提升镜头表现与转化",
        "Reviews stream data and keeps improving on-camera delivery and conversion",
      ],
      ["配合拍摄短视频，为直播间引流", "Appears in short videos that bring viewers to the live room"],
    ],
    required: ["live-selling"],
    preferred: ["capcut", "video-scripting", "instagram", "tiktok-content"],
    international: 0.3,
    partTime: 0.25,
    workingLanguageTier: 5,
    education: HOST_EDUCATION,
    spread: [1.5, 2.5],
  },
  "short-video-content-specialist": {
    weight: 3,
    titles: [
      ["海外短视频运营", "Overseas Short-video Specialist"],
      ["TikTok 短视频编导", "TikTok Video Producer"],
      ["海外短视频剪辑师", "Short-video Editor (Overseas)"],
      ["TikTok 内容运营专员", "TikTok Content Specialist"],
    ],
    qualifiers: ["market", "category"],
    duties: [
      ["跟踪{market}短视频热点与爆款形式，策划选题", "Follows short-video trends in the {marketEn} and plans topics"],
      [
        "撰写分镜脚本，完成{cat}产品短视频的拍摄与剪辑",
        "Writes shot lists and shoots and edits short videos for {catEn} products",
      ],
      ["运营 TikTok 账号，提升粉丝、播放与带货转化", "Grows TikTok accounts' followers, views and sales"],
      ["对接带货达人，管理联盟带货合作与样品", "Recruits creators and manages affiliate selling and samples"],
      ["分析视频数据，总结可复制的内容模板", "Analyses video data and builds repeatable content templates"],
    ],
    required: ["capcut", "video-scripting", "tiktok-content"],
    preferred: ["premiere-pro", "after-effects", "tiktok-analytics", "product-photography"],
    marketLanguage: "preferred",
    international: 0.05,
  },
  "live-commerce-manager": {
    weight: 2,
    titles: [
      ["直播电商运营经理", "Live Commerce Operations Manager"],
      ["TikTok 直播运营主管", "TikTok Live Operations Lead"],
      ["跨境直播事业部负责人", "Head of Cross-border Live Commerce"],
      ["{mp} 直播运营经理", "{mpEn} Live Commerce Manager"],
    ],
    qualifiers: ["site"],
    duties: [
      [
        "制定{mp}{site}直播与短视频带货策略，对 GMV 负责",
        "Sets the live and short-video selling strategy for {mpEn} ({siteEn}) and owns GMV",
      ],
      ["招募、培训并管理主播、场控和短视频团队", "Recruits, trains and manages hosts, stream crews and the video team"],
      [
        "统筹自然流量与付费投流，提升直播间转化",
        "Combines organic reach and paid traffic to raise live-room conversion",
      ],
      ["规划直播间货盘、定价与活动机制", "Plans each stream's product line-up, pricing and offers"],
      [
        "搭建多国家站点账号矩阵，建立直播复盘机制",
        "Builds a portfolio of country accounts and a routine for stream reviews",
      ],
    ],
    required: ["$backend", "tiktok-ads", "tiktok-analytics"],
    preferred: ["excel", "project-management", "power-bi"],
    marketLanguage: "preferred",
  },

  // ------------------------------------------------------------------ customer service
  "multilingual-customer-service": {
    weight: 5,
    titles: [
      ["多语种客服专员（{lang}）", "Multilingual Customer Service Specialist ({langEn})"],
      ["跨境电商客服（{lang}）", "Cross-border E-commerce Customer Service ({langEn})"],
      ["{mp}客服专员（{lang}）", "{mpEn} Customer Service Specialist ({langEn})"],
      ["{lang}客服", "{langEn}-speaking Customer Service Representative"],
    ],
    qualifiers: [],
    duties: [
      [
        "用{lang}通过邮件和在线消息回复{mp}买家的售前咨询",
        "Answers {mpEn} buyers' pre-sale questions in {langEn} by email and chat",
      ],
      [
        "处理物流查询、地址修改、退换货与退款等订单问题",
        "Handles delivery queries, address changes, returns and refunds",
      ],
      [
        "在平台规定时效内回复消息，维护店铺回复率与好评率",
        "Replies within marketplace time limits to keep response and rating scores high",
      ],
      ["使用并持续完善常用回复模板", "Uses and keeps improving the standard reply templates"],
      [
        "在工单系统中记录客户问题，定期汇总反馈给运营团队",
        "Logs issues in the ticketing system and summarises them for the operations team",
      ],
    ],
    required: ["$backend", "chat-support"],
    preferred: ["zendesk", "deepl", "generative-ai", "excel", "grammarly"],
    international: 0.15,
    partTime: 0.1,
    remote: 0.1,
    workingLanguageTier: 4,
  },
  "after-sales-dispute-specialist": {
    weight: 2,
    titles: [
      ["售后纠纷处理专员", "After-sales & Disputes Specialist"],
      ["{mp}售后客服专员", "{mpEn} After-sales Specialist"],
      ["跨境客服（售后方向）", "Customer Service Specialist, After-sales"],
      ["客户体验专员", "Customer Experience Specialist"],
    ],
    qualifiers: ["lang", "site"],
    duties: [
      [
        "处理{mp}差评与负面反馈，与买家沟通解决方案",
        "Handles negative reviews and feedback on {mpEn} and agrees solutions with buyers",
      ],
      [
        "应对 A-to-Z 索赔、信用卡拒付与平台纠纷，准备申诉材料",
        "Responds to A-to-Z claims, chargebacks and marketplace cases with the right evidence",
      ],
      [
        "汇总客诉原因，反馈给产品、质检与物流部门推动改进",
        "Summarises complaint causes for the product, QC and logistics teams to fix",
      ],
      ["整理客户之声报告，提出服务流程优化建议", "Writes voice-of-customer reports and proposes service improvements"],
      ["协助培训新人客服，更新售后处理规范", "Helps train new agents and keeps the after-sales guidelines current"],
    ],
    required: ["$backend", "chat-support", "excel"],
    preferred: ["zendesk", "crm", "generative-ai"],
    workingLanguageTier: 4,
  },
  "customer-service-supervisor": {
    weight: 1,
    titles: [
      ["跨境客服主管", "Cross-border Customer Service Supervisor"],
      ["多语种客服组长", "Multilingual Customer Service Team Lead"],
      ["客服经理", "Customer Service Manager"],
    ],
    qualifiers: ["site"],
    duties: [
      [
        "按时区与语种安排客服排班，保证全天候响应",
        "Schedules agents across time zones and languages for round-the-clock cover",
      ],
      ["建立客服质检、考核与培训体系", "Builds quality checks, scorecards and training for the team"],
      [
        "设定并跟踪响应时长、满意度与纠纷率等指标",
        "Sets and tracks response-time, satisfaction and dispute-rate targets",
      ],
      [
        "搭建多语种知识库与自助服务内容，降低重复咨询",
        "Builds a multilingual knowledge base and self-service content to cut repeat contacts",
      ],
      ["处理重大投诉与舆情事件，协调跨部门解决", "Handles major complaints and escalations across departments"],
      ["引入客服系统与 AI 工具，提升团队效率", "Brings in help-desk systems and AI tools to raise productivity"],
    ],
    required: ["zendesk", "excel", "crm"],
    preferred: ["generative-ai", "power-bi", "project-management"],
    marketLanguage: "preferred",
  },

  // ------------------------------------------------------------------ sourcing & product development
  "product-selection-specialist": {
    weight: 3,
    titles: [
      ["选品专员", "Product Selection Specialist"],
      ["{mp}选品专员", "{mpEn} Product Research Specialist"],
      ["跨境电商选品助理", "Product Research Assistant"],
      ["选品开发专员", "Product Sourcing Specialist"],
    ],
    qualifiers: ["category", "site"],
    duties: [
      [
        "使用卖家精灵、Jungle Scout 等工具分析{mp}{site}{cat}类目的市场容量与竞争",
        "Sizes demand and competition for {catEn} on {mpEn} ({siteEn}) with SellerSprite, Jungle Scout and similar tools",
      ],
      [
        "跟踪海外热卖榜单、社媒趋势与节日需求，挖掘潜力产品",
        "Follows best-seller lists, social trends and seasonal demand to spot promising products",
      ],
      [
        "分析竞品评论与卖点，提出差异化改进点",
        "Reads competitor reviews and selling points and suggests how to stand out",
      ],
      [
        "在 1688 和产业带寻找货源，比较价格与起订量",
        "Finds suppliers on 1688 and in industrial clusters and compares prices and MOQs",
      ],
      ["撰写选品报告，估算利润、物流成本与风险", "Writes selection reports with profit, freight and risk estimates"],
    ],
    required: ["sellersprite", "sourcing-1688", "excel"],
    preferred: ["jungle-scout", "keepa", "helium-10", "cost-calculation", "tiktok-analytics"],
  },
  "product-developer": {
    weight: 3,
    titles: [
      ["产品开发专员", "Product Developer"],
      ["跨境产品开发", "Cross-border Product Development Specialist"],
      ["新品开发专员", "New Product Development Specialist"],
      ["产品开发工程师", "Product Development Engineer"],
    ],
    qualifiers: ["category"],
    duties: [
      [
        "根据用户评论与市场数据提出{cat}产品改良和新品需求",
        "Turns reviews and market data into improvement and new-product briefs for {catEn}",
      ],
      ["对接工厂跟进打样、测试与设计修改", "Works with factories on sampling, testing and design changes"],
      [
        "核算产品成本、头程与平台费用，参与定价",
        "Calculates product, freight and marketplace costs and helps set prices",
      ],
      ["制定新品上市计划，协调运营、设计与采购", "Plans launches with operations, design and purchasing"],
      ["在开发阶段识别{market}的认证与专利风险", "Checks certification and patent risks for the {marketEn} early on"],
    ],
    required: ["cost-calculation", "sourcing-1688", "excel"],
    preferred: ["patent-search", "product-certification", "sellersprite", "illustrator"],
  },
  "purchasing-specialist": {
    pay: 0.75,
    weight: 2,
    titles: [
      ["采购专员", "Purchasing Specialist"],
      ["供应商管理专员", "Supplier Management Specialist"],
      ["跨境电商采购", "Cross-border E-commerce Buyer"],
      ["采购跟单员", "Purchase Order Coordinator"],
    ],
    qualifiers: ["category"],
    duties: [
      [
        "开发与评估{cat}供应商，考察产能、质量与交期",
        "Finds and assesses {catEn} suppliers on capacity, quality and lead time",
      ],
      ["进行采购议价，签订采购合同与质量协议", "Negotiates prices and signs purchase and quality agreements"],
      ["跟踪采购订单进度，确保按时交付到仓", "Tracks purchase orders so goods reach the warehouse on time"],
      [
        "组织来料检验与出货前验货，处理质量异常",
        "Organises incoming and pre-shipment inspections and handles quality issues",
      ],
      ["在 ERP 中维护采购、库存与付款数据", "Keeps purchasing, stock and payment records in the ERP"],
    ],
    required: ["sourcing-1688", "excel", "quality-inspection"],
    preferred: ["supplier-audit", "lingxing-erp", "mabang-erp", "cost-calculation", "dingtalk"],
    englishRequired: 0.4,
  },
  "cross-border-product-manager": {
    weight: 2,
    titles: [
      ["跨境产品经理", "Cross-border Product Manager"],
      ["品类经理", "Category Manager"],
      ["产品开发主管", "Product Development Lead"],
      ["产品线负责人", "Product Line Owner"],
    ],
    qualifiers: ["category"],
    duties: [
      [
        "制定{cat}品类战略与产品线规划，对产品组合毛利负责",
        "Sets the {catEn} category strategy and owns the portfolio's gross margin",
      ],
      ["管理产品全生命周期，制定上新与淘汰机制", "Manages products from launch to retirement"],
      ["整合供应链资源，建立核心供应商体系", "Builds a core supplier base across the supply chain"],
      ["推动差异化与专利产品开发，提升产品竞争力", "Drives differentiated and patented products"],
      [
        "带领开发与采购团队，协同运营制定新品推广计划",
        "Leads development and purchasing and plans launches with operations",
      ],
    ],
    required: ["cost-calculation", "project-management", "sellersprite"],
    preferred: ["power-bi", "patent-search", "supplier-audit", "powerpoint"],
  },

  // ------------------------------------------------------------------ data analysis
  "ecommerce-data-assistant": {
    weight: 3,
    titles: [
      ["电商数据助理", "E-commerce Data Assistant"],
      ["数据专员（跨境电商）", "Data Specialist (Cross-border E-commerce)"],
      ["运营数据助理", "Operations Data Assistant"],
      ["数据分析助理", "Junior Data Analyst"],
    ],
    qualifiers: [],
    duties: [
      [
        "从{mp}卖家后台与 ERP 导出销售、广告和库存数据并清洗整理",
        "Exports and cleans sales, advertising and stock data from {mpEn} and the ERP",
      ],
      [
        "用 Excel 制作日报、周报，跟踪核心经营指标",
        "Builds daily and weekly Excel reports on the key business metrics",
      ],
      ["核对数据口径，发现并反馈数据异常", "Checks metric definitions and flags anomalies"],
      ["用图表呈现数据结果，支持运营例会", "Charts results for the weekly operations meeting"],
      ["维护数据字典与报表模板", "Maintains the data dictionary and report templates"],
    ],
    required: ["excel", "$backend"],
    preferred: ["sql", "power-bi", "lingxing-erp", "python-data"],
  },
  "ecommerce-data-analyst": {
    weight: 4,
    titles: [
      ["跨境电商数据分析师", "Cross-border E-commerce Data Analyst"],
      ["电商数据分析师", "E-commerce Data Analyst"],
      ["BI 数据分析师", "BI Analyst"],
      ["广告数据分析师", "Advertising Data Analyst"],
      ["商业分析师", "Business Analyst"],
    ],
    qualifiers: ["market"],
    duties: [
      [
        "使用 SQL 从数据仓库中提取和整合{mp}等平台的经营数据",
        "Pulls and joins {mpEn} and other marketplace data from the warehouse with SQL",
      ],
      [
        "用 Power BI 或 Tableau 搭建销售、广告、库存看板",
        "Builds sales, advertising and stock dashboards in Power BI or Tableau",
      ],
      [
        "分析广告投放效果，给出预算与关键词优化建议",
        "Analyses advertising results and recommends budget and keyword changes",
      ],
      ["建立销量预测模型，支持备货和补货决策", "Builds sales forecasts that drive stock and replenishment decisions"],
      ["用 Python 自动化报表，提升数据处理效率", "Automates reports with Python"],
      ["撰写专题分析报告，为业务提供可落地的建议", "Writes deep-dive analyses with practical recommendations"],
    ],
    required: ["sql", "excel", "power-bi"],
    preferred: ["python-data", "tableau", "statistics", "ga4", "ab-testing"],
  },
  "data-analytics-manager": {
    weight: 2,
    titles: [
      ["数据分析经理", "Data Analytics Manager"],
      ["BI 负责人", "Head of BI"],
      ["数据分析主管", "Data Analytics Lead"],
      ["经营分析经理", "Business Analytics Manager"],
    ],
    qualifiers: [],
    duties: [
      ["搭建公司级经营指标体系与数据规范", "Designs the company's metric system and data standards"],
      [
        "规划数据仓库与 BI 平台建设，推进数据自动化",
        "Plans the data warehouse and BI platform and automates reporting",
      ],
      ["为选品、定价、广告投放提供数据决策支持", "Supports product, pricing and advertising decisions with analysis"],
      [
        "设计实验评估策略效果，推动数据驱动的经营",
        "Designs experiments to measure strategies and makes decisions data-driven",
      ],
      ["带领数据团队，培养分析人才", "Leads and develops the data team"],
    ],
    required: ["sql", "power-bi", "python-data"],
    preferred: ["tableau", "statistics", "ab-testing", "project-management"],
  },

  // ------------------------------------------------------------------ compliance
  "compliance-assistant": {
    weight: 3,
    titles: [
      ["合规助理", "Compliance Assistant"],
      ["跨境电商合规助理", "Cross-border E-commerce Compliance Assistant"],
      ["产品合规助理", "Product Compliance Assistant"],
    ],
    qualifiers: ["market", "category"],
    duties: [
      [
        "收集、整理产品检测报告与认证文件，建立合规档案",
        "Collects test reports and certificates and keeps the compliance files",
      ],
      [
        "审核{mp} Listing 中的违禁词、侵权与宣传风险",
        "Reviews {mpEn} listings for banned claims and infringement risks",
      ],
      [
        "跟踪平台政策与{market}法规更新，整理合规简报",
        "Follows marketplace policy and regulation in the {marketEn} and writes compliance briefs",
      ],
      ["开展基础的商标与外观专利检索", "Runs basic trademark and design-patent searches"],
      ["维护合规台账，提醒证书与授权到期", "Maintains the compliance register and renewal reminders"],
    ],
    required: ["excel", "trademark-search"],
    preferred: ["product-certification", "patent-search", "deepl", "generative-ai"],
  },
  "compliance-specialist": {
    weight: 3,
    titles: [
      ["跨境合规专员", "Cross-border Compliance Specialist"],
      ["产品认证专员", "Product Certification Specialist"],
      ["平台合规专员", "Marketplace Compliance Specialist"],
      ["欧盟合规专员（EPR/CE）", "EU Compliance Specialist (EPR/CE)"],
    ],
    qualifiers: ["market", "category"],
    duties: [
      [
        "办理 CE、FCC、UKCA 等产品认证，对接检测机构",
        "Obtains CE, FCC, UKCA and other certifications with testing labs",
      ],
      [
        "办理欧盟 EPR 注册与申报，确保产品合规销售",
        "Handles EU EPR registration and reporting so our products can be sold legally",
      ],
      [
        "撰写平台合规申诉与整改计划（POA），恢复受限商品与账号",
        "Writes appeals and plans of action (POA) to restore restricted listings and accounts",
      ],
      ["评估 GDPR 等数据保护要求对业务的影响", "Assesses how GDPR and other data-protection rules affect the business"],
      [
        "识别出口管制与制裁风险，完善内部审核流程",
        "Identifies export-control and sanctions risks and tightens internal checks",
      ],
    ],
    required: ["product-certification", "epr-registration", "excel"],
    preferred: ["gdpr", "trademark-search", "$backend"],
  },
  "ip-specialist": {
    weight: 2,
    titles: [
      ["知识产权专员", "Intellectual Property Specialist"],
      ["海外商标专员", "Overseas Trademark Specialist"],
      ["品牌保护专员", "Brand Protection Specialist"],
      ["知识产权法务专员", "IP Legal Specialist"],
    ],
    qualifiers: ["market"],
    duties: [
      ["办理美国、欧盟等海外商标注册与续展", "Files and renews trademarks in the US, the EU and other markets"],
      ["开展新品上市前的专利与版权侵权排查", "Clears new products for patents and copyright before launch"],
      [
        "办理亚马逊品牌备案，处理跟卖与侵权投诉",
        "Enrols brands in Amazon Brand Registry and handles hijackers and infringement complaints",
      ],
      [
        "应对美国 TRO 等知识产权诉讼，协调律所处理资金解冻",
        "Responds to US TRO lawsuits, working with counsel to release frozen funds",
      ],
      ["管理公司知识产权组合与维权台账", "Manages the IP portfolio and the enforcement log"],
    ],
    required: ["trademark-search", "patent-search"],
    preferred: ["excel", "product-certification"],
  },
  "compliance-manager": {
    weight: 1,
    titles: [
      ["合规经理", "Compliance Manager"],
      ["跨境合规负责人", "Head of Cross-border Compliance"],
      ["法务合规经理", "Legal & Compliance Manager"],
    ],
    qualifiers: [],
    duties: [
      ["建立覆盖产品、数据与税务的合规管理体系", "Builds a compliance framework covering products, data and tax"],
      ["开展新市场与新品类的合规风险评估", "Assesses compliance risks before entering new markets and categories"],
      ["管理律所、认证机构与税务代理等外部服务商", "Manages law firms, certification bodies and tax agents"],
      ["组织员工合规培训，推动合规文化建设", "Trains staff and builds a compliance culture"],
      [
        "处理监管调查、账号冻结等重大合规事件",
        "Handles regulator inquiries, account freezes and other major incidents",
      ],
    ],
    required: ["product-certification", "gdpr", "project-management"],
    preferred: ["trademark-search", "epr-registration", "powerpoint"],
  },

  // ------------------------------------------------------------------ finance
  "cross-border-accounting-assistant": {
    weight: 3,
    titles: [
      ["跨境电商会计助理", "Cross-border E-commerce Accounting Assistant"],
      ["出纳", "Cashier"],
      ["财务助理（跨境电商）", "Finance Assistant (Cross-border E-commerce)"],
      ["会计助理", "Accounting Assistant"],
    ],
    qualifiers: [],
    duties: [
      [
        "核对{mp}等平台的结算报告与回款，编制对账表",
        "Reconciles {mpEn} and other marketplace settlements with receipts",
      ],
      ["录入日常凭证，审核费用报销", "Records daily vouchers and reviews expense claims"],
      ["管理采购发票与出口报关单等单证", "Keeps purchase invoices and export declarations in order"],
      ["协助库存盘点与成本核算", "Helps with stock counts and cost accounting"],
      ["使用金蝶或用友完成账务处理", "Keeps the books in Kingdee or Yonyou"],
    ],
    required: ["excel", "kingdee"],
    preferred: ["yonyou", "cross-border-collection", "lingxing-erp"],
  },
  "cross-border-tax-specialist": {
    weight: 2,
    titles: [
      ["跨境财税专员", "Cross-border Tax Specialist"],
      ["出口退税专员", "Export Tax Rebate Specialist"],
      ["税务会计（跨境电商）", "Tax Accountant (Cross-border E-commerce)"],
      ["海外 VAT 专员", "Overseas VAT Specialist"],
    ],
    qualifiers: [],
    duties: [
      ["办理出口退（免）税申报与备案单证管理", "Files export VAT rebate claims and keeps the supporting documents"],
      ["负责英国、欧盟 VAT 注册与按期申报", "Handles UK and EU VAT registration and files returns on time"],
      ["跟进美国销售税规则变化，配合第三方申报", "Follows US sales-tax changes and supports filings with our provider"],
      ["衔接报关数据与账务、税务处理，保证单证一致", "Matches customs data with the books and tax filings"],
      ["识别跨境经营税务风险，提出合规建议", "Spots tax risks in our cross-border business and advises on compliance"],
    ],
    required: ["export-tax-rebate", "vat-filing", "excel"],
    preferred: ["us-sales-tax", "kingdee", "single-window"],
  },
  "payment-settlement-specialist": {
    weight: 2,
    titles: [
      ["跨境收付汇专员", "Cross-border Payments Specialist"],
      ["资金结算专员", "Treasury & Settlement Specialist"],
      ["外汇结算专员", "FX Settlement Specialist"],
    ],
    qualifiers: [],
    duties: [
      [
        "管理 PingPong、连连、万里汇等跨境收款账户与提现",
        "Manages collection accounts and withdrawals with PingPong, LianLian, WorldFirst and others",
      ],
      [
        "办理结汇与外汇收支申报，保证资金合规入账",
        "Converts currency and files FX declarations so funds arrive compliantly",
      ],
      ["安排供应商、物流商与海外服务商付款", "Schedules payments to suppliers, carriers and overseas providers"],
      ["跟踪汇率波动，提出锁汇等风险管理建议", "Tracks exchange rates and proposes hedging such as forwards"],
      ["编制资金计划与现金流预测", "Prepares funding plans and cash-flow forecasts"],
    ],
    required: ["cross-border-collection", "excel"],
    preferred: ["kingdee", "financial-modelling", "power-bi"],
  },
  "cross-border-finance-manager": {
    weight: 1,
    titles: [
      ["跨境财务经理", "Cross-border Finance Manager"],
      ["财务主管（跨境电商）", "Finance Lead (Cross-border E-commerce)"],
      ["财务总监", "Finance Director"],
    ],
    qualifiers: [],
    duties: [
      [
        "编制多平台、多币种合并财务报表与经营分析",
        "Produces consolidated multi-marketplace, multi-currency statements and management accounts",
      ],
      [
        "设计合规的跨境税务架构，统筹出口退税与海外税务",
        "Designs a compliant cross-border tax structure covering rebates and overseas taxes",
      ],
      ["建立预算管理与成本控制体系", "Runs budgeting and cost control"],
      ["对接审计、银行与税务机关", "Works with auditors, banks and tax authorities"],
      ["管理财务团队，完善内控流程", "Leads the finance team and strengthens internal controls"],
    ],
    required: ["kingdee", "financial-modelling", "excel"],
    preferred: ["power-bi", "vat-filing", "export-tax-rebate"],
  },
};
