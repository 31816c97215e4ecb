/**
 * Where the demo's jobs sell: marketplace country sites and the languages they need, product
 * categories, and which tools go with which marketplace. Keys refer to catalogue.json.
 */

export interface Site {
  key: string;
  /** As in a job title: "欧洲站" / "EU marketplaces". */
  siteZh: string;
  siteEn: string;
  /** As in a sentence about a market: "欧洲市场" / "European market". */
  marketZh: string;
  marketEn: string;
  /** Catalogue language keys spoken by the site's buyers, the usual service language first. */
  languages: readonly string[];
}

const site = (
  key: string,
  siteZh: string,
  siteEn: string,
  marketZh: string,
  marketEn: string,
  languages: string[],
): Site => ({ key, siteZh, siteEn, marketZh, marketEn, languages });

export const SITES: Readonly<Record<string, Site>> = Object.fromEntries(
  [
    site("us", "美国站", "US marketplace", "美国市场", "US market", ["en"]),
    site("na", "北美站", "North American marketplaces", "北美市场", "North American market", ["en"]),
    site("eu", "欧洲站", "EU marketplaces", "欧洲市场", "European market", ["en", "de", "fr", "es"]),
    site("uk", "英国站", "UK marketplace", "英国市场", "UK market", ["en"]),
    site("de", "德国站", "German marketplace", "德国市场", "German market", ["de", "en"]),
    site("fr", "法国站", "French marketplace", "法国市场", "French market", ["fr", "en"]),
    site("es", "西班牙站", "Spanish marketplace", "西班牙市场", "Spanish market", ["es", "en"]),
    site("jp", "日本站", "Japanese marketplace", "日本市场", "Japanese market", ["ja"]),
    site("kr", "韩国站", "Korean marketplace", "韩国市场", "Korean market", ["ko"]),
    site("me", "中东站", "Middle East marketplaces", "中东市场", "Middle East market", ["ar", "en"]),
    site("au", "澳洲站", "Australian marketplace", "澳洲市场", "Australian market", ["en"]),
    site("sea", "东南亚站", "Southeast Asian marketplaces", "东南亚市场", "Southeast Asian market", ["en"]),
    site("th", "泰国站", "Thai marketplace", "泰国市场", "Thai market", ["th"]),
    site("vn", "越南站", "Vietnamese marketplace", "越南市场", "Vietnamese market", ["vi"]),
    site("id", "印尼站", "Indonesian marketplace", "印尼市场", "Indonesian market", ["id"]),
    site("my", "马来西亚站", "Malaysian marketplace", "马来西亚市场", "Malaysian market", ["ms", "en"]),
    site("ph", "菲律宾站", "Philippine marketplace", "菲律宾市场", "Philippine market", ["en"]),
    site("sg", "新加坡站", "Singapore marketplace", "新加坡市场", "Singapore market", ["en"]),
    site("mx", "墨西哥站", "Mexican marketplace", "墨西哥市场", "Mexican market", ["es"]),
    site("br", "巴西站", "Brazilian marketplace", "巴西市场", "Brazilian market", ["pt"]),
    site("latam", "拉美站", "Latin American marketplaces", "拉美市场", "Latin American market", ["es", "pt"]),
    site("ru", "俄罗斯站", "Russian marketplace", "俄罗斯市场", "Russian market", ["ru"]),
    site("pl", "波兰站", "Polish marketplace", "波兰市场", "Polish market", ["en"]),
    site("global", "全球站", "global marketplace", "海外市场", "overseas market", ["en"]),
  ].map((s) => [s.key, s]),
);

/** Where each marketplace sells, weighted by how often a Hangzhou seller hires for that site. */
export const MARKETPLACE_SITES: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  amazon: [
    ["us", 30],
    ["eu", 20],
    ["na", 10],
    ["uk", 8],
    ["de", 8],
    ["jp", 10],
    ["me", 5],
    ["au", 3],
    ["fr", 2],
    ["es", 2],
    ["mx", 2],
  ],
  aliexpress: [
    ["global", 40],
    ["es", 12],
    ["fr", 10],
    ["br", 12],
    ["kr", 12],
    ["ru", 8],
    ["pl", 6],
  ],
  ebay: [
    ["us", 50],
    ["uk", 25],
    ["de", 15],
    ["au", 10],
  ],
  shopee: [
    ["sea", 20],
    ["th", 15],
    ["vn", 15],
    ["id", 15],
    ["my", 15],
    ["ph", 10],
    ["sg", 5],
    ["br", 5],
  ],
  lazada: [
    ["sea", 25],
    ["th", 18],
    ["vn", 18],
    ["id", 15],
    ["my", 14],
    ["ph", 10],
  ],
  "tiktok-shop": [
    ["us", 30],
    ["uk", 25],
    ["sea", 12],
    ["th", 8],
    ["vn", 8],
    ["my", 8],
    ["ph", 5],
    ["id", 4],
  ],
  temu: [
    ["us", 40],
    ["eu", 25],
    ["global", 20],
    ["au", 5],
    ["jp", 5],
    ["kr", 5],
  ],
  shein: [
    ["us", 40],
    ["eu", 30],
    ["global", 20],
    ["me", 10],
  ],
  "alibaba-com": [
    ["global", 55],
    ["latam", 12],
    ["me", 10],
    ["ru", 8],
    ["eu", 8],
    ["fr", 7],
  ],
  "independent-site": [
    ["us", 40],
    ["eu", 25],
    ["global", 20],
    ["jp", 5],
    ["au", 5],
    ["me", 5],
  ],
  walmart: [["us", 100]],
  "mercado-libre": [
    ["mx", 45],
    ["br", 40],
    ["latam", 15],
  ],
  ozon: [["ru", 100]],
  wish: [
    ["us", 60],
    ["eu", 40],
  ],
  etsy: [
    ["us", 70],
    ["eu", 30],
  ],
  coupang: [["kr", 100]],
  allegro: [["pl", 100]],
};

/** Short marketplace names as they appear in Chinese and English job titles. */
export const TITLE_NAMES: Readonly<Record<string, readonly [zh: string, en: string]>> = {
  amazon: ["亚马逊", "Amazon"],
  aliexpress: ["速卖通", "AliExpress"],
  ebay: ["eBay", "eBay"],
  shopee: ["Shopee", "Shopee"],
  lazada: ["Lazada", "Lazada"],
  "tiktok-shop": ["TikTok Shop", "TikTok Shop"],
  temu: ["Temu", "Temu"],
  shein: ["SHEIN", "SHEIN"],
  "alibaba-com": ["阿里国际站", "Alibaba.com"],
  "independent-site": ["独立站", "Shopify"],
  walmart: ["沃尔玛", "Walmart"],
  "mercado-libre": ["美客多", "Mercado Libre"],
  ozon: ["Ozon", "Ozon"],
  wish: ["Wish", "Wish"],
  etsy: ["Etsy", "Etsy"],
  coupang: ["Coupang", "Coupang"],
  allegro: ["Allegro", "Allegro"],
};

/** The seller back office of a marketplace, as a catalogue skill ("$backend" in role content). */
export const BACKEND_SKILL: Readonly<Record<string, string>> = {
  amazon: "amazon-seller-central",
  aliexpress: "aliexpress-seller-center",
  ebay: "ebay-seller-hub",
  shopee: "shopee-seller-centre",
  lazada: "lazada-seller-center",
  "tiktok-shop": "tiktok-shop-seller-center",
  temu: "temu-seller-center",
  "alibaba-com": "alibaba-com-backend",
  "independent-site": "shopify",
  walmart: "walmart-seller-center",
  "mercado-libre": "mercado-libre-seller",
};

/** The marketplace's own advertising tool, as a catalogue skill ("$ads" in role content). */
export const ADS_SKILL: Readonly<Record<string, string>> = {
  amazon: "amazon-ads",
  walmart: "amazon-ads",
  "tiktok-shop": "tiktok-ads",
  "independent-site": "meta-ads",
};
// Walmart's sponsored products work like Amazon's, and recruiters ask for Amazon ads experience.

/** Product categories (类目) of sellers and brands. */
export const CATEGORIES: readonly (readonly [key: string, zh: string, en: string])[] = [
  ["home", "家居", "home & kitchen"],
  ["electronics", "3C 数码", "consumer electronics"],
  ["outdoor", "户外运动", "outdoor & sports"],
  ["pets", "宠物用品", "pet supplies"],
  ["apparel", "服装服饰", "apparel"],
  ["beauty", "美妆个护", "beauty & personal care"],
  ["baby", "母婴用品", "baby products"],
  ["auto", "汽车配件", "auto parts"],
  ["tools", "五金工具", "tools & hardware"],
  ["lighting", "灯具照明", "lighting"],
  ["appliances", "小家电", "small appliances"],
  ["toys", "玩具", "toys"],
  ["luggage", "箱包", "bags & luggage"],
  ["jewellery", "饰品", "jewellery"],
  ["garden", "园艺", "garden"],
  ["stationery", "文具办公", "stationery & office"],
  ["fitness", "健身器材", "fitness equipment"],
  ["textiles", "家纺", "home textiles"],
];

/**
 * Relative weights when a job asks for a language at some CEFR rank and the catalogue has
 * several levels there (e.g. CET-6 is asked far more often than TOEFL 80). Unlisted: 10.
 */
export const LEVEL_WEIGHTS: Readonly<Record<string, number>> = {
  "en-cet-4": 80,
  "en-ielts-5-5": 10,
  "en-cet-6": 55,
  "en-tem-4": 15,
  "en-ielts-6-5": 10,
  "en-toefl-80": 5,
  "en-general-working": 15,
  "en-tem-8": 30,
  "en-ielts-7-5": 15,
  "en-toefl-100": 10,
  "en-general-fluent": 45,
  "es-eee-4": 50,
  "es-dele-b1": 30,
  "es-eee-8": 30,
  "es-dele-b2": 40,
  "es-general-working": 30,
  "es-dele-c1": 40,
  "es-general-fluent": 60,
  "fr-delf-b2": 60,
  "fr-general-working": 40,
  "de-goethe-b2": 60,
  "de-general-working": 40,
  "ru-torfl-2": 50,
  "ru-general-working": 50,
};
