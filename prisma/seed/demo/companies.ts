/**
 * What the demo's companies look like: Hangzhou-style names, how industries are spread, which
 * job families each industry hires for, where offices are, and the sentences their profiles and
 * job posts are made of. Names are invented from word parts; a clash with a real firm is chance.
 */
import type { IndustryKey } from "../../../app/data/industries";
import type { CityKey } from "../../../app/data/zhejiang";
import type { Pair } from "./roles";

/** Brand syllables with their pinyin (two make a brand: 星 + 帆 → 星帆 / Xingfan). */
export const BRAND_SYLLABLES: readonly (readonly [zh: string, pinyin: string])[] = [
  ["星", "xing"],
  ["云", "yun"],
  ["帆", "fan"],
  ["海", "hai"],
  ["蓝", "lan"],
  ["远", "yuan"],
  ["航", "hang"],
  ["达", "da"],
  ["通", "tong"],
  ["博", "bo"],
  ["睿", "rui"],
  ["启", "qi"],
  ["嘉", "jia"],
  ["华", "hua"],
  ["创", "chuang"],
  ["优", "you"],
  ["品", "pin"],
  ["悦", "yue"],
  ["盛", "sheng"],
  ["泽", "ze"],
  ["锦", "jin"],
  ["新", "xin"],
  ["晨", "chen"],
  ["光", "guang"],
  ["智", "zhi"],
  ["朗", "lang"],
  ["跃", "yue"],
  ["途", "tu"],
  ["驰", "chi"],
  ["聚", "ju"],
  ["汇", "hui"],
  ["联", "lian"],
  ["昊", "hao"],
  ["诺", "nuo"],
  ["禾", "he"],
  ["森", "sen"],
  ["源", "yuan"],
  ["凯", "kai"],
  ["迈", "mai"],
  ["腾", "teng"],
  ["翔", "xiang"],
  ["峰", "feng"],
  ["舟", "zhou"],
  ["澜", "lan"],
  ["湾", "wan"],
  ["橙", "cheng"],
  ["果", "guo"],
  ["麦", "mai"],
  ["米", "mi"],
  ["贝", "bei"],
  ["佳", "jia"],
  ["美", "mei"],
  ["乐", "le"],
  ["趣", "qu"],
  ["易", "yi"],
  ["捷", "jie"],
  ["速", "su"],
  ["恒", "heng"],
  ["信", "xin"],
  ["安", "an"],
  ["和", "he"],
  ["丰", "feng"],
  ["鼎", "ding"],
  ["弘", "hong"],
  ["致", "zhi"],
  ["臻", "zhen"],
  ["尚", "shang"],
  ["雅", "ya"],
  ["逸", "yi"],
  ["骏", "jun"],
  ["鹏", "peng"],
  ["宇", "yu"],
  ["际", "ji"],
  ["洋", "yang"],
  ["寰", "huan"],
  ["沐", "mu"],
  ["栖", "qi"],
  ["筑", "zhu"],
  ["匠", "jiang"],
  ["拓", "tuo"],
  ["言", "yan"],
  ["欧", "ou"],
  ["亚", "ya"],
  ["钱", "qian"],
  ["塘", "tang"],
  ["西", "xi"],
  ["溪", "xi"],
  ["之", "zhi"],
  ["江", "jiang"],
];

/** Company name endings per industry: [zh, en, weight]. */
export const NAME_SUFFIXES: Readonly<Record<IndustryKey, readonly (readonly [string, string, number])[]>> = {
  "cross-border-seller": [
    ["电子商务有限公司", "E-commerce Co., Ltd.", 40],
    ["网络科技有限公司", "Network Technology Co., Ltd.", 25],
    ["科技有限公司", "Technology Co., Ltd.", 25],
    ["跨境电子商务有限公司", "Cross-border E-commerce Co., Ltd.", 10],
  ],
  "brand-manufacturer": [
    ["实业有限公司", "Industrial Co., Ltd.", 30],
    ["科技股份有限公司", "Technology Co., Ltd.", 25],
    ["智能科技有限公司", "Smart Technology Co., Ltd.", 20],
    ["家居用品有限公司", "Home Products Co., Ltd.", 15],
    ["电器有限公司", "Electric Appliance Co., Ltd.", 10],
  ],
  "trading-company": [
    ["进出口有限公司", "Import & Export Co., Ltd.", 45],
    ["国际贸易有限公司", "International Trading Co., Ltd.", 35],
    ["贸易有限公司", "Trading Co., Ltd.", 20],
  ],
  "ecommerce-agency": [
    ["电子商务服务有限公司", "E-commerce Services Co., Ltd.", 50],
    ["网络科技有限公司", "Network Technology Co., Ltd.", 50],
  ],
  logistics: [
    ["国际物流有限公司", "International Logistics Co., Ltd.", 45],
    ["国际货运代理有限公司", "International Freight Forwarding Co., Ltd.", 35],
    ["供应链管理有限公司", "Supply Chain Management Co., Ltd.", 20],
  ],
  "overseas-warehouse": [
    ["供应链管理有限公司", "Supply Chain Management Co., Ltd.", 50],
    ["仓储服务有限公司", "Warehousing Services Co., Ltd.", 50],
  ],
  "supply-chain": [
    ["供应链管理有限公司", "Supply Chain Management Co., Ltd.", 60],
    ["供应链有限公司", "Supply Chain Co., Ltd.", 40],
  ],
  "saas-erp": [
    ["信息技术有限公司", "Information Technology Co., Ltd.", 40],
    ["软件有限公司", "Software Co., Ltd.", 30],
    ["数字科技有限公司", "Digital Technology Co., Ltd.", 30],
  ],
  "marketing-agency": [
    ["品牌管理有限公司", "Brand Management Co., Ltd.", 35],
    ["文化传播有限公司", "Culture Communication Co., Ltd.", 35],
    ["广告有限公司", "Advertising Co., Ltd.", 30],
  ],
  "live-commerce-mcn": [
    ["文化传媒有限公司", "Culture Media Co., Ltd.", 60],
    ["网络传媒有限公司", "Network Media Co., Ltd.", 40],
  ],
  payments: [
    ["数字科技有限公司", "Digital Technology Co., Ltd.", 50],
    ["金融信息服务有限公司", "Financial Information Services Co., Ltd.", 50],
  ],
  incubator: [
    ["产业园运营管理有限公司", "Industrial Park Management Co., Ltd.", 50],
    ["企业孵化器有限公司", "Business Incubator Co., Ltd.", 50],
  ],
  "compliance-services": [
    ["知识产权代理有限公司", "Intellectual Property Agency Co., Ltd.", 45],
    ["检测技术有限公司", "Testing Technology Co., Ltd.", 25],
    ["企业管理咨询有限公司", "Management Consulting Co., Ltd.", 30],
  ],
  "tax-services": [
    ["财务咨询有限公司", "Financial Consulting Co., Ltd.", 60],
    ["税务师事务所有限公司", "Tax Agents Co., Ltd.", 40],
  ],
  "training-education": [
    ["教育科技有限公司", "Education Technology Co., Ltd.", 60],
    ["职业技能培训学校有限公司", "Vocational Training School Co., Ltd.", 40],
  ],
};

export const INDUSTRY_WEIGHTS: Readonly<Record<IndustryKey, number>> = {
  "cross-border-seller": 38,
  "brand-manufacturer": 14,
  "trading-company": 10,
  "ecommerce-agency": 6,
  logistics: 7,
  "overseas-warehouse": 3,
  "supply-chain": 4,
  "saas-erp": 4,
  "marketing-agency": 4,
  "live-commerce-mcn": 3,
  payments: 1.5,
  incubator: 1.5,
  "compliance-services": 1.5,
  "tax-services": 1.5,
  "training-education": 1,
};

/** Which job families an industry hires for (relative weights). */
export const INDUSTRY_FAMILIES: Readonly<Record<IndustryKey, Readonly<Record<string, number>>>> = {
  "cross-border-seller": {
    "platform-operation": 30,
    "overseas-marketing": 10,
    "logistics-warehousing": 6,
    "dtc-brand": 6,
    "live-stream-selling": 5,
    "customer-service": 12,
    "sourcing-product": 12,
    "data-analysis": 7,
    compliance: 4,
    finance: 8,
  },
  "brand-manufacturer": {
    "platform-operation": 20,
    "overseas-marketing": 14,
    "logistics-warehousing": 6,
    "dtc-brand": 14,
    "live-stream-selling": 6,
    "customer-service": 8,
    "sourcing-product": 14,
    "data-analysis": 6,
    compliance: 6,
    finance: 6,
  },
  "trading-company": {
    "platform-operation": 34,
    "overseas-marketing": 6,
    "logistics-warehousing": 12,
    "dtc-brand": 3,
    "live-stream-selling": 3,
    "customer-service": 8,
    "sourcing-product": 16,
    "data-analysis": 4,
    compliance: 6,
    finance: 8,
  },
  "ecommerce-agency": {
    "platform-operation": 50,
    "overseas-marketing": 15,
    "dtc-brand": 15,
    "live-stream-selling": 5,
    "customer-service": 5,
    "data-analysis": 10,
  },
  logistics: {
    "logistics-warehousing": 60,
    "customer-service": 15,
    "data-analysis": 8,
    compliance: 5,
    finance: 8,
    "platform-operation": 4,
  },
  "overseas-warehouse": {
    "logistics-warehousing": 62,
    "customer-service": 12,
    "data-analysis": 10,
    finance: 8,
    compliance: 4,
    "platform-operation": 4,
  },
  "supply-chain": {
    "sourcing-product": 45,
    "logistics-warehousing": 30,
    "data-analysis": 10,
    finance: 10,
    compliance: 5,
  },
  "saas-erp": {
    "data-analysis": 30,
    "customer-service": 25,
    "overseas-marketing": 20,
    "platform-operation": 15,
    finance: 5,
    compliance: 5,
  },
  "marketing-agency": {
    "overseas-marketing": 45,
    "live-stream-selling": 20,
    "dtc-brand": 20,
    "data-analysis": 10,
    "customer-service": 5,
  },
  "live-commerce-mcn": {
    "live-stream-selling": 60,
    "overseas-marketing": 20,
    "platform-operation": 10,
    "dtc-brand": 5,
    "data-analysis": 5,
  },
  payments: { finance: 40, compliance: 25, "data-analysis": 15, "customer-service": 15, "overseas-marketing": 5 },
  incubator: {
    "platform-operation": 30,
    "overseas-marketing": 20,
    "live-stream-selling": 15,
    "customer-service": 10,
    "dtc-brand": 10,
    "data-analysis": 10,
    finance: 5,
  },
  "compliance-services": { compliance: 70, finance: 15, "customer-service": 10, "data-analysis": 5 },
  "tax-services": { finance: 70, compliance: 20, "customer-service": 10 },
  "training-education": {
    "platform-operation": 30,
    "overseas-marketing": 20,
    "live-stream-selling": 20,
    "dtc-brand": 10,
    "data-analysis": 10,
    "customer-service": 10,
  },
};

/** Roles an industry posts more often than its family weights alone would suggest. */
export const INDUSTRY_ROLE_BOOSTS: Partial<Record<IndustryKey, Readonly<Record<string, number>>>> = {
  "trading-company": { "b2b-trade-specialist": 5, "purchasing-specialist": 2 },
  "brand-manufacturer": { "product-developer": 2, "dtc-brand-manager": 2 },
  logistics: { "logistics-specialist": 2, "customs-declaration-specialist": 2 },
  "overseas-warehouse": { "overseas-warehouse-specialist": 4 },
  "supply-chain": { "purchasing-specialist": 3 },
  "live-commerce-mcn": { "cross-border-live-host": 3 },
  payments: { "payment-settlement-specialist": 4 },
  "tax-services": { "cross-border-tax-specialist": 3 },
  "compliance-services": { "ip-specialist": 2, "compliance-specialist": 2 },
};

/** Marketplaces a company sells on (or serves sellers of), by industry. */
const SELLER_CHANNELS = {
  amazon: 35,
  temu: 10,
  "tiktok-shop": 10,
  aliexpress: 8,
  shopee: 8,
  "independent-site": 8,
  ebay: 6,
  walmart: 6,
  lazada: 3,
  shein: 3,
  "mercado-libre": 3,
  ozon: 2,
  etsy: 2,
  coupang: 1,
  allegro: 1,
  wish: 1,
};
export const INDUSTRY_MARKETPLACES: Readonly<Record<IndustryKey, Readonly<Record<string, number>>>> = {
  "cross-border-seller": SELLER_CHANNELS,
  "brand-manufacturer": { ...SELLER_CHANNELS, "independent-site": 25, walmart: 8, "alibaba-com": 5 },
  "trading-company": { ...SELLER_CHANNELS, "alibaba-com": 60, aliexpress: 12 },
  "ecommerce-agency": SELLER_CHANNELS,
  logistics: SELLER_CHANNELS,
  "overseas-warehouse": SELLER_CHANNELS,
  "supply-chain": SELLER_CHANNELS,
  "saas-erp": SELLER_CHANNELS,
  "marketing-agency": { ...SELLER_CHANNELS, "independent-site": 30, "tiktok-shop": 20 },
  "live-commerce-mcn": { "tiktok-shop": 80, shopee: 8, lazada: 6, amazon: 6 },
  payments: SELLER_CHANNELS,
  incubator: SELLER_CHANNELS,
  "compliance-services": SELLER_CHANNELS,
  "tax-services": SELLER_CHANNELS,
  "training-education": { ...SELLER_CHANNELS, "alibaba-com": 10 },
};

/** Where companies are: the city, then the district. */
export const CITY_WEIGHTS: Readonly<Partial<Record<CityKey, number>>> = {
  hangzhou: 78,
  ningbo: 6,
  jinhua: 6,
  wenzhou: 3,
  jiaxing: 2,
  shaoxing: 2,
  huzhou: 1,
  taizhou: 1,
  lishui: 0.4,
  quzhou: 0.3,
  zhoushan: 0.3,
};

/** District weights where they differ from "all equal". */
export const DISTRICT_WEIGHTS: Readonly<Partial<Record<CityKey, Readonly<Record<string, number>>>>> = {
  hangzhou: {
    binjiang: 16,
    yuhang: 16,
    xiaoshan: 14,
    qiantang: 10,
    gongshu: 10,
    shangcheng: 10,
    xihu: 10,
    linping: 6,
    fuyang: 3,
    linan: 2,
    tonglu: 2,
    chunan: 0.5,
    jiande: 0.5,
  },
  jinhua: { yiwu: 70, wucheng: 8, jindong: 8, yongkang: 6, dongyang: 5, lanxi: 2, pujiang: 1 },
  ningbo: { yinzhou: 30, haishu: 20, jiangbei: 12, beilun: 15, zhenhai: 5, fenghua: 4, yuyao: 6, cixi: 8 },
};

/** Real roads by district, for office addresses; other districts use common road names. */
export const ROADS: Readonly<Record<string, readonly Pair[]>> = {
  shangcheng: [
    ["解放东路", "Jiefang East Road"],
    ["庆春路", "Qingchun Road"],
    ["钱江路", "Qianjiang Road"],
    ["新塘路", "Xintang Road"],
    ["秋涛北路", "Qiutao North Road"],
  ],
  gongshu: [
    ["莫干山路", "Moganshan Road"],
    ["湖墅南路", "Hushu South Road"],
    ["登云路", "Dengyun Road"],
    ["石祥路", "Shixiang Road"],
    ["丽水路", "Lishui Road"],
  ],
  xihu: [
    ["文三路", "Wensan Road"],
    ["天目山路", "Tianmushan Road"],
    ["古墩路", "Gudun Road"],
    ["西溪路", "Xixi Road"],
    ["教工路", "Jiaogong Road"],
    ["紫金港路", "Zijingang Road"],
  ],
  binjiang: [
    ["江南大道", "Jiangnan Avenue"],
    ["网商路", "Wangshang Road"],
    ["长河路", "Changhe Road"],
    ["江虹路", "Jianghong Road"],
    ["滨安路", "Bin'an Road"],
    ["物联网街", "Wulianwang Street"],
  ],
  xiaoshan: [
    ["市心中路", "Shixin Middle Road"],
    ["金城路", "Jincheng Road"],
    ["鸿宁路", "Hongning Road"],
    ["建设一路", "Jianshe 1st Road"],
    ["民和路", "Minhe Road"],
  ],
  yuhang: [
    ["文一西路", "Wenyi West Road"],
    ["良睦路", "Liangmu Road"],
    ["仓兴街", "Cangxing Street"],
    ["五常大道", "Wuchang Avenue"],
    ["龙舟北路", "Longzhou North Road"],
  ],
  linping: [
    ["临平大道", "Linping Avenue"],
    ["迎宾路", "Yingbin Road"],
    ["世纪大道", "Shiji Avenue"],
    ["星光街", "Xingguang Street"],
  ],
  qiantang: [
    ["下沙路", "Xiasha Road"],
    ["文泽路", "Wenze Road"],
    ["福城路", "Fucheng Road"],
    ["海达南路", "Haida South Road"],
    ["听潮路", "Tingchao Road"],
  ],
  fuyang: [
    ["金桥北路", "Jinqiao North Road"],
    ["桂花路", "Guihua Road"],
    ["富春街", "Fuchun Street"],
  ],
  linan: [
    ["钱王大街", "Qianwang Street"],
    ["衣锦街", "Yijin Street"],
  ],
  tonglu: [
    ["迎春南路", "Yingchun South Road"],
    ["富春路", "Fuchun Road"],
  ],
  yiwu: [
    ["稠州北路", "Chouzhou North Road"],
    ["福田路", "Futian Road"],
    ["商城大道", "Shangcheng Avenue"],
    ["宾王路", "Binwang Road"],
    ["诚信大道", "Chengxin Avenue"],
  ],
  yinzhou: [
    ["天童南路", "Tiantong South Road"],
    ["首南中路", "Shounan Middle Road"],
    ["鄞州大道", "Yinzhou Avenue"],
  ],
};

export const COMMON_ROADS: readonly Pair[] = [
  ["人民路", "Renmin Road"],
  ["中山路", "Zhongshan Road"],
  ["解放路", "Jiefang Road"],
  ["建设路", "Jianshe Road"],
  ["文化路", "Wenhua Road"],
  ["环城北路", "Huancheng North Road"],
  ["工业园路", "Gongyeyuan Road"],
  ["科技路", "Keji Road"],
];

/** "{cat}", "{mps}" (marketplace names) and "{markets}" are filled from the company's profile. */
export const BUSINESS_SENTENCES: Readonly<Record<IndustryKey, readonly Pair[]>> = {
  "cross-border-seller": [
    [
      "我们是一家专注{cat}类目的跨境电商卖家，主要在{mps}上销售，市场覆盖{markets}。",
      "We are a cross-border seller focused on {catEn}, selling mainly on {mpsEn} to customers in the {marketsEn}.",
    ],
    [
      "公司以{mps}为主要渠道，经营{cat}等品类，多款自有品牌产品进入平台类目热销榜。",
      "Selling mainly through {mpsEn}, we offer {catEn} under our own brands, several of them category best-sellers.",
    ],
  ],
  "brand-manufacturer": [
    [
      "公司是集研发、生产与销售于一体的{cat}品牌制造商，产品通过{mps}和海外经销商销往{markets}。",
      "We design, make and sell {catEn} under our own brand, through {mpsEn} and overseas distributors in the {marketsEn}.",
    ],
    [
      "我们拥有自有工厂和研发团队，{cat}产品已获得多项外观专利，正通过{mps}加速品牌出海。",
      "With our own factory and R&D team and several design patents in {catEn}, we are taking the brand global through {mpsEn}.",
    ],
  ],
  "trading-company": [
    [
      "公司从事{cat}进出口贸易多年，通过阿里巴巴国际站和海外展会服务全球采购商，近年拓展{mps}等零售渠道。",
      "We have exported {catEn} for years, serving buyers worldwide through Alibaba.com and trade shows, and now also sell retail on {mpsEn}.",
    ],
  ],
  "ecommerce-agency": [
    [
      "公司为工厂和品牌提供跨境电商代运营服务，覆盖{mps}等平台，服务客户遍及长三角。",
      "We run cross-border stores for factories and brands across the Yangtze River Delta, on marketplaces such as {mpsEn}.",
    ],
  ],
  logistics: [
    [
      "公司为跨境电商卖家提供空运、海运和中欧班列头程服务，并在{markets}设有合作仓。",
      "We move cross-border sellers' goods by air, sea and China-Europe rail, with partner warehouses in the {marketsEn}.",
    ],
  ],
  "overseas-warehouse": [
    [
      "公司在{markets}运营海外仓，为卖家提供一件代发、FBA 中转与退货处理服务。",
      "We run overseas warehouses for the {marketsEn}, offering fulfilment, FBA transfers and returns handling for sellers.",
    ],
  ],
  "supply-chain": [
    [
      "公司整合长三角产业带工厂资源，为跨境卖家提供选品、采购与品控一站式服务。",
      "We connect Yangtze River Delta factories with cross-border sellers: product sourcing, purchasing and quality control in one place.",
    ],
  ],
  "saas-erp": [
    [
      "公司为跨境卖家提供 ERP 与数据分析 SaaS 产品，已接入{mps}等主流平台。",
      "We build ERP and analytics software for cross-border sellers, integrated with {mpsEn} and other major marketplaces.",
    ],
  ],
  "marketing-agency": [
    [
      "公司为出海品牌提供社媒运营、红人营销与广告投放全案服务，主要服务{markets}。",
      "We run social, influencer and paid-media campaigns for Chinese brands going global, mainly in the {marketsEn}.",
    ],
  ],
  "live-commerce-mcn": [
    [
      "公司签约并孵化海外主播与达人，在{mps}运营多个跨境直播间。",
      "We sign and train overseas hosts and creators and run several cross-border live rooms on {mpsEn}.",
    ],
  ],
  payments: [
    [
      "公司为跨境电商企业提供收款、结汇与全球付款服务，支持{mps}等平台回款。",
      "We provide collections, currency conversion and global payouts for cross-border sellers, including payouts from {mpsEn}.",
    ],
  ],
  incubator: [
    [
      "公司运营跨境电商产业园，为入驻企业提供孵化、培训、招聘与政策申报服务。",
      "We run a cross-border e-commerce park that offers resident companies incubation, training, recruitment and help with subsidies.",
    ],
  ],
  "compliance-services": [
    [
      "公司为出海企业提供海外商标注册、产品认证与合规咨询服务，客户多为{mps}卖家。",
      "We help companies going global with trademark filing, product certification and compliance advice; most clients sell on {mpsEn}.",
    ],
  ],
  "tax-services": [
    [
      "公司为跨境电商企业提供代理记账、出口退税与海外 VAT 申报服务。",
      "We provide bookkeeping, export tax rebates and overseas VAT filing for cross-border sellers.",
    ],
  ],
  "training-education": [
    [
      "公司与高校和平台合作开展跨境电商人才培训，每年培训学员数千人。",
      "We train cross-border e-commerce talent with colleges and marketplaces, several thousand trainees a year.",
    ],
  ],
};

export const PROFILE_SENTENCES: readonly Pair[] = [
  [
    "公司成立于{year}年，现有员工约{staff}人，总部位于{place}。",
    "Founded in {year}, we have about {staff} staff and are based in {placeEn}.",
  ],
  [
    "公司{year}年成立，团队约{staff}人，办公地点位于{place}。",
    "Set up in {year}, our team of about {staff} works from {placeEn}.",
  ],
];

export const CULTURE_SENTENCES: readonly Pair[] = [
  [
    "我们重视应届生培养，提供导师带教和清晰的晋升通道。",
    "We invest in graduates, with a mentor for every newcomer and a clear promotion path.",
  ],
  ["团队年轻、氛围开放，鼓励员工提出新想法。", "Our team is young and open, and new ideas are welcome."],
  [
    "公司与多所高校共建实习基地，每年接收实习生。",
    "We run internship programmes with several colleges and take interns every year.",
  ],
  [
    "办公地点交通便利，周边生活配套完善。",
    "Our office is easy to reach by public transport, with shops and restaurants nearby.",
  ],
  [
    "我们坚持长期主义，重视产品品质和用户口碑。",
    "We think long term and care about product quality and what customers say.",
  ],
];

export const BENEFITS: readonly Pair[] = [
  ["五险一金", "social insurance and housing fund"],
  ["带薪年假", "paid annual leave"],
  ["年终奖金", "year-end bonus"],
  ["节日福利", "holiday gifts"],
  ["餐补", "meal allowance"],
  ["定期团建", "team outings"],
  ["系统培训", "structured training"],
  ["弹性工作时间", "flexible hours"],
  ["住房补贴", "housing allowance"],
  ["交通补贴", "transport allowance"],
  ["年度体检", "annual health check"],
  ["业绩提成", "sales commission"],
];
