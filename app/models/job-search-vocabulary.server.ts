/**
 * The job search's vocabulary (the values each facet accepts, and their names), read from a given
 * database: the worker's alert runs pass their own client, so this module must not import the
 * app's ~/db.server.
 */
import { CITY_KEYS } from "~/data/zhejiang";
import { SALARY_BANDS } from "~/data/job-search";
import type { PrismaClient } from "~/generated/prisma/client";
import { Education, EmploymentType, RoleLevel } from "~/generated/prisma/enums";
import type { JobSearchVocabulary } from "../../search";

export interface Label {
  zh: string;
  en: string;
}

/**
 * Names of the values that live in the database (the rest are translations or places): facet
 * values, and the colleges a "near" search may start from.
 */
export type SearchLabels = Record<"family" | "marketplace" | "language" | "session" | "college", Record<string, Label>>;

/** The vocabulary read from `db` (the worker passes its own client). */
export async function loadJobSearchVocabulary(
  db: PrismaClient,
): Promise<{ values: JobSearchVocabulary; labels: SearchLabels }> {
  const names = { select: { key: true, nameZh: true, nameEn: true } } as const;
  const [families, marketplaces, languages, sessions, colleges] = await Promise.all([
    db.talentFamily.findMany({ ...names, orderBy: { sortOrder: "asc" } }),
    db.marketplace.findMany({ ...names, orderBy: { key: "asc" } }),
    db.language.findMany({ ...names, orderBy: { key: "asc" } }),
    db.fairSession.findMany({ select: { slug: true, themeZh: true, themeEn: true }, orderBy: { startsAt: "asc" } }),
    db.college.findMany({
      select: { key: true, nameZh: true, nameEn: true, latitude: true, longitude: true },
      orderBy: { key: "asc" },
    }),
  ]);
  const labels = (rows: { key: string; nameZh: string; nameEn: string }[]) =>
    Object.fromEntries(rows.map((row) => [row.key, { zh: row.nameZh, en: row.nameEn }]));
  return {
    values: {
      family: families.map((f) => f.key),
      level: Object.values(RoleLevel),
      city: CITY_KEYS,
      salary: SALARY_BANDS.map((band) => band.key),
      marketplace: marketplaces.map((m) => m.key),
      language: languages.map((l) => l.key),
      type: Object.values(EmploymentType),
      education: Object.values(Education),
      session: sessions.map((s) => s.slug),
      colleges: Object.fromEntries(colleges.map((c) => [c.key, { lat: c.latitude, lng: c.longitude }])),
    },
    labels: {
      college: labels(colleges),
      family: labels(families),
      marketplace: labels(marketplaces),
      language: labels(languages),
      session: Object.fromEntries(sessions.map((s) => [s.slug, { zh: s.themeZh, en: s.themeEn }])),
    },
  };
}
