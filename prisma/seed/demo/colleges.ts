/**
 * The 20 Hangzhou colleges with cross-border e-commerce majors or courses (the pilot zone's own
 * count). Addresses and coordinates are real and approximate (campus gate, not a building);
 * majors are the ones most relevant to cross-border e-commerce, not a full list.
 */
import type { Pair } from "./roles";

export type Degree = "ASSOCIATE" | "BACHELOR";

/** Majors by key; vocational colleges (大专) use the vocational catalogue's name where it differs. */
export const MAJORS: Readonly<Record<string, { bachelor: Pair; associate?: Pair }>> = {
  "cross-border-ecommerce": { bachelor: ["跨境电子商务", "Cross-border E-commerce"] },
  "international-trade": { bachelor: ["国际经济与贸易", "International Economics and Trade"] },
  "business-english": { bachelor: ["商务英语", "Business English"] },
  "e-commerce": { bachelor: ["电子商务", "E-commerce"] },
  marketing: { bachelor: ["市场营销", "Marketing"] },
  "logistics-management": {
    bachelor: ["物流管理", "Logistics Management"],
    associate: ["现代物流管理", "Modern Logistics Management"],
  },
  japanese: { bachelor: ["日语", "Japanese"], associate: ["应用日语", "Applied Japanese"] },
  spanish: { bachelor: ["西班牙语", "Spanish"], associate: ["应用西班牙语", "Applied Spanish"] },
  french: { bachelor: ["法语", "French"] },
  german: { bachelor: ["德语", "German"] },
  russian: { bachelor: ["俄语", "Russian"] },
  arabic: { bachelor: ["阿拉伯语", "Arabic"] },
  "network-new-media": { bachelor: ["网络与新媒体", "Network and New Media"] },
  broadcasting: { bachelor: ["播音与主持艺术", "Broadcasting and Hosting"] },
  "digital-media-art": { bachelor: ["数字媒体艺术", "Digital Media Art"] },
  accounting: { bachelor: ["会计学", "Accounting"], associate: ["大数据与会计", "Big Data and Accounting"] },
  "finance-management": { bachelor: ["财务管理", "Financial Management"] },
  "big-data-management": { bachelor: ["大数据管理与应用", "Big Data Management and Application"] },
  statistics: { bachelor: ["统计学", "Statistics"] },
  law: { bachelor: ["法学", "Law"] },
  "industrial-design": { bachelor: ["工业设计", "Industrial Design"] },
  "supply-chain": {
    bachelor: ["供应链管理", "Supply Chain Management"],
    associate: ["供应链运营", "Supply Chain Operations"],
  },
  "live-streaming": { bachelor: ["网络直播与运营", "Live Streaming and Operations"] },
  "customs-trade": { bachelor: ["关务与外贸服务", "Customs and Foreign Trade Services"] },
  "business-data-analysis": { bachelor: ["商务数据分析与应用", "Business Data Analysis and Application"] },
};

export interface CollegeSeed {
  key: string;
  nameZh: string;
  nameEn: string;
  /** Hangzhou district key (app/data/zhejiang.ts). */
  district: string;
  addressZh: string;
  addressEn: string;
  latitude: number;
  longitude: number;
  degree: Degree;
  majors: readonly string[];
}

const college = (
  key: string,
  [nameZh, nameEn]: Pair,
  district: string,
  [addressZh, addressEn]: Pair,
  [latitude, longitude]: readonly [number, number],
  degree: Degree,
  majors: string[],
): CollegeSeed => ({ key, nameZh, nameEn, district, addressZh, addressEn, latitude, longitude, degree, majors });

export const COLLEGES: readonly CollegeSeed[] = [
  college(
    "zjgsu",
    ["浙江工商大学", "Zhejiang Gongshang University"],
    "qiantang",
    ["杭州市钱塘区学正街18号", "18 Xuezheng Street, Qiantang District, Hangzhou"],
    [30.3105, 120.3905],
    "BACHELOR",
    [
      "cross-border-ecommerce",
      "international-trade",
      "e-commerce",
      "marketing",
      "business-english",
      "japanese",
      "statistics",
      "law",
    ],
  ),
  college(
    "hznu",
    ["杭州师范大学", "Hangzhou Normal University"],
    "yuhang",
    ["杭州市余杭区余杭塘路2318号", "2318 Yuhangtang Road, Yuhang District, Hangzhou"],
    [30.2925, 120.0105],
    "BACHELOR",
    [
      "cross-border-ecommerce",
      "international-trade",
      "e-commerce",
      "business-english",
      "japanese",
      "network-new-media",
    ],
  ),
  college(
    "zisu",
    ["浙江外国语学院", "Zhejiang International Studies University"],
    "xihu",
    ["杭州市西湖区留和路299号", "299 Liuhe Road, Xihu District, Hangzhou"],
    [30.2235, 120.0335],
    "BACHELOR",
    ["cross-border-ecommerce", "business-english", "spanish", "japanese", "arabic", "french", "german", "russian"],
  ),
  college(
    "zufe",
    ["浙江财经大学", "Zhejiang University of Finance and Economics"],
    "qiantang",
    ["杭州市钱塘区学源街18号", "18 Xueyuan Street, Qiantang District, Hangzhou"],
    [30.3093, 120.3383],
    "BACHELOR",
    ["international-trade", "accounting", "finance-management", "e-commerce", "big-data-management", "law"],
  ),
  college(
    "zstu",
    ["浙江理工大学", "Zhejiang Sci-Tech University"],
    "qiantang",
    ["杭州市钱塘区2号大街928号", "928 Second Avenue, Qiantang District, Hangzhou"],
    [30.317, 120.358],
    "BACHELOR",
    ["international-trade", "e-commerce", "marketing", "industrial-design", "business-english"],
  ),
  college(
    "hdu",
    ["杭州电子科技大学", "Hangzhou Dianzi University"],
    "qiantang",
    ["杭州市钱塘区2号大街1158号", "1158 Second Avenue, Qiantang District, Hangzhou"],
    [30.319, 120.343],
    "BACHELOR",
    ["e-commerce", "international-trade", "big-data-management", "accounting", "law", "japanese"],
  ),
  college(
    "zjut",
    ["浙江工业大学", "Zhejiang University of Technology"],
    "xihu",
    ["杭州市西湖区留和路288号", "288 Liuhe Road, Xihu District, Hangzhou"],
    [30.228, 120.04],
    "BACHELOR",
    ["international-trade", "e-commerce", "marketing", "industrial-design", "logistics-management"],
  ),
  college(
    "zust",
    ["浙江科技大学", "Zhejiang University of Science and Technology"],
    "xihu",
    ["杭州市西湖区留和路318号", "318 Liuhe Road, Xihu District, Hangzhou"],
    [30.2255, 120.045],
    "BACHELOR",
    ["international-trade", "german", "e-commerce", "logistics-management"],
  ),
  college(
    "hzcu",
    ["浙大城市学院", "Hangzhou City University"],
    "gongshu",
    ["杭州市拱墅区湖州街51号", "51 Huzhou Street, Gongshu District, Hangzhou"],
    [30.326, 120.133],
    "BACHELOR",
    ["international-trade", "e-commerce", "business-english", "japanese", "law", "accounting"],
  ),
  college(
    "zjsru",
    ["浙江树人学院", "Zhejiang Shuren University"],
    "gongshu",
    ["杭州市拱墅区舟山东路36号", "36 Zhoushan East Road, Gongshu District, Hangzhou"],
    [30.294, 120.164],
    "BACHELOR",
    ["international-trade", "e-commerce", "business-english", "logistics-management", "accounting"],
  ),
  college(
    "hzcc",
    ["浙江工商大学杭州商学院", "Hangzhou College of Commerce, Zhejiang Gongshang University"],
    "tonglu",
    ["杭州市桐庐县城南街道", "Chengnan Subdistrict, Tonglu County, Hangzhou"],
    [29.785, 119.695],
    "BACHELOR",
    ["cross-border-ecommerce", "international-trade", "e-commerce", "business-english", "marketing"],
  ),
  college(
    "zafu",
    ["浙江农林大学", "Zhejiang A&F University"],
    "linan",
    ["杭州市临安区武肃街666号", "666 Wusu Street, Lin'an District, Hangzhou"],
    [30.256, 119.726],
    "BACHELOR",
    ["e-commerce", "international-trade", "marketing", "logistics-management"],
  ),
  college(
    "cuz",
    ["浙江传媒学院", "Communication University of Zhejiang"],
    "qiantang",
    ["杭州市钱塘区学源街998号", "998 Xueyuan Street, Qiantang District, Hangzhou"],
    [30.3215, 120.394],
    "BACHELOR",
    ["network-new-media", "broadcasting", "digital-media-art", "marketing", "e-commerce"],
  ),
  college(
    "zjiet",
    ["浙江经贸职业技术学院", "Zhejiang Institute of Economics and Trade"],
    "qiantang",
    ["杭州市钱塘区学源街280号", "280 Xueyuan Street, Qiantang District, Hangzhou"],
    [30.315, 120.375],
    "ASSOCIATE",
    [
      "cross-border-ecommerce",
      "international-trade",
      "e-commerce",
      "business-english",
      "logistics-management",
      "customs-trade",
      "live-streaming",
    ],
  ),
  college(
    "zfc",
    ["浙江金融职业学院", "Zhejiang Financial College"],
    "qiantang",
    ["杭州市钱塘区学源街118号", "118 Xueyuan Street, Qiantang District, Hangzhou"],
    [30.3125, 120.3615],
    "ASSOCIATE",
    [
      "cross-border-ecommerce",
      "international-trade",
      "accounting",
      "business-english",
      "e-commerce",
      "business-data-analysis",
    ],
  ),
  college(
    "hzvtc",
    ["杭州职业技术学院", "Hangzhou Vocational & Technical College"],
    "qiantang",
    ["杭州市钱塘区学源街68号", "68 Xueyuan Street, Qiantang District, Hangzhou"],
    [30.315, 120.351],
    "ASSOCIATE",
    ["cross-border-ecommerce", "e-commerce", "marketing", "logistics-management", "live-streaming"],
  ),
  college(
    "zjbc",
    ["浙江商业职业技术学院", "Zhejiang Business College"],
    "binjiang",
    ["杭州市滨江区滨文路470号", "470 Binwen Road, Binjiang District, Hangzhou"],
    [30.212, 120.153],
    "ASSOCIATE",
    [
      "cross-border-ecommerce",
      "e-commerce",
      "marketing",
      "business-english",
      "logistics-management",
      "japanese",
      "live-streaming",
    ],
  ),
  college(
    "zjtie",
    ["浙江经济职业技术学院", "Zhejiang Technical Institute of Economics"],
    "qiantang",
    ["杭州市钱塘区学林街66号", "66 Xuelin Street, Qiantang District, Hangzhou"],
    [30.307, 120.382],
    "ASSOCIATE",
    ["cross-border-ecommerce", "logistics-management", "supply-chain", "e-commerce", "accounting", "customs-trade"],
  ),
  college(
    "hzpt",
    ["杭州科技职业技术学院", "Hangzhou Polytechnic"],
    "fuyang",
    ["杭州市富阳区银湖街道", "Yinhu Subdistrict, Fuyang District, Hangzhou"],
    [30.142, 120.028],
    "ASSOCIATE",
    ["cross-border-ecommerce", "e-commerce", "international-trade", "business-english"],
  ),
  college(
    "zjyy",
    ["浙江育英职业技术学院", "Zhejiang Yuying College of Vocational Technology"],
    "qiantang",
    ["杭州市钱塘区下沙高教园区东区", "Xiasha Higher Education Park (East), Qiantang District, Hangzhou"],
    [30.3275, 120.3975],
    "ASSOCIATE",
    ["e-commerce", "cross-border-ecommerce", "marketing", "business-english"],
  ),
];
