/**
 * The limits and choices of the company form, shared by the page (maxLength, options) and the
 * server's schema (./profile-schema). Plain data: no zod, so the browser bundle stays small.
 */
import { ZHEJIANG_CITIES } from "~/data/zhejiang";
import { CompanySize } from "~/generated/prisma/enums";

export const COMPANY_LIMITS = {
  nameZh: 100,
  nameEn: 150,
  website: 200,
  description: 5_000,
  reason: 1_000,
} as const;

/** Logos: PNG, JPEG or WebP by their content, at most 1 MB. */
export const LOGO_MAX_BYTES = 1024 * 1024;
export const LOGO_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;

export const COMPANY_SIZES = Object.values(CompanySize);

/** "hangzhou/binjiang": one choice names the city and its district. */
export function placeValue(city: string, district: string): string {
  return `${city}/${district}`;
}

export const PLACE_OPTIONS = ZHEJIANG_CITIES.map((city) => ({
  city,
  districts: city.districts.map((district) => ({ district, value: placeValue(city.key, district.key) })),
}));

/** Names of the form's fields, for FormErrors (errors of other fields are listed at the top). */
export const COMPANY_FIELD_NAMES = [
  "nameZh",
  "nameEn",
  "uscc",
  "industry",
  "size",
  "place",
  "website",
  "descriptionZh",
  "descriptionEn",
  "logo",
] as const;
