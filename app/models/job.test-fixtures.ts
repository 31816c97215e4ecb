/** Job fields for tests: a valid live-stream job of the seeded catalogue. */
import { shanghaiDay, type JobFields } from "./job-form";

export function sampleFields(overrides: Partial<JobFields> = {}): JobFields {
  return {
    titleZh: "TikTok Shop 直播运营",
    titleEn: "TikTok Shop live-stream operator",
    descriptionZh: "负责 TikTok Shop 美区直播间的排期、选品和数据复盘，与主播一起提升转化。",
    descriptionEn: "Plans and reviews our TikTok Shop US live streams with the hosts: schedule, products, conversion.",
    family: "live-stream-selling",
    role: "live-stream-assistant",
    employmentType: "FULL_TIME",
    workMode: "ON_SITE",
    education: "ASSOCIATE",
    experienceYears: 0,
    headcount: 3,
    salaryMin: 6000,
    salaryMax: 9000,
    salaryPeriod: "MONTH",
    city: "hangzhou",
    district: "yuhang",
    addressZh: "杭州市余杭区文一西路 1500 号",
    addressEn: "No. 1500 Wenyi West Road, Yuhang, Hangzhou",
    validThrough: shanghaiDay(new Date(), 30),
    requiredSkills: [{ key: "obs-streaming", level: 2 }],
    preferredSkills: [{ key: "capcut", level: 1 }],
    requiredAbilityUnits: [],
    preferredAbilityUnits: [],
    requiredLanguages: [{ language: "en", level: "en-cet-4" }],
    preferredLanguages: [],
    marketplaces: ["tiktok-shop"],
    sessions: ["2026-winter-2"],
    ...overrides,
  };
}
