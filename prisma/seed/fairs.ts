/** The demo's three fairs and twelve sessions (fixed dates, so every seed is identical). */
export interface FairSeed {
  slug: string;
  nameZh: string;
  nameEn: string;
  sessions: {
    slug: string;
    themeZh: string;
    themeEn: string;
    venueZh: string;
    venueEn: string;
    /** Hangzhou local date; sessions run 09:00-16:00 China Standard Time. */
    date: string;
    capacity: number | null;
  }[];
}

const EXPO = { venueZh: "杭州国际博览中心", venueEn: "Hangzhou International Expo Center" };
const HZNU = { venueZh: "杭州师范大学仓前校区", venueEn: "Hangzhou Normal University, Cangqian Campus" };
const ZJGSU = { venueZh: "浙江工商大学下沙校区", venueEn: "Zhejiang Gongshang University, Xiasha Campus" };
const COLLEGE = {
  venueZh: "中国（杭州）跨境电商学院",
  venueEn: "China (Hangzhou) Cross-border E-commerce College",
};

export const FAIRS: FairSeed[] = [
  {
    slug: "2026-autumn",
    nameZh: "2026 秋季跨境电商人才招聘会",
    nameEn: "2026 Autumn Cross-border E-commerce Careers Fair",
    sessions: [
      {
        slug: "2026-autumn-1",
        themeZh: "平台运营专场",
        themeEn: "Marketplace operations",
        ...EXPO,
        date: "2026-09-19",
        capacity: 3000,
      },
      {
        slug: "2026-autumn-2",
        themeZh: "海外营销与品牌出海专场",
        themeEn: "Overseas marketing and brands going global",
        ...HZNU,
        date: "2026-10-17",
        capacity: 1500,
      },
      {
        slug: "2026-autumn-3",
        themeZh: "跨境物流与海外仓专场",
        themeEn: "Cross-border logistics and overseas warehouses",
        ...ZJGSU,
        date: "2026-11-14",
        capacity: 1200,
      },
      {
        slug: "2026-autumn-4",
        themeZh: "国际学生专场",
        themeEn: "International students",
        ...COLLEGE,
        date: "2026-11-21",
        capacity: 600,
      },
    ],
  },
  {
    slug: "2026-winter",
    nameZh: "2026 冬季跨境电商人才招聘会",
    nameEn: "2026 Winter Cross-border E-commerce Careers Fair",
    sessions: [
      {
        slug: "2026-winter-1",
        themeZh: "综合专场",
        themeEn: "All job families",
        ...EXPO,
        date: "2026-12-05",
        capacity: 3000,
      },
      {
        slug: "2026-winter-2",
        themeZh: "直播电商与内容运营专场",
        themeEn: "Live-stream selling and content",
        ...HZNU,
        date: "2026-12-12",
        capacity: 1500,
      },
      {
        slug: "2026-winter-3",
        themeZh: "数据分析与独立站专场",
        themeEn: "Data analysis and DTC sites",
        ...ZJGSU,
        date: "2026-12-19",
        capacity: 1200,
      },
      {
        slug: "2026-winter-4",
        themeZh: "实习与管培生专场",
        themeEn: "Internships and graduate programmes",
        ...COLLEGE,
        date: "2027-01-09",
        capacity: null,
      },
    ],
  },
  {
    slug: "2027-spring",
    nameZh: "2027 春季跨境电商人才招聘会",
    nameEn: "2027 Spring Cross-border E-commerce Careers Fair",
    sessions: [
      {
        slug: "2027-spring-1",
        themeZh: "综合专场",
        themeEn: "All job families",
        ...EXPO,
        date: "2027-03-13",
        capacity: 3000,
      },
      {
        slug: "2027-spring-2",
        themeZh: "供应链与选品开发专场",
        themeEn: "Sourcing and product development",
        ...ZJGSU,
        date: "2027-03-27",
        capacity: 1200,
      },
      {
        slug: "2027-spring-3",
        themeZh: "客服与合规财务专场",
        themeEn: "Customer service, compliance and finance",
        ...HZNU,
        date: "2027-04-10",
        capacity: 1000,
      },
      {
        slug: "2027-spring-4",
        themeZh: "国际学生专场",
        themeEn: "International students",
        ...COLLEGE,
        date: "2027-04-24",
        capacity: 600,
      },
    ],
  },
];
