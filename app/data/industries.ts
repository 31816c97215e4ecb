/**
 * Industries a company can declare (Company.industry). Plain data shared by the server and the
 * browser; keys are stable and stored in the database.
 */

export const INDUSTRY_KEYS = [
  "cross-border-seller",
  "brand-manufacturer",
  "trading-company",
  "ecommerce-agency",
  "logistics",
  "overseas-warehouse",
  "supply-chain",
  "saas-erp",
  "marketing-agency",
  "live-commerce-mcn",
  "payments",
  "incubator",
  "compliance-services",
  "tax-services",
  "training-education",
] as const;

export type IndustryKey = (typeof INDUSTRY_KEYS)[number];

export interface Industry {
  key: IndustryKey;
  nameZh: string;
  nameEn: string;
}

export const INDUSTRIES: readonly Industry[] = [
  { key: "cross-border-seller", nameZh: "跨境电商卖家", nameEn: "Cross-border e-commerce seller" },
  { key: "brand-manufacturer", nameZh: "品牌制造商（工贸一体）", nameEn: "Brand manufacturer" },
  { key: "trading-company", nameZh: "外贸公司", nameEn: "Trading company" },
  { key: "ecommerce-agency", nameZh: "跨境电商代运营", nameEn: "E-commerce operations agency" },
  { key: "logistics", nameZh: "跨境物流与货代", nameEn: "Cross-border logistics & freight forwarding" },
  { key: "overseas-warehouse", nameZh: "海外仓服务商", nameEn: "Overseas warehouse provider" },
  { key: "supply-chain", nameZh: "供应链服务", nameEn: "Supply-chain services" },
  { key: "saas-erp", nameZh: "SaaS 与 ERP 服务商", nameEn: "SaaS & ERP provider" },
  { key: "marketing-agency", nameZh: "海外营销服务商", nameEn: "Overseas marketing agency" },
  { key: "live-commerce-mcn", nameZh: "直播电商与 MCN 机构", nameEn: "Live commerce & MCN agency" },
  { key: "payments", nameZh: "跨境支付", nameEn: "Cross-border payments" },
  { key: "incubator", nameZh: "跨境电商产业园与孵化器", nameEn: "E-commerce park & incubator" },
  { key: "compliance-services", nameZh: "合规与知识产权服务", nameEn: "Compliance & IP services" },
  { key: "tax-services", nameZh: "财税服务", nameEn: "Tax & accounting services" },
  { key: "training-education", nameZh: "培训与教育", nameEn: "Training & education" },
];

const byKey = new Map<string, Industry>(INDUSTRIES.map((i) => [i.key, i]));

export function isIndustryKey(key: string): key is IndustryKey {
  return byKey.has(key);
}

export function findIndustry(key: string): Industry | undefined {
  return byKey.get(key);
}
