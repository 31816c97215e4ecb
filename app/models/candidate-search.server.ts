/**
 * Candidate search for verified companies: criteria checked against the vocabulary, Meilisearch for
 * ranking and facet counts, the database for who may be shown (consent is checked again: the index
 * may lag a withdrawal), every profile view written to the audit log, and the company's shared
 * saved searches. Callers have authorized the user as a member of a verified company.
 */
import type { Meilisearch } from "meilisearch";
import { SAVED_SEARCHES_MAX, SAVED_SEARCH_NAME_MAX } from "~/data/candidate-search";
import { CITY_KEYS } from "~/data/zhejiang";
import { prisma } from "~/db.server";
import type { PrismaClient } from "~/generated/prisma/client";
import { getSearch } from "~/search.server";
import { cachedFor } from "~/utils/cache.server";
import enCandidates from "~/i18n/locales/candidates.en";
import zhCandidates from "~/i18n/locales/candidates.zh-CN";
import {
  candidateQueryString,
  discoverableWhere,
  isSearchUnavailable,
  parseCandidateSearchParams,
  searchCandidateIndex,
  type CandidateSearchParams,
  type CandidateSearchResult,
  type CandidateSearchVocabulary,
  type MatchedCriterion,
  type ParamProblem,
} from "../../search";
import { audit } from "./audit.server";
import { redactContactDetails } from "./profile-contact";
import { getProfileCatalogue, getStudentProfile, toCandidateView, type CandidateView } from "./profile.server";

export type { CandidateCriteria, CandidateSearchParams, CandidateSort } from "../../search";

export interface Label {
  zh: string;
  en: string;
}

/** Names of the criteria values, for the form and the result cards. */
export type CandidateLabels = Record<
  "college" | "major" | "marketplace" | "skill" | "unit" | "language",
  Record<string, Label>
>;

/** The vocabulary read from `db` (the bench passes its own client). */
export async function loadCandidateVocabulary(
  db: PrismaClient,
): Promise<{ values: CandidateSearchVocabulary; labels: CandidateLabels }> {
  const names = { select: { key: true, nameZh: true, nameEn: true } } as const;
  const [colleges, majors, marketplaces, skills, units, languages] = await Promise.all([
    db.college.findMany({ ...names, orderBy: { key: "asc" } }),
    db.major.findMany({ ...names, orderBy: { key: "asc" } }),
    db.marketplace.findMany({ ...names, orderBy: { key: "asc" } }),
    db.skill.findMany({ ...names, orderBy: { key: "asc" } }),
    db.abilityUnit.findMany({ ...names, orderBy: { key: "asc" } }),
    db.language.findMany({
      select: { key: true, nameZh: true, nameEn: true, levels: { select: { key: true, cefr: true } } },
      orderBy: { key: "asc" },
    }),
  ]);
  const labels = (rows: { key: string; nameZh: string; nameEn: string }[]) =>
    Object.fromEntries(rows.map((row) => [row.key, { zh: row.nameZh, en: row.nameEn }]));
  // Major keys repeat across colleges (each college has its "cbec"): the index stores the key alone.
  const majorKeys = [...new Set(majors.map((major) => major.key))];
  return {
    values: {
      college: colleges.map((c) => c.key),
      major: majorKeys,
      city: CITY_KEYS,
      marketplace: marketplaces.map((m) => m.key),
      skill: skills.map((s) => s.key),
      unit: units.map((u) => u.key),
      language: languages.map((l) => l.key),
      languageLevels: Object.fromEntries(
        languages.map((l) => [l.key, Object.fromEntries(l.levels.map((level) => [level.key, level.cefr]))]),
      ),
    },
    labels: {
      college: labels(colleges),
      major: labels(majors),
      marketplace: labels(marketplaces),
      skill: labels(skills),
      unit: labels(units),
      language: labels(languages),
    },
  };
}

/** The vocabulary changes only with a catalogue import: a minute of staleness is fine. */
export const getCandidateSearchVocabulary = cachedFor(60_000, () => loadCandidateVocabulary(prisma));

const CARD_SELECT = {
  id: true,
  headlineZh: true,
  headlineEn: true,
  degree: true,
  graduationYear: true,
  availableFrom: true,
  desiredCities: true,
  updatedAt: true,
  college: { select: { key: true, nameZh: true, nameEn: true } },
  major: { select: { key: true, nameZh: true, nameEn: true } },
  skills: {
    select: { level: true, skill: { select: { key: true, nameZh: true, nameEn: true } } },
    orderBy: { level: "desc" },
    take: 6,
  },
  languages: {
    select: {
      language: { select: { key: true, nameZh: true, nameEn: true } },
      level: { select: { nameZh: true, nameEn: true } },
    },
  },
} as const;

/** What a result card shows: no name, no contact details. */
export interface CandidateCard {
  id: string;
  headlineZh: string;
  headlineEn: string;
  degree: string | null;
  graduationYear: number | null;
  availableFrom: string | null;
  desiredCities: string[];
  college: { key: string; nameZh: string; nameEn: string } | null;
  major: { key: string; nameZh: string; nameEn: string } | null;
  skills: { key: string; nameZh: string; nameEn: string; level: number }[];
  languages: { key: string; nameZh: string; nameEn: string; levelZh: string; levelEn: string }[];
  /** The nice-to-haves this candidate meets. */
  nice: MatchedCriterion[];
}

export type CandidateSearchOutcome =
  | {
      status: "ok";
      params: CandidateSearchParams;
      /** The canonical query string of these criteria (what "save this search" stores). */
      query: string;
      result: Omit<CandidateSearchResult, "hits"> & { candidates: CandidateCard[] };
    }
  | { status: "invalid"; problems: ParamProblem[] }
  | { status: "unavailable"; params: CandidateSearchParams; query: string };

/**
 * Discoverable students among `ids`, in that order: the database has the last word, so a student
 * who withdrew consent a moment ago is dropped even if the index still holds them.
 */
export async function listDiscoverableCandidates(ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await prisma.studentProfile.findMany({
    where: { id: { in: ids }, ...discoverableWhere() },
    select: CARD_SELECT,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
}

export async function searchCandidates(
  query: URLSearchParams,
  now = new Date(),
  search: { client: Meilisearch; prefix: string } = getSearch(),
): Promise<CandidateSearchOutcome> {
  const parsed = parseCandidateSearchParams(query, (await getCandidateSearchVocabulary()).values);
  if (!parsed.ok) return { status: "invalid", problems: parsed.problems };
  const params = parsed.params;
  const canonical = candidateQueryString(params);
  const { client, prefix } = search;
  let found: CandidateSearchResult;
  try {
    found = await searchCandidateIndex(client, prefix, params, now);
  } catch (error) {
    if (isSearchUnavailable(error)) return { status: "unavailable", params, query: canonical };
    throw error;
  }
  const { hits, ...rest } = found;
  const nice = new Map(hits.map((hit) => [hit.id, hit.nice]));
  const rows = await listDiscoverableCandidates(hits.map((hit) => hit.id));
  return {
    status: "ok",
    params,
    query: canonical,
    result: {
      ...rest,
      candidates: rows.map((row) => ({
        id: row.id,
        headlineZh: redactContactDetails(row.headlineZh),
        headlineEn: redactContactDetails(row.headlineEn),
        degree: row.degree,
        graduationYear: row.graduationYear,
        availableFrom: row.availableFrom?.toISOString() ?? null,
        desiredCities: row.desiredCities,
        college: row.college,
        major: row.major,
        skills: row.skills.map((s) => ({ ...s.skill, level: s.level })),
        languages: row.languages.map((l) => ({ ...l.language, levelZh: l.level.nameZh, levelEn: l.level.nameEn })),
        nice: nice.get(row.id) ?? [],
      })),
    },
  };
}

export interface ProfileViewer {
  userId: string;
  companyId: string;
  ip?: string;
}

/**
 * A discoverable student's profile as a verified company sees it in search, or null (unknown, or
 * not discoverable now — consent is read from the database, not the index). Without an application
 * there is no name, phone, email or résumé; free text is redacted as in the index. Every view is
 * written to the audit log before the profile is returned.
 */
export async function viewCandidateProfile(profileId: string, viewer: ProfileViewer): Promise<CandidateView | null> {
  const discoverable = await prisma.studentProfile.findFirst({
    where: { id: profileId, ...discoverableWhere() },
    select: { id: true },
  });
  if (!discoverable) return null;
  const profile = await getStudentProfile(profileId);
  if (!profile) return null;
  await audit(prisma, {
    actorId: viewer.userId,
    action: "candidate.view",
    subjectType: "StudentProfile",
    subjectId: profileId,
    details: { companyId: viewer.companyId, via: "candidate-search" },
    ip: viewer.ip,
  });
  const { families } = await getProfileCatalogue();
  const view = toCandidateView(profile, "search", { families, resumeHref: "" });
  return {
    ...view,
    // The consent text promises companies in search no contact details; the name stays back too.
    nameZh: zhCandidates.profile.anonymous,
    nameEn: enCandidates.profile.anonymous,
    headlineZh: redactContactDetails(view.headlineZh),
    headlineEn: redactContactDetails(view.headlineEn),
    summaryZh: redactContactDetails(view.summaryZh),
    summaryEn: redactContactDetails(view.summaryEn),
    experiences: view.experiences.map((e) => ({
      ...e,
      organisation: redactContactDetails(e.organisation),
      role: redactContactDetails(e.role),
      description: redactContactDetails(e.description),
    })),
    certifications: view.certifications.map((c) => ({
      ...c,
      name: redactContactDetails(c.name),
      issuer: redactContactDetails(c.issuer),
    })),
    skills: view.skills.map((s) => ({ ...s, evidenceNote: redactContactDetails(s.evidenceNote) })),
    abilityUnits: view.abilityUnits.map((a) => ({ ...a, evidenceNote: redactContactDetails(a.evidenceNote) })),
    // Links lead to pages that name the student: shared only on application.
    portfolioLinks: [],
    contact: null,
    resume: null,
  };
}

// --- Saved searches, shared within the company --------------------------------------------------

export { SAVED_SEARCHES_MAX, SAVED_SEARCH_NAME_MAX };

export interface SavedCandidateSearch {
  id: string;
  name: string;
  query: string;
  createdAt: Date;
  updatedAt: Date;
  savedBy: string | null;
  /** The criteria read with today's vocabulary; null when a catalogue import removed a value since. */
  criteria: CandidateSearchParams | null;
}

const SAVED_SELECT = {
  id: true,
  name: true,
  query: true,
  createdAt: true,
  updatedAt: true,
  user: { select: { email: true } },
} as const;

type SavedRow = { id: string; name: string; query: string; createdAt: Date; updatedAt: Date; user: { email: string } };
const toSaved = (row: SavedRow, vocabulary: CandidateSearchVocabulary): SavedCandidateSearch => {
  const parsed = parseCandidateSearchParams(new URLSearchParams(row.query), vocabulary);
  return {
    id: row.id,
    name: row.name,
    query: row.query,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    savedBy: row.user.email,
    criteria: parsed.ok ? parsed.params : null,
  };
};

/** Every member of the company sees the company's saved candidate searches. */
export async function listCompanySavedSearches(companyId: string): Promise<SavedCandidateSearch[]> {
  const rows = await prisma.savedSearch.findMany({
    where: { companyId, kind: "CANDIDATES" },
    select: SAVED_SELECT,
    orderBy: { updatedAt: "desc" },
    take: SAVED_SEARCHES_MAX,
  });
  const { values } = await getCandidateSearchVocabulary();
  return rows.map((row) => toSaved(row, values));
}

/** One of the company's saved searches; null for another company's (or nobody's) id. */
export async function getCompanySavedSearch(companyId: string, id: string): Promise<SavedCandidateSearch | null> {
  const row = await prisma.savedSearch.findFirst({
    where: { id, companyId, kind: "CANDIDATES" },
    select: SAVED_SELECT,
  });
  return row ? toSaved(row, (await getCandidateSearchVocabulary()).values) : null;
}

export type SaveOutcome = { ok: true; id: string } | { ok: false; problem: "invalid-query" | "too-many" };

/**
 * Saves criteria under a name for the whole company. The query is parsed again against the current
 * vocabulary and stored in its canonical form (never as sent).
 */
export async function saveCandidateSearch(input: {
  companyId: string;
  userId: string;
  name: string;
  query: string;
}): Promise<SaveOutcome> {
  const parsed = parseCandidateSearchParams(
    new URLSearchParams(input.query),
    (await getCandidateSearchVocabulary()).values,
  );
  if (!parsed.ok) return { ok: false, problem: "invalid-query" };
  const count = await prisma.savedSearch.count({ where: { companyId: input.companyId, kind: "CANDIDATES" } });
  if (count >= SAVED_SEARCHES_MAX) return { ok: false, problem: "too-many" };
  const row = await prisma.savedSearch.create({
    data: {
      kind: "CANDIDATES",
      name: input.name,
      query: candidateQueryString(parsed.params),
      userId: input.userId,
      companyId: input.companyId,
    },
    select: { id: true },
  });
  return { ok: true, id: row.id };
}

/** Renames one of the company's saved searches; false when it is not the company's. */
export async function renameCandidateSearch(companyId: string, id: string, name: string): Promise<boolean> {
  const { count } = await prisma.savedSearch.updateMany({
    where: { id, companyId, kind: "CANDIDATES" },
    data: { name },
  });
  return count === 1;
}

/** Deletes one of the company's saved searches; false when it is not the company's. */
export async function deleteCandidateSearch(companyId: string, id: string): Promise<boolean> {
  const { count } = await prisma.savedSearch.deleteMany({ where: { id, companyId, kind: "CANDIDATES" } });
  return count === 1;
}
