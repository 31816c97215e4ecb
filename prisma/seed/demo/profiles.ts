/**
 * What the demo's student profiles are made of: per major the job families, tools, courses,
 * certificates and competitions that go with it; the sentences headlines and summaries are
 * assembled from (zh/en pairs with placeholders); certificates and awards with their issuers.
 * Keys refer to catalogue.json and colleges.ts (a test checks that they exist).
 *
 * Placeholders, filled per student (the English side uses the *En form, e.g. {majorEn}):
 *   {college} {major} {year} {degree} {status}  education; en also {aDegreeEn} ("a bachelor's"),
 *                                               {degreeNounEn}, {graduatesEn} ("graduated in")
 *   {family}  the first desired job family (en: {familyEn}, {aFamilyEn} with its article)
 *   {city}    the first desired city           {mp} a marketplace the student used
 *   {cat}     the own shop's product category   {orders} its orders
 *   {skills}  two or three of the student's tools {courses} three courses of the major
 *   {company} the latest internship's company   {duty} what the student did there, {months} how long
 *   {langs}   languages with level              {award} an award
 *   {country} an international student's country {hsk} their HSK level (3-6)
 */
import type { Pair } from "./roles";

type Weights = Readonly<Record<string, number>>;

export interface MajorProfile {
  /** Job families graduates of the major look for. */
  families: Weights;
  /** Catalogue skills taught or practised. */
  skills: Weights;
  /** Courses of the major (evidence "course"). */
  courses: readonly Pair[];
  /** Marketplaces students of the major get to use. */
  marketplaces: Weights;
  certificates: Weights;
  awards: Weights;
  /** The major's own foreign language: [level key, weight] (one is picked). */
  language?: readonly (readonly [string, number])[];
  /** Share of women among the students. */
  female: number;
  /** Share of students who run a small shop of their own. */
  ownShop: number;
  /** Share of students with 1-3 portfolio links (designers, video makers, marketers). */
  portfolio: number;
}

const ECOMMERCE_CERTS = { "ncre-office": 3, "cbec-ops-junior": 3, "cbec-ops-intermediate": 1, "amazon-ads": 1 };
const ECOMMERCE_AWARDS = {
  sanchuang: 3,
  "zj-ecommerce": 3,
  "hz-cbec": 2,
  "innovation-contest": 1,
  "zj-skills-cbec": 2,
  "national-skills-ecommerce": 1,
  scholarship: 3,
  "endeavor-scholarship": 1,
};
const LANGUAGE_AWARDS = { "english-contest": 1, "speech-contest": 1, scholarship: 3, "endeavor-scholarship": 1 };

export const MAJOR_PROFILES: Readonly<Record<string, MajorProfile>> = {
  "cross-border-ecommerce": {
    families: {
      "platform-operation": 6,
      "overseas-marketing": 2,
      "dtc-brand": 2,
      "sourcing-product": 1.5,
      "live-stream-selling": 1,
      "customer-service": 1,
      "data-analysis": 1,
    },
    skills: {
      "amazon-seller-central": 5,
      "aliexpress-seller-center": 3,
      "shopee-seller-centre": 3,
      "tiktok-shop-seller-center": 2,
      "temu-seller-center": 1,
      "alibaba-com-backend": 2,
      excel: 5,
      photoshop: 3,
      canva: 2,
      "english-copywriting": 3,
      sellersprite: 2,
      "jungle-scout": 1,
      "helium-10": 1,
      dianxiaomi: 2,
      "lingxing-erp": 1,
      "generative-ai": 3,
      "amazon-ads": 2,
      deepl: 2,
      "business-email": 2,
      "sourcing-1688": 2,
      "cost-calculation": 1,
      shopify: 1,
      "tiktok-content": 1,
      capcut: 1,
    },
    courses: [
      ["跨境电商实务", "Cross-border E-commerce Practice"],
      ["跨境电商平台运营", "Cross-border Marketplace Operations"],
      ["跨境电商视觉营销", "Visual Merchandising for Cross-border E-commerce"],
      ["跨境电商英语", "English for Cross-border E-commerce"],
      ["海外市场调研", "Overseas Market Research"],
      ["跨境物流与海外仓", "Cross-border Logistics and Overseas Warehousing"],
      ["国际贸易实务", "International Trade Practice"],
    ],
    marketplaces: {
      amazon: 5,
      aliexpress: 3,
      shopee: 3,
      "tiktok-shop": 2,
      temu: 1,
      "alibaba-com": 2,
      ebay: 1,
      lazada: 1,
      "independent-site": 1,
    },
    certificates: ECOMMERCE_CERTS,
    awards: ECOMMERCE_AWARDS,
    female: 0.62,
    ownShop: 0.2,
    portfolio: 0.15,
  },
  "international-trade": {
    families: {
      "platform-operation": 4,
      "logistics-warehousing": 3,
      "sourcing-product": 2,
      "customer-service": 1,
      finance: 1,
      compliance: 0.5,
    },
    skills: {
      "alibaba-com-backend": 5,
      "business-email": 5,
      incoterms: 5,
      excel: 5,
      "freight-booking": 3,
      "single-window": 2,
      "hs-classification": 2,
      "export-tax-rebate": 1,
      "cross-border-collection": 1,
      crm: 2,
      linkedin: 2,
      "sourcing-1688": 1,
      powerpoint: 2,
      deepl: 1,
      "cost-calculation": 2,
      "amazon-seller-central": 1,
    },
    courses: [
      ["国际贸易实务", "International Trade Practice"],
      ["外贸函电", "Foreign Trade Correspondence"],
      ["国际结算", "International Settlement"],
      ["国际货物运输与保险", "International Freight and Insurance"],
      ["报关实务", "Customs Declaration Practice"],
      ["国际商务谈判", "International Business Negotiation"],
    ],
    marketplaces: { "alibaba-com": 5, amazon: 2, aliexpress: 1, "independent-site": 1 },
    certificates: { "ncre-office": 3, "customs-test": 2, "freight-forwarder": 2, "cbec-ops-junior": 1 },
    awards: { "zj-ecommerce": 1, sanchuang: 1, "market-survey": 1, scholarship: 3, "endeavor-scholarship": 1 },
    female: 0.6,
    ownShop: 0.05,
    portfolio: 0.03,
  },
  "business-english": {
    families: {
      "customer-service": 4,
      "overseas-marketing": 3,
      "platform-operation": 3,
      "live-stream-selling": 1.5,
      "dtc-brand": 1,
    },
    skills: {
      "english-copywriting": 5,
      "business-email": 5,
      grammarly: 3,
      deepl: 3,
      "cat-tools": 2,
      "chat-support": 3,
      zendesk: 1,
      crm: 1,
      excel: 3,
      powerpoint: 2,
      instagram: 2,
      "facebook-pages": 1,
      linkedin: 1,
      seo: 1,
      "generative-ai": 2,
      "live-selling": 1,
    },
    courses: [
      ["商务英语写作", "Business English Writing"],
      ["跨文化商务交际", "Cross-cultural Business Communication"],
      ["商务英语口译", "Business Interpreting"],
      ["英汉笔译", "English-Chinese Translation"],
      ["外贸函电", "Foreign Trade Correspondence"],
    ],
    marketplaces: { amazon: 3, aliexpress: 1, "tiktok-shop": 1, "independent-site": 1 },
    certificates: { "ncre-office": 2, "catti-3": 2, "cbec-ops-junior": 1 },
    awards: LANGUAGE_AWARDS,
    language: [
      ["en-tem-4", 55],
      ["en-tem-8", 30],
      ["en-ielts-7-5", 8],
      ["en-ielts-6-5", 7],
    ],
    female: 0.8,
    ownShop: 0.05,
    portfolio: 0.05,
  },
  "e-commerce": {
    families: {
      "platform-operation": 5,
      "data-analysis": 2,
      "dtc-brand": 2,
      "overseas-marketing": 2,
      "live-stream-selling": 1,
      "sourcing-product": 1,
      "customer-service": 1,
    },
    skills: {
      "amazon-seller-central": 3,
      "shopee-seller-centre": 2,
      "tiktok-shop-seller-center": 2,
      shopify: 3,
      photoshop: 3,
      excel: 5,
      sql: 1,
      ga4: 1,
      seo: 2,
      "html-css": 1,
      dianxiaomi: 2,
      "email-marketing": 1,
      canva: 2,
      "generative-ai": 2,
      "amazon-ads": 1,
      "a-plus-content": 1,
    },
    courses: [
      ["电子商务概论", "Introduction to E-commerce"],
      ["网店运营与管理", "Online Store Operations"],
      ["网络营销", "Online Marketing"],
      ["电子商务数据分析", "E-commerce Data Analysis"],
      ["网页设计与制作", "Web Design"],
      ["跨境电商实务", "Cross-border E-commerce Practice"],
    ],
    marketplaces: {
      amazon: 3,
      shopee: 2,
      "tiktok-shop": 2,
      aliexpress: 2,
      "independent-site": 2,
      temu: 1,
      lazada: 1,
    },
    certificates: { ...ECOMMERCE_CERTS, "ecommerce-data-junior": 1 },
    awards: ECOMMERCE_AWARDS,
    female: 0.55,
    ownShop: 0.15,
    portfolio: 0.12,
  },
  marketing: {
    families: {
      "overseas-marketing": 5,
      "dtc-brand": 3,
      "live-stream-selling": 2,
      "platform-operation": 1.5,
      "data-analysis": 1,
    },
    skills: {
      "meta-ads": 3,
      "google-ads": 3,
      "tiktok-ads": 2,
      instagram: 3,
      "facebook-pages": 2,
      "tiktok-content": 3,
      "influencer-outreach": 3,
      "email-marketing": 2,
      seo: 2,
      semrush: 1,
      canva: 3,
      photoshop: 2,
      capcut: 2,
      "english-copywriting": 2,
      ga4: 2,
      excel: 3,
      powerpoint: 2,
      "ab-testing": 1,
      youtube: 1,
      pinterest: 1,
    },
    courses: [
      ["市场营销学", "Principles of Marketing"],
      ["国际市场营销", "International Marketing"],
      ["消费者行为学", "Consumer Behaviour"],
      ["数字营销", "Digital Marketing"],
      ["品牌管理", "Brand Management"],
      ["市场调查与预测", "Market Research and Forecasting"],
    ],
    marketplaces: { "tiktok-shop": 2, amazon: 2, "independent-site": 2, shopee: 1 },
    certificates: { "ncre-office": 2, "google-ads": 2, "meta-associate": 2, "hubspot-content": 1 },
    awards: { "market-survey": 2, "ad-art": 2, sanchuang: 1, scholarship: 3, "endeavor-scholarship": 1 },
    female: 0.65,
    ownShop: 0.1,
    portfolio: 0.3,
  },
  "logistics-management": {
    families: { "logistics-warehousing": 7, "sourcing-product": 2, "customer-service": 1, "platform-operation": 1 },
    skills: {
      "fba-shipping": 4,
      wms: 4,
      "freight-booking": 4,
      incoterms: 3,
      "last-mile-carriers": 3,
      "single-window": 2,
      "hs-classification": 2,
      excel: 5,
      "lingxing-erp": 2,
      "mabang-erp": 2,
      "tongtool-erp": 1,
      powerpoint: 1,
      sql: 1,
      "business-email": 2,
    },
    courses: [
      ["物流管理基础", "Logistics Management"],
      ["仓储与配送管理", "Warehousing and Distribution"],
      ["国际物流", "International Logistics"],
      ["供应链管理", "Supply Chain Management"],
      ["物流信息技术", "Logistics Information Systems"],
    ],
    marketplaces: { amazon: 3, walmart: 1, temu: 1 },
    certificates: { "ncre-office": 3, "freight-forwarder": 3, "customs-test": 2 },
    awards: { "math-modelling": 1, "hz-cbec": 1, scholarship: 3, "endeavor-scholarship": 1 },
    female: 0.45,
    ownShop: 0.02,
    portfolio: 0.02,
  },
  japanese: {
    families: { "customer-service": 4, "platform-operation": 3, "overseas-marketing": 2, "live-stream-selling": 1 },
    skills: {
      "cat-tools": 3,
      deepl: 2,
      "chat-support": 3,
      excel: 3,
      "business-email": 1,
      "amazon-seller-central": 2,
      instagram: 1,
      "x-twitter": 1,
      zendesk: 1,
      "generative-ai": 1,
      "english-copywriting": 1,
    },
    courses: [
      ["高级日语", "Advanced Japanese"],
      ["日语视听说", "Japanese Listening and Speaking"],
      ["商务日语", "Business Japanese"],
      ["日汉翻译", "Japanese-Chinese Translation"],
      ["日本概况", "Japan: Society and Culture"],
    ],
    marketplaces: { amazon: 4, "tiktok-shop": 1 },
    certificates: { "ncre-office": 2, "catti-3": 1 },
    awards: { "japanese-speech": 2, scholarship: 3, "endeavor-scholarship": 1 },
    language: [
      ["ja-jlpt-n2", 50],
      ["ja-jlpt-n1", 28],
      ["ja-jlpt-n3", 22],
    ],
    female: 0.8,
    ownShop: 0.03,
    portfolio: 0.03,
  },
  spanish: {
    families: { "customer-service": 3, "platform-operation": 3, "overseas-marketing": 2, "live-stream-selling": 1 },
    skills: {
      "cat-tools": 3,
      deepl: 2,
      "chat-support": 3,
      excel: 3,
      "mercado-libre-seller": 3,
      "amazon-seller-central": 1,
      instagram: 2,
      "facebook-pages": 1,
      "generative-ai": 1,
    },
    courses: [
      ["高级西班牙语", "Advanced Spanish"],
      ["西班牙语视听说", "Spanish Listening and Speaking"],
      ["商务西班牙语", "Business Spanish"],
      ["拉美概况", "Latin America: Society and Culture"],
    ],
    marketplaces: { "mercado-libre": 4, amazon: 2, aliexpress: 2 },
    certificates: { "ncre-office": 2 },
    awards: { scholarship: 3, "endeavor-scholarship": 1 },
    language: [
      ["es-eee-4", 50],
      ["es-eee-8", 25],
      ["es-dele-b2", 15],
      ["es-dele-b1", 10],
    ],
    female: 0.75,
    ownShop: 0.03,
    portfolio: 0.03,
  },
  french: {
    families: { "customer-service": 3, "platform-operation": 3, "overseas-marketing": 2, compliance: 1 },
    skills: { "cat-tools": 3, deepl: 3, "chat-support": 3, excel: 3, "amazon-seller-central": 2, instagram: 1 },
    courses: [
      ["高级法语", "Advanced French"],
      ["法语视听说", "French Listening and Speaking"],
      ["商务法语", "Business French"],
      ["法汉翻译", "French-Chinese Translation"],
    ],
    marketplaces: { amazon: 3, aliexpress: 1 },
    certificates: { "ncre-office": 2 },
    awards: { scholarship: 3, "endeavor-scholarship": 1 },
    language: [
      ["fr-delf-b2", 50],
      ["fr-delf-b1", 30],
      ["fr-dalf-c1", 20],
    ],
    female: 0.78,
    ownShop: 0.02,
    portfolio: 0.03,
  },
  german: {
    families: { "customer-service": 3, "platform-operation": 3, "overseas-marketing": 1, compliance: 1 },
    skills: { "cat-tools": 3, deepl: 3, "chat-support": 3, excel: 3, "amazon-seller-central": 2, "vat-filing": 1 },
    courses: [
      ["高级德语", "Advanced German"],
      ["德语视听说", "German Listening and Speaking"],
      ["经贸德语", "German for Business and Trade"],
      ["德汉翻译", "German-Chinese Translation"],
    ],
    marketplaces: { amazon: 4, ebay: 1 },
    certificates: { "ncre-office": 2 },
    awards: { scholarship: 3, "endeavor-scholarship": 1 },
    language: [
      ["de-goethe-b2", 50],
      ["de-goethe-b1", 30],
      ["de-goethe-c1", 20],
    ],
    female: 0.7,
    ownShop: 0.02,
    portfolio: 0.03,
  },
  russian: {
    families: { "customer-service": 3, "platform-operation": 3, "logistics-warehousing": 1, "overseas-marketing": 1 },
    skills: {
      "cat-tools": 3,
      deepl: 2,
      "chat-support": 3,
      excel: 3,
      "aliexpress-seller-center": 2,
      "freight-booking": 1,
    },
    courses: [
      ["高级俄语", "Advanced Russian"],
      ["俄语视听说", "Russian Listening and Speaking"],
      ["经贸俄语", "Russian for Business and Trade"],
      ["俄汉翻译", "Russian-Chinese Translation"],
    ],
    marketplaces: { ozon: 4, aliexpress: 3 },
    certificates: { "ncre-office": 2 },
    awards: { scholarship: 3, "endeavor-scholarship": 1 },
    language: [
      ["ru-torfl-1", 45],
      ["ru-torfl-2", 30],
      ["ru-general-working", 25],
    ],
    female: 0.7,
    ownShop: 0.02,
    portfolio: 0.02,
  },
  arabic: {
    families: { "customer-service": 3, "platform-operation": 3, "overseas-marketing": 2, "live-stream-selling": 1 },
    skills: { "cat-tools": 2, deepl: 2, "chat-support": 3, excel: 3, "amazon-seller-central": 2, instagram: 1 },
    courses: [
      ["高级阿拉伯语", "Advanced Arabic"],
      ["阿拉伯语视听说", "Arabic Listening and Speaking"],
      ["经贸阿拉伯语", "Arabic for Business and Trade"],
      ["阿拉伯国家概况", "The Arab World: Society and Culture"],
    ],
    marketplaces: { amazon: 3, "tiktok-shop": 1 },
    certificates: { "ncre-office": 2 },
    awards: { scholarship: 3, "endeavor-scholarship": 1 },
    language: [
      ["ar-general-working", 60],
      ["ar-general-fluent", 25],
      ["ar-general-basic", 15],
    ],
    female: 0.65,
    ownShop: 0.02,
    portfolio: 0.02,
  },
  "network-new-media": {
    families: { "overseas-marketing": 4, "live-stream-selling": 4, "dtc-brand": 2 },
    skills: {
      "tiktok-content": 5,
      capcut: 5,
      "premiere-pro": 3,
      "video-scripting": 4,
      instagram: 3,
      youtube: 2,
      canva: 3,
      photoshop: 2,
      "after-effects": 1,
      "influencer-outreach": 2,
      "tiktok-analytics": 1,
      "english-copywriting": 1,
      "generative-ai": 2,
    },
    courses: [
      ["新媒体运营", "New Media Operations"],
      ["短视频策划与制作", "Short-video Planning and Production"],
      ["网络传播学", "Online Communication"],
      ["数据新闻与可视化", "Data Journalism and Visualisation"],
    ],
    marketplaces: { "tiktok-shop": 4, "independent-site": 1 },
    certificates: { "ncre-office": 2, "meta-associate": 1, "live-commerce-junior": 1 },
    awards: { "ad-art": 3, "innovation-contest": 1, scholarship: 3, "endeavor-scholarship": 1 },
    female: 0.7,
    ownShop: 0.08,
    portfolio: 0.6,
  },
  broadcasting: {
    families: { "live-stream-selling": 7, "overseas-marketing": 2 },
    skills: {
      "live-selling": 5,
      "obs-streaming": 3,
      "live-stream-equipment": 3,
      "video-scripting": 3,
      capcut: 3,
      "tiktok-content": 3,
      "premiere-pro": 1,
    },
    courses: [
      ["播音发声", "Voice Training for Broadcasting"],
      ["即兴口语表达", "Impromptu Speaking"],
      ["节目主持", "Programme Hosting"],
      ["直播策划与主持", "Live-stream Planning and Hosting"],
    ],
    marketplaces: { "tiktok-shop": 5 },
    certificates: { putonghua: 4, "live-commerce-junior": 2 },
    awards: { "speech-contest": 1, scholarship: 3, "endeavor-scholarship": 1 },
    female: 0.7,
    ownShop: 0.05,
    portfolio: 0.5,
  },
  "digital-media-art": {
    families: { "overseas-marketing": 3, "dtc-brand": 3, "live-stream-selling": 2, "platform-operation": 1 },
    skills: {
      photoshop: 5,
      illustrator: 4,
      figma: 3,
      "after-effects": 3,
      "premiere-pro": 3,
      "product-photography": 3,
      "a-plus-content": 3,
      canva: 2,
      capcut: 2,
      "html-css": 1,
    },
    courses: [
      ["数字图像设计", "Digital Image Design"],
      ["动态图形设计", "Motion Graphics"],
      ["交互设计", "Interaction Design"],
      ["商业摄影", "Commercial Photography"],
    ],
    marketplaces: { amazon: 2, "independent-site": 2, etsy: 1 },
    certificates: { "adobe-photoshop": 3, "ncre-office": 1 },
    awards: { "ad-art": 4, scholarship: 3, "endeavor-scholarship": 1 },
    female: 0.65,
    ownShop: 0.1,
    portfolio: 0.85,
  },
  accounting: {
    families: { finance: 8, "data-analysis": 1, compliance: 1 },
    skills: {
      kingdee: 4,
      yonyou: 3,
      excel: 5,
      "export-tax-rebate": 2,
      "vat-filing": 1,
      "cross-border-collection": 2,
      "financial-modelling": 1,
      "us-sales-tax": 1,
      powerpoint: 1,
      "power-bi": 1,
    },
    courses: [
      ["中级财务会计", "Intermediate Financial Accounting"],
      ["税法", "Tax Law"],
      ["成本会计", "Cost Accounting"],
      ["审计学", "Auditing"],
      ["会计信息系统", "Accounting Information Systems"],
    ],
    marketplaces: {},
    certificates: { "junior-accountant": 5, "ncre-office": 3 },
    awards: { scholarship: 3, "endeavor-scholarship": 1, "accounting-skills": 2 },
    female: 0.78,
    ownShop: 0,
    portfolio: 0,
  },
  "finance-management": {
    families: { finance: 6, "data-analysis": 2, "sourcing-product": 0.5 },
    skills: {
      "financial-modelling": 3,
      excel: 5,
      kingdee: 2,
      yonyou: 2,
      "cross-border-collection": 3,
      "power-bi": 2,
      "export-tax-rebate": 1,
      "vat-filing": 1,
      powerpoint: 2,
    },
    courses: [
      ["财务管理", "Financial Management"],
      ["公司理财", "Corporate Finance"],
      ["国际金融", "International Finance"],
      ["财务报表分析", "Financial Statement Analysis"],
    ],
    marketplaces: {},
    certificates: { "junior-accountant": 3, "ncre-office": 3 },
    awards: { scholarship: 3, "endeavor-scholarship": 1, "market-survey": 1 },
    female: 0.7,
    ownShop: 0,
    portfolio: 0,
  },
  "big-data-management": {
    families: { "data-analysis": 7, "platform-operation": 1, "dtc-brand": 1 },
    skills: {
      sql: 5,
      "python-data": 4,
      "power-bi": 3,
      tableau: 2,
      excel: 5,
      ga4: 2,
      statistics: 3,
      "ab-testing": 1,
      sellersprite: 1,
    },
    courses: [
      ["数据库原理", "Database Systems"],
      ["Python 程序设计", "Python Programming"],
      ["数据挖掘", "Data Mining"],
      ["商务数据可视化", "Business Data Visualisation"],
    ],
    marketplaces: { amazon: 1 },
    certificates: { "ncre-office": 2, "tableau-specialist": 1, "ecommerce-data-junior": 2, "google-analytics": 1 },
    awards: { "stat-modelling": 2, "math-modelling": 2, scholarship: 3, "endeavor-scholarship": 1 },
    female: 0.5,
    ownShop: 0,
    portfolio: 0.2,
  },
  statistics: {
    families: { "data-analysis": 7, finance: 1 },
    skills: {
      statistics: 5,
      "python-data": 4,
      sql: 4,
      excel: 5,
      tableau: 2,
      "power-bi": 2,
      "ab-testing": 2,
    },
    courses: [
      ["数理统计", "Mathematical Statistics"],
      ["多元统计分析", "Multivariate Statistics"],
      ["抽样调查", "Sampling Surveys"],
      ["统计软件应用", "Statistical Software"],
    ],
    marketplaces: {},
    certificates: { "ncre-office": 2, "tableau-specialist": 1 },
    awards: { "stat-modelling": 3, "math-modelling": 2, "market-survey": 1, scholarship: 3, "endeavor-scholarship": 1 },
    female: 0.55,
    ownShop: 0,
    portfolio: 0.15,
  },
  law: {
    families: { compliance: 8, finance: 0.5 },
    skills: {
      "trademark-search": 4,
      "patent-search": 2,
      gdpr: 3,
      "epr-registration": 2,
      "product-certification": 2,
      excel: 2,
      "business-email": 1,
      powerpoint: 1,
    },
    courses: [
      ["知识产权法", "Intellectual Property Law"],
      ["国际经济法", "International Economic Law"],
      ["合同法", "Contract Law"],
      ["电子商务法", "E-commerce Law"],
    ],
    marketplaces: {},
    certificates: { "ncre-office": 2 },
    awards: { "moot-court": 2, scholarship: 3, "endeavor-scholarship": 1 },
    female: 0.65,
    ownShop: 0,
    portfolio: 0,
  },
  "industrial-design": {
    families: { "sourcing-product": 5, "dtc-brand": 2, "overseas-marketing": 1 },
    skills: {
      "product-photography": 2,
      illustrator: 3,
      photoshop: 4,
      figma: 2,
      "cost-calculation": 2,
      "quality-inspection": 2,
      "sourcing-1688": 2,
      "product-certification": 1,
      "a-plus-content": 2,
    },
    courses: [
      ["产品设计", "Product Design"],
      ["设计材料与工艺", "Materials and Manufacturing"],
      ["用户研究", "User Research"],
      ["三维建模", "3D Modelling"],
    ],
    marketplaces: { amazon: 1, "independent-site": 1 },
    certificates: { "adobe-photoshop": 2, "ncre-office": 1 },
    awards: { "ad-art": 1, "innovation-contest": 2, scholarship: 3, "endeavor-scholarship": 1 },
    female: 0.45,
    ownShop: 0.05,
    portfolio: 0.8,
  },
  "supply-chain": {
    families: { "logistics-warehousing": 5, "sourcing-product": 4 },
    skills: {
      "sourcing-1688": 3,
      "supplier-audit": 3,
      "quality-inspection": 2,
      "cost-calculation": 3,
      wms: 2,
      "freight-booking": 2,
      excel: 5,
      "lingxing-erp": 2,
      "jijia-erp": 1,
      incoterms: 2,
    },
    courses: [
      ["供应链运营", "Supply Chain Operations"],
      ["采购与供应管理", "Purchasing and Supply Management"],
      ["仓储管理实务", "Warehousing Practice"],
      ["跨境电商供应链", "Cross-border E-commerce Supply Chains"],
    ],
    marketplaces: { amazon: 2, temu: 1, "alibaba-com": 1 },
    certificates: { "ncre-office": 3, "freight-forwarder": 1 },
    awards: { "zj-skills-logistics": 2, scholarship: 3, "endeavor-scholarship": 1 },
    female: 0.5,
    ownShop: 0.02,
    portfolio: 0.02,
  },
  "live-streaming": {
    families: { "live-stream-selling": 8, "overseas-marketing": 1 },
    skills: {
      "live-selling": 5,
      "obs-streaming": 4,
      "live-stream-equipment": 4,
      capcut: 4,
      "video-scripting": 3,
      "tiktok-content": 4,
      "tiktok-shop-seller-center": 3,
      "tiktok-analytics": 2,
    },
    courses: [
      ["直播电商运营", "Live-stream E-commerce Operations"],
      ["直播话术与主播训练", "On-camera Selling and Host Training"],
      ["短视频拍摄与剪辑", "Short-video Shooting and Editing"],
      ["直播数据分析", "Live-stream Data Analysis"],
    ],
    marketplaces: { "tiktok-shop": 6, shopee: 1 },
    certificates: { "live-commerce-junior": 4, putonghua: 2 },
    awards: { "zj-skills-cbec": 1, "hz-cbec": 1, scholarship: 3, "endeavor-scholarship": 1 },
    female: 0.6,
    ownShop: 0.15,
    portfolio: 0.45,
  },
  "customs-trade": {
    families: { "logistics-warehousing": 6, compliance: 1, "platform-operation": 1 },
    skills: {
      "single-window": 5,
      "hs-classification": 5,
      incoterms: 4,
      "freight-booking": 3,
      "export-tax-rebate": 2,
      excel: 4,
      "business-email": 2,
    },
    courses: [
      ["报关实务", "Customs Declaration Practice"],
      ["商品归类", "Tariff Classification"],
      ["跨境电商通关", "Customs Clearance for Cross-border E-commerce"],
      ["外贸单证实务", "Trade Documents Practice"],
    ],
    marketplaces: { "alibaba-com": 2, amazon: 1 },
    certificates: { "customs-test": 5, "freight-forwarder": 2, "ncre-office": 2 },
    awards: { "zj-skills-cbec": 1, scholarship: 3, "endeavor-scholarship": 1 },
    female: 0.55,
    ownShop: 0.02,
    portfolio: 0.01,
  },
  "business-data-analysis": {
    families: { "data-analysis": 7, "platform-operation": 2 },
    skills: {
      excel: 5,
      sql: 3,
      "power-bi": 3,
      "python-data": 2,
      sellersprite: 2,
      ga4: 2,
      tableau: 1,
      statistics: 2,
    },
    courses: [
      ["商务数据分析基础", "Business Data Analysis"],
      ["数据采集与处理", "Data Collection and Processing"],
      ["电商数据化运营", "Data-driven E-commerce Operations"],
      ["数据可视化", "Data Visualisation"],
    ],
    marketplaces: { amazon: 2, "tiktok-shop": 1 },
    certificates: { "ecommerce-data-junior": 4, "ncre-office": 3 },
    awards: { "zj-skills-cbec": 1, "market-survey": 1, scholarship: 3, "endeavor-scholarship": 1 },
    female: 0.55,
    ownShop: 0.03,
    portfolio: 0.1,
  },
};

/** Majors international students take here. */
export const INTERNATIONAL_MAJORS: Weights = {
  "cross-border-ecommerce": 5,
  "international-trade": 4,
  "e-commerce": 3,
  marketing: 2,
  "logistics-management": 1,
};

/** What international students bring besides their major's tools. */
export const INTERNATIONAL_SKILLS: Weights = {
  "live-selling": 3,
  "tiktok-content": 3,
  "chat-support": 2,
  "english-copywriting": 2,
  instagram: 2,
  capcut: 2,
  "facebook-pages": 1,
};

// ---------------------------------------------------------------------------------------------
// Certificates and awards

export interface CertificateSeed {
  name: Pair;
  issuer: Pair;
  /** Catalogue skills it is evidence for. */
  skills: readonly string[];
  /** Job families whose ability units it is evidence for. */
  families: readonly string[];
  /** Associate (vocational) colleges only, or bachelor only. */
  only?: "ASSOCIATE" | "BACHELOR";
}

export const CERTIFICATES: Readonly<Record<string, CertificateSeed>> = {
  "ncre-office": {
    name: [
      "全国计算机等级考试二级（MS Office 高级应用与设计）",
      "National Computer Rank Examination, Level 2 (MS Office)",
    ],
    issuer: ["教育部教育考试院", "National Education Examinations Authority"],
    skills: ["excel", "powerpoint"],
    families: ["data-analysis", "finance"],
  },
  "cbec-ops-junior": {
    name: [
      "跨境电子商务多平台运营职业技能等级证书（初级）",
      "Cross-border E-commerce Multi-platform Operations, 1+X Certificate (Junior)",
    ],
    issuer: ["1+X 证书培训评价组织", "1+X certificate training and evaluation organisation"],
    skills: ["amazon-seller-central", "aliexpress-seller-center", "shopee-seller-centre"],
    families: ["platform-operation"],
  },
  "cbec-ops-intermediate": {
    name: [
      "跨境电子商务多平台运营职业技能等级证书（中级）",
      "Cross-border E-commerce Multi-platform Operations, 1+X Certificate (Intermediate)",
    ],
    issuer: ["1+X 证书培训评价组织", "1+X certificate training and evaluation organisation"],
    skills: ["amazon-seller-central", "amazon-ads", "sellersprite"],
    families: ["platform-operation"],
  },
  "ecommerce-data-junior": {
    name: ["电子商务数据分析职业技能等级证书（初级）", "E-commerce Data Analysis, 1+X Certificate (Junior)"],
    issuer: ["1+X 证书培训评价组织", "1+X certificate training and evaluation organisation"],
    skills: ["excel", "statistics"],
    families: ["data-analysis"],
  },
  "live-commerce-junior": {
    name: ["直播电商职业技能等级证书（初级）", "Live-stream E-commerce, 1+X Certificate (Junior)"],
    issuer: ["1+X 证书培训评价组织", "1+X certificate training and evaluation organisation"],
    skills: ["live-selling", "obs-streaming"],
    families: ["live-stream-selling"],
  },
  "junior-accountant": {
    name: ["初级会计专业技术资格", "Junior Accountant Qualification"],
    issuer: ["财政部、人力资源和社会保障部", "Ministry of Finance and Ministry of Human Resources and Social Security"],
    skills: ["kingdee", "yonyou"],
    families: ["finance"],
  },
  "customs-test": {
    name: ["报关水平测试证书", "Customs Declaration Proficiency Certificate"],
    issuer: ["中国报关协会", "China Customs Brokers Association"],
    skills: ["hs-classification", "single-window"],
    families: ["logistics-warehousing", "compliance"],
  },
  "freight-forwarder": {
    name: ["国际货运代理从业人员岗位专业证书", "International Freight Forwarding Professional Certificate"],
    issuer: ["中国国际货运代理协会", "China International Freight Forwarders Association"],
    skills: ["freight-booking", "incoterms"],
    families: ["logistics-warehousing"],
  },
  "google-ads": {
    name: ["Google Ads 搜索广告认证", "Google Ads Search Certification"],
    issuer: ["Google Skillshop", "Google Skillshop"],
    skills: ["google-ads"],
    families: ["overseas-marketing", "dtc-brand"],
  },
  "google-analytics": {
    name: ["Google Analytics 认证", "Google Analytics Certification"],
    issuer: ["Google Skillshop", "Google Skillshop"],
    skills: ["ga4"],
    families: ["data-analysis", "dtc-brand"],
  },
  "meta-associate": {
    name: ["Meta 数字营销助理认证", "Meta Certified Digital Marketing Associate"],
    issuer: ["Meta", "Meta"],
    skills: ["meta-ads", "facebook-pages", "instagram"],
    families: ["overseas-marketing", "dtc-brand"],
  },
  "hubspot-content": {
    name: ["HubSpot 内容营销认证", "HubSpot Content Marketing Certification"],
    issuer: ["HubSpot Academy", "HubSpot Academy"],
    skills: ["seo", "email-marketing"],
    families: ["overseas-marketing", "dtc-brand"],
  },
  "amazon-ads": {
    name: ["亚马逊广告 Sponsored Ads 认证", "Amazon Ads Sponsored Ads Certification"],
    issuer: ["亚马逊广告学习中心", "Amazon Ads learning console"],
    skills: ["amazon-ads"],
    families: ["platform-operation"],
  },
  "catti-3": {
    name: ["全国翻译专业资格（水平）考试三级笔译（CATTI）", "CATTI Level 3 Translator"],
    issuer: ["人力资源和社会保障部", "Ministry of Human Resources and Social Security"],
    skills: ["cat-tools"],
    families: ["customer-service"],
  },
  putonghua: {
    name: ["普通话水平测试二级甲等", "Putonghua Proficiency Test, Grade 2A"],
    issuer: ["国家语言文字工作委员会", "State Language Commission"],
    skills: ["live-selling"],
    families: ["live-stream-selling"],
  },
  "tableau-specialist": {
    name: ["Tableau Desktop Specialist 认证", "Tableau Desktop Specialist"],
    issuer: ["Tableau", "Tableau"],
    skills: ["tableau"],
    families: ["data-analysis"],
  },
  "adobe-photoshop": {
    name: ["Adobe 认证专家（Photoshop）", "Adobe Certified Professional in Photoshop"],
    issuer: ["Adobe", "Adobe"],
    skills: ["photoshop"],
    families: ["overseas-marketing", "dtc-brand"],
  },
};

export interface AwardSeed {
  name: Pair;
  /** Null: the student's own college. */
  issuer: Pair | null;
  /** Rounds the student may have placed in: [zh, en, weight]. */
  rounds: readonly (readonly [string, string, number])[];
  /** Prizes: [zh, en, weight]; default first/second/third prize and honourable mention. */
  prizes?: readonly (readonly [string, string, number])[];
  only?: "ASSOCIATE" | "BACHELOR";
  /** Catalogue skills it is evidence for. */
  skills: readonly string[];
  /** Job families whose ability units it is evidence for. */
  families: readonly string[];
}

const CAMPUS_PROVINCE_NATION = [
  ["校赛", "campus round", 45],
  ["浙江省赛", "Zhejiang round", 45],
  ["全国总决赛", "national final", 10],
] as const;
const PROVINCE = [["", "", 1]] as const;
const PROVINCE_NATION = [
  ["省赛", "provincial round", 80],
  ["国赛", "national round", 20],
] as const;

export const PRIZES: readonly (readonly [string, string, number])[] = [
  ["一等奖", "First Prize", 15],
  ["二等奖", "Second Prize", 30],
  ["三等奖", "Third Prize", 40],
  ["优秀奖", "Honourable Mention", 15],
];

export const AWARDS: Readonly<Record<string, AwardSeed>> = {
  sanchuang: {
    name: [
      "全国大学生电子商务“创新、创意及创业”挑战赛",
      "National E-commerce Innovation, Creativity and Entrepreneurship Challenge",
    ],
    issuer: ["三创赛竞赛组织委员会", "Organizing Committee of the E-commerce 3C Challenge"],
    rounds: CAMPUS_PROVINCE_NATION,
    skills: ["amazon-seller-central", "cost-calculation", "powerpoint"],
    families: ["platform-operation", "dtc-brand", "sourcing-product"],
  },
  "zj-ecommerce": {
    name: ["浙江省大学生电子商务竞赛", "Zhejiang College Students' E-commerce Competition"],
    issuer: ["浙江省教育厅", "Zhejiang Provincial Department of Education"],
    rounds: PROVINCE,
    skills: ["shopify", "photoshop", "excel"],
    families: ["platform-operation", "dtc-brand"],
  },
  "hz-cbec": {
    name: [
      "杭州跨境电商人才创新创业大赛",
      "Hangzhou Cross-border E-commerce Talent Innovation and Entrepreneurship Contest",
    ],
    issuer: ["中国（杭州）跨境电子商务综合试验区", "China (Hangzhou) Cross-border E-commerce Comprehensive Pilot Zone"],
    rounds: PROVINCE,
    skills: ["amazon-seller-central", "sellersprite", "english-copywriting"],
    families: ["platform-operation", "sourcing-product", "overseas-marketing"],
  },
  "innovation-contest": {
    name: ["中国国际大学生创新大赛", "China International College Students' Innovation Competition"],
    issuer: ["教育部", "Ministry of Education"],
    rounds: [
      ["浙江省赛", "Zhejiang round", 85],
      ["全国总决赛", "national final", 15],
    ],
    prizes: [
      ["金奖", "Gold Award", 15],
      ["银奖", "Silver Award", 35],
      ["铜奖", "Bronze Award", 50],
    ],
    skills: ["powerpoint", "project-management"],
    families: ["dtc-brand", "sourcing-product"],
  },
  "zj-skills-cbec": {
    name: [
      "浙江省职业院校技能大赛跨境电子商务赛项",
      "Zhejiang Vocational College Skills Competition: Cross-border E-commerce",
    ],
    issuer: ["浙江省教育厅", "Zhejiang Provincial Department of Education"],
    rounds: PROVINCE,
    only: "ASSOCIATE",
    skills: ["amazon-seller-central", "excel", "english-copywriting"],
    families: ["platform-operation", "customer-service"],
  },
  "zj-skills-logistics": {
    name: ["浙江省职业院校技能大赛智慧物流赛项", "Zhejiang Vocational College Skills Competition: Smart Logistics"],
    issuer: ["浙江省教育厅", "Zhejiang Provincial Department of Education"],
    rounds: PROVINCE,
    only: "ASSOCIATE",
    skills: ["wms", "excel"],
    families: ["logistics-warehousing"],
  },
  "national-skills-ecommerce": {
    name: ["全国职业院校技能大赛电子商务赛项", "National Vocational College Skills Competition: E-commerce"],
    issuer: [
      "全国职业院校技能大赛组织委员会",
      "Organizing Committee of the National Vocational College Skills Competition",
    ],
    rounds: PROVINCE_NATION,
    only: "ASSOCIATE",
    skills: ["shopify", "photoshop", "excel"],
    families: ["platform-operation", "dtc-brand"],
  },
  "english-contest": {
    name: ["全国大学生英语竞赛", "National English Competition for College Students"],
    issuer: ["全国大学生英语竞赛组委会", "NECCS Organizing Committee"],
    rounds: PROVINCE,
    skills: ["english-copywriting"],
    families: ["customer-service"],
  },
  "speech-contest": {
    name: ["“外研社·国才杯”全国英语演讲大赛", "FLTRP National English Speaking Contest"],
    issuer: ["外语教学与研究出版社", "Foreign Language Teaching and Research Press"],
    rounds: [
      ["校赛", "campus round", 60],
      ["浙江省赛", "Zhejiang round", 40],
    ],
    skills: ["live-selling"],
    families: ["customer-service", "live-stream-selling"],
  },
  "japanese-speech": {
    name: ["浙江省大学生日语演讲比赛", "Zhejiang College Students' Japanese Speech Contest"],
    issuer: ["浙江省高校日语教学研究会", "Zhejiang Association of Japanese Teaching"],
    rounds: PROVINCE,
    skills: [],
    families: ["customer-service"],
  },
  "market-survey": {
    name: ["全国大学生市场调查与分析大赛", "National College Students' Market Research and Analysis Competition"],
    issuer: ["中国商业统计学会", "China Commercial Statistical Society"],
    rounds: CAMPUS_PROVINCE_NATION,
    skills: ["statistics", "excel", "powerpoint"],
    families: ["data-analysis", "overseas-marketing"],
  },
  "stat-modelling": {
    name: ["全国大学生统计建模大赛", "National College Students' Statistical Modelling Competition"],
    issuer: ["中国统计教育学会", "China Statistical Education Society"],
    rounds: PROVINCE_NATION,
    only: "BACHELOR",
    skills: ["python-data", "statistics"],
    families: ["data-analysis"],
  },
  "math-modelling": {
    name: ["全国大学生数学建模竞赛", "China Undergraduate Mathematical Contest in Modeling"],
    issuer: ["中国工业与应用数学学会", "China Society for Industrial and Applied Mathematics"],
    rounds: [
      ["浙江赛区", "Zhejiang division", 85],
      ["全国", "national", 15],
    ],
    prizes: [
      ["一等奖", "First Prize", 25],
      ["二等奖", "Second Prize", 75],
    ],
    only: "BACHELOR",
    skills: ["python-data", "statistics"],
    families: ["data-analysis"],
  },
  "ad-art": {
    name: ["全国大学生广告艺术大赛", "National College Students' Advertising Art Competition"],
    issuer: ["中国高等教育学会", "China Association of Higher Education"],
    rounds: [
      ["浙江赛区", "Zhejiang division", 85],
      ["全国", "national", 15],
    ],
    skills: ["photoshop", "premiere-pro", "video-scripting"],
    families: ["overseas-marketing", "live-stream-selling", "dtc-brand"],
  },
  "moot-court": {
    name: ["浙江省大学生模拟法庭竞赛", "Zhejiang College Students' Moot Court Competition"],
    issuer: ["浙江省法学会", "Zhejiang Law Society"],
    rounds: PROVINCE,
    only: "BACHELOR",
    skills: [],
    families: ["compliance"],
  },
  "accounting-skills": {
    name: ["浙江省大学生财会信息化竞赛", "Zhejiang College Students' Accounting Informatisation Competition"],
    issuer: ["浙江省教育厅", "Zhejiang Provincial Department of Education"],
    rounds: PROVINCE,
    skills: ["kingdee", "excel"],
    families: ["finance"],
  },
  "intl-live": {
    name: ["杭州国际学生跨境电商直播大赛", "Hangzhou International Students' Cross-border Live-selling Contest"],
    issuer: ["中国（杭州）跨境电子商务综合试验区", "China (Hangzhou) Cross-border E-commerce Comprehensive Pilot Zone"],
    rounds: PROVINCE,
    skills: ["live-selling", "tiktok-content"],
    families: ["live-stream-selling"],
  },
  scholarship: {
    name: ["校级{prize}奖学金", "College scholarship ({prize})"],
    issuer: null,
    rounds: PROVINCE,
    prizes: [
      ["一等", "first class", 15],
      ["二等", "second class", 35],
      ["三等", "third class", 50],
    ],
    skills: [],
    families: [],
  },
  "endeavor-scholarship": {
    name: ["国家励志奖学金", "National Endeavor Scholarship"],
    issuer: ["教育部", "Ministry of Education"],
    rounds: PROVINCE,
    prizes: [["", "", 1]],
    skills: [],
    families: [],
  },
};

// ---------------------------------------------------------------------------------------------
// Experience

/** Internship titles per job family. */
export const INTERN_ROLES: Readonly<Record<string, readonly Pair[]>> = {
  "platform-operation": [
    ["跨境电商运营实习生", "Cross-border E-commerce Operations Intern"],
    ["亚马逊运营助理（实习）", "Amazon Operations Assistant (intern)"],
    ["店铺运营实习生", "Store Operations Intern"],
    ["外贸业务实习生", "Foreign Trade Sales Intern"],
  ],
  "overseas-marketing": [
    ["海外社媒运营实习生", "Social Media Marketing Intern"],
    ["海外营销实习生", "Overseas Marketing Intern"],
    ["红人营销实习生", "Influencer Marketing Intern"],
  ],
  "logistics-warehousing": [
    ["跨境物流实习生", "Cross-border Logistics Intern"],
    ["单证与报关实习生", "Documentation and Customs Intern"],
    ["仓储运营实习生", "Warehouse Operations Intern"],
  ],
  "dtc-brand": [
    ["独立站运营实习生", "DTC Website Operations Intern"],
    ["品牌运营实习生", "Brand Marketing Intern"],
  ],
  "live-stream-selling": [
    ["直播运营实习生", "Live-stream Operations Intern"],
    ["TikTok 直播助播（实习）", "TikTok Live Co-host (intern)"],
    ["短视频编导实习生", "Short-video Producer Intern"],
  ],
  "customer-service": [
    ["多语种客服实习生", "Multilingual Customer Service Intern"],
    ["售后客服实习生", "After-sales Support Intern"],
  ],
  "sourcing-product": [
    ["选品助理（实习）", "Product Research Assistant (intern)"],
    ["采购实习生", "Purchasing Intern"],
    ["产品开发实习生", "Product Development Intern"],
  ],
  "data-analysis": [
    ["电商数据分析实习生", "E-commerce Data Analyst Intern"],
    ["数据运营实习生", "Data Operations Intern"],
  ],
  compliance: [
    ["合规助理（实习）", "Compliance Assistant (intern)"],
    ["知识产权实习生", "Intellectual Property Intern"],
  ],
  finance: [
    ["财务实习生", "Finance Intern"],
    ["会计助理（实习）", "Accounting Assistant (intern)"],
  ],
};

/** What the student did in an internship of the family: [zh, en past tense]. */
export const INTERN_DUTIES: Readonly<Record<string, readonly Pair[]>> = {
  "platform-operation": [
    ["负责商品上架、标题和五点描述优化", "listed products and rewrote titles and bullet points"],
    ["跟进每日订单和库存，整理周销售报表", "followed daily orders and stock and compiled the weekly sales report"],
    ["协助设置秒杀和优惠券活动", "helped set up lightning deals and coupons"],
    ["回复买家询盘并跟进样品单", "answered buyer inquiries and followed up sample orders"],
  ],
  "overseas-marketing": [
    ["负责 Instagram 和 TikTok 账号的日常内容发布", "posted daily content on our Instagram and TikTok accounts"],
    ["联系海外红人并跟进寄样", "reached out to overseas influencers and followed up product samples"],
    ["整理广告投放数据，制作周报", "pulled ad data together into weekly reports"],
  ],
  "logistics-warehousing": [
    ["负责 FBA 头程订舱和物流跟踪", "booked FBA inbound shipments and tracked them"],
    ["制作报关单证，对接货代", "prepared customs documents and worked with freight forwarders"],
    ["协助海外仓入库和盘点", "helped with overseas-warehouse receiving and stock counts"],
  ],
  "dtc-brand": [
    ["维护 Shopify 独立站的商品和页面", "kept products and pages of our Shopify store up to date"],
    ["撰写博客文章，做基础 SEO 优化", "wrote blog posts and did basic SEO"],
    ["搭建邮件营销流程", "set up email marketing flows"],
  ],
  "live-stream-selling": [
    ["做场控，负责上架链接和评论区互动", "ran the stream control: product links and comment replies"],
    ["撰写直播脚本，整理每场直播数据", "wrote stream rundowns and reviewed the numbers after each stream"],
    ["拍摄和剪辑带货短视频", "shot and edited short selling videos"],
  ],
  "customer-service": [
    ["用英语处理买家邮件和站内信", "handled buyer emails and messages in English"],
    ["处理退换货和差评", "dealt with returns, exchanges and negative reviews"],
    ["整理常见问题模板", "built a library of reply templates"],
  ],
  "sourcing-product": [
    ["用卖家精灵做市场调研，提交选品报告", "researched markets with SellerSprite and wrote product-selection reports"],
    ["在 1688 上找厂家、比价、跟进打样", "found factories on 1688, compared prices and followed samples"],
    ["核算新品成本和利润", "worked out costs and margins of new products"],
  ],
  "data-analysis": [
    ["用 Excel 和 SQL 整理销售和广告数据", "organised sales and ad data with Excel and SQL"],
    ["制作运营数据看板", "built dashboards for the operations team"],
    ["分析广告投放效果，提出优化建议", "analysed ad performance and suggested improvements"],
  ],
  compliance: [
    ["收集产品认证资料，跟进 CE 认证", "collected certification documents and followed up CE marking"],
    ["做商标检索和侵权排查", "ran trademark searches and infringement checks"],
  ],
  finance: [
    ["核对平台结算和回款", "reconciled marketplace settlements and payouts"],
    ["协助出口退税申报和记账", "helped with bookkeeping and export tax-rebate filings"],
  ],
};

/** Marketplaces students open a small shop on. */
export const OWN_SHOP_MARKETPLACES: Weights = {
  shopee: 4,
  "tiktok-shop": 3,
  etsy: 1,
  ebay: 1,
  aliexpress: 1,
  "independent-site": 1,
  amazon: 0.5,
};

// ---------------------------------------------------------------------------------------------
// Headlines and summaries

export interface Sentence {
  text: Pair;
  /** The sentence needs these facts; it is skipped for students without them. */
  needs?: readonly ("mp" | "shop" | "internship" | "skills" | "international" | "langs" | "award")[];
}

/** Headlines longer than the profile form allows (80 characters) are not used. */
export const HEADLINES: readonly Sentence[] = [
  { text: ["{major}专业{year}届{status}", "{majorEn} {statusEn}, class of {year}"] },
  { text: ["{college}{major}专业{year}届{status}", "{majorEn} {statusEn} at {collegeEn}, class of {year}"] },
  { text: ["求职{family}方向｜{major}专业{year}届", "Looking for {familyEn} roles | {majorEn}, class of {year}"] },
  { text: ["{year}届{major}{status}，想做{family}", "Class of {year} {majorEn} {statusEn} aiming for {familyEn}"] },
  {
    text: ["熟悉{mp}后台操作的{major}专业学生", "{majorEn} student with hands-on {mpEn} experience"],
    needs: ["mp"],
  },
  {
    text: ["有{mp}店铺实战经验的{year}届{status}", "Class of {year} {statusEn} who has run a shop on {mpEn}"],
    needs: ["shop"],
  },
  {
    text: ["在{company}实习过的{major}专业{status}", "{majorEn} {statusEn}, formerly an intern at {companyEn}"],
    needs: ["internship"],
  },
  {
    text: [
      "来自{country}的国际学生，HSK {hsk} 级，求职{family}",
      "International student from {countryEn}, HSK {hsk}, looking for {familyEn} roles",
    ],
    needs: ["international"],
  },
];

export const INTRO_SENTENCES: readonly Sentence[] = [
  {
    text: [
      "我是{college}{major}专业{year}届{degree}{status}。",
      "I am {aDegreeEn} {statusEn} in {majorEn} at {collegeEn}, class of {year}.",
    ],
  },
  {
    text: [
      "{college}{major}专业{degree}，{year}年毕业。",
      "{majorEn} ({degreeNounEn}) at {collegeEn}, {graduatesEn} {year}.",
    ],
  },
  {
    text: [
      "我是来自{country}的国际学生，在{college}读{major}专业。",
      "I am an international student from {countryEn}, studying {majorEn} at {collegeEn}.",
    ],
    needs: ["international"],
  },
];

export const COURSE_SENTENCES: readonly Sentence[] = [
  { text: ["主修课程包括{courses}。", "My courses include {coursesEn}."] },
  { text: ["在校系统学习了{courses}等课程。", "At college I studied {coursesEn}, among others."] },
];

export const EXPERIENCE_SENTENCES: readonly Sentence[] = [
  {
    text: [
      "曾在{company}实习{months}个月，{duty}。",
      "I interned at {companyEn} for {months} months, where I {dutyEn}.",
    ],
    needs: ["internship"],
  },
  {
    text: ["在{company}的实习中，我{duty}。", "During my internship at {companyEn} I {dutyEn}."],
    needs: ["internship"],
  },
  {
    text: [
      "在校期间在{mp}开过一家{cat}小店，累计完成 {orders} 多单。",
      "While studying I ran a small {catEn} shop on {mpEn} with more than {orders} orders.",
    ],
    needs: ["shop"],
  },
];

export const SKILL_SENTENCES: readonly Sentence[] = [
  { text: ["熟练使用{skills}。", "I work confidently with {skillsEn}."], needs: ["skills"] },
  { text: ["会用{skills}，上手新工具很快。", "I use {skillsEn} and pick up new tools quickly."], needs: ["skills"] },
];

export const LANGUAGE_SENTENCES: readonly Sentence[] = [
  { text: ["语言能力：{langs}。", "Languages: {langsEn}."], needs: ["langs"] },
  {
    text: [
      "中文达到 HSK {hsk} 级，可以用中文和同事顺畅沟通。",
      "My Chinese is at HSK {hsk}: I work with colleagues in Chinese without trouble.",
    ],
    needs: ["international"],
  },
];

export const AWARD_SENTENCES: readonly Sentence[] = [
  { text: ["曾获{award}。", "Among my awards: {awardEn}."], needs: ["award"] },
];

export const TRAIT_SENTENCES: readonly Pair[] = [
  ["做事细心，对数据敏感，喜欢复盘。", "I am careful, good with numbers and like to review what worked."],
  ["性格开朗，沟通能力强，适应快节奏的工作。", "I am outgoing, communicate clearly and enjoy a fast pace."],
  [
    "学习能力强，对海外社媒和新平台保持好奇。",
    "I learn quickly and stay curious about overseas social media and new platforms.",
  ],
  ["有团队合作精神，担任过班级学习委员。", "I am a team player and served as my class's study representative."],
  ["抗压能力强，能接受大促期间的加班和倒班。", "I stay calm under pressure and can work peak-season shifts."],
  ["审美在线，喜欢做图和剪短视频。", "I have a good eye and enjoy making images and editing short videos."],
  ["逻辑清晰，习惯用 Excel 整理和分析数据。", "I think in a structured way and like organising data in Excel."],
  ["责任心强，答应的事情一定按时完成。", "I am reliable: what I take on gets done on time."],
  [
    "参加过学生会外联部，擅长和陌生人打交道。",
    "I worked in the student union's outreach team and am at ease with new people.",
  ],
];

export const GOAL_SENTENCES: readonly Sentence[] = [
  { text: ["希望在{city}从事{family}相关工作。", "I am looking for {aFamilyEn} role in {cityEn}."] },
  {
    text: [
      "希望加入有自有品牌的出海企业，从{family}做起。",
      "I would like to join a brand going global and start in {familyEn}.",
    ],
  },
  {
    text: [
      "目标是三年内成长为能独当一面的{family}骨干。",
      "My goal is to grow into a self-reliant {familyEn} professional within three years.",
    ],
  },
];
