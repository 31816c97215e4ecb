/**
 * Matching both ways for the pages: "Jobs for you" (a student's recommendations, or plain search
 * when personalisation is off) and a job's ranked candidates. The search package ranks; this
 * module hydrates the page from the database, which has the last word on what may be shown, and
 * names every reason in the catalogue's terms, with courses for what is missing.
 */
import { prisma } from "~/db.server";
import type { PrismaClient } from "~/generated/prisma/client";
import { getSearch } from "~/search.server";
import { cachedFor } from "~/utils/cache.server";
import {
  CANDIDATE_DOCUMENT_SELECT,
  candidateFilter,
  parseCandidateSearchParams,
  JOB_DOCUMENT_SELECT,
  discoverableWhere,
  isSearchUnavailable,
  matchJobFromDocument,
  matchStudentFromDocument,
  rankCandidates,
  recommendJobs,
  parseJobSearchParams,
  searchJobs,
  toCandidateDocument,
  toJobDocument,
  type CandidateSearchParams,
  type GeoPoint,
  type MatchResult,
  type MatchStudent,
  type ParamProblem,
  type Reason,
} from "../../search";
import { listSearchableJobs, type JobCard } from "./job.server";
import { getCandidateSearchVocabulary } from "./candidate-search.server";
import { getJobSearchVocabulary } from "./job-search.server";

export interface Label {
  zh: string;
  en: string;
}

export interface CourseView {
  key: string;
  name: Label;
  trainingBase: Label;
  hours: number;
}

/** A reason with the catalogue's names, and for a missing skill or ability unit the courses that teach it. */
export type ReasonView = Reason & { name?: Label; courses?: CourseView[] };

export interface ExplainedMatch {
  score: number;
  met: ReasonView[];
  missing: ReasonView[];
}

/** Pages show this many reasons of each kind; the rest are counted. */
const REASONS_SHOWN = 6;
/** Courses named per gap. */
const COURSES_PER_GAP = 2;
export const PER_PAGE = 10;
/** Pages of recommendations (the re-ranked window is a few hundred jobs). */
export const MAX_PAGES = 10;

/** College coordinates: distances are measured from the student's college. */
export const collegeLocations = cachedFor(
  600_000,
  async (): Promise<ReadonlyMap<string, GeoPoint>> =>
    new Map(
      (await prisma.college.findMany({ select: { key: true, latitude: true, longitude: true } })).map((c) => [
        c.key,
        { lat: c.latitude, lng: c.longitude },
      ]),
    ),
);

type Named = { key: string; nameZh: string; nameEn: string };
const label = (row: { nameZh: string; nameEn: string }): Label => ({ zh: row.nameZh, en: row.nameEn });
const byKey = (rows: Named[]) => new Map(rows.map((row) => [row.key, label(row)]));

/** The catalogue's names and its courses per skill and ability unit: reference data, changed only by an import. */
const catalogue = cachedFor(600_000, async () => {
  const names = { select: { key: true, nameZh: true, nameEn: true } } as const;
  const course = {
    select: {
      key: true,
      nameZh: true,
      nameEn: true,
      hours: true,
      trainingBase: { select: { nameZh: true, nameEn: true } },
    },
  } as const;
  const [families, skills, units, languages, marketplaces, skillCourses, unitCourses] = await Promise.all([
    prisma.talentFamily.findMany(names),
    prisma.skill.findMany(names),
    prisma.abilityUnit.findMany(names),
    prisma.language.findMany(names),
    prisma.marketplace.findMany(names),
    prisma.courseSkill.findMany({ select: { skill: { select: { key: true } }, course } }),
    prisma.courseAbilityUnit.findMany({ select: { abilityUnit: { select: { key: true } }, course } }),
  ]);
  const coursesBy = (links: { key: string; course: (typeof skillCourses)[number]["course"] }[]) => {
    const map = new Map<string, CourseView[]>();
    for (const { key, course: c } of links) {
      const list = map.get(key) ?? [];
      list.push({ key: c.key, name: label(c), trainingBase: label(c.trainingBase), hours: c.hours });
      map.set(key, list);
    }
    // The shortest courses first: the quickest way to close a gap.
    for (const list of map.values()) list.sort((a, b) => a.hours - b.hours || a.key.localeCompare(b.key));
    return map;
  };
  return {
    names: {
      family: byKey(families),
      skills: byKey(skills),
      abilityUnits: byKey(units),
      languages: byKey(languages),
      marketplaces: byKey(marketplaces),
    } as Record<string, Map<string, Label>>,
    courses: {
      skills: coursesBy(skillCourses.map((l) => ({ key: l.skill.key, course: l.course }))),
      abilityUnits: coursesBy(unitCourses.map((l) => ({ key: l.abilityUnit.key, course: l.course }))),
    } as Record<string, Map<string, CourseView[]>>,
  };
});

/** Names every reason (and courses for missing skills and ability units), keeping the first few of each kind. */
export async function explain(match: MatchResult): Promise<ExplainedMatch> {
  const { names, courses } = await catalogue();
  const view = (reason: Reason, withCourses: boolean): ReasonView => {
    const name = reason.key ? names[reason.factor]?.get(reason.key) : undefined;
    const taught = withCourses && reason.key ? courses[reason.factor]?.get(reason.key) : undefined;
    return {
      ...reason,
      ...(name ? { name } : {}),
      ...(taught ? { courses: taught.slice(0, COURSES_PER_GAP) } : {}),
    };
  };
  return {
    score: match.score,
    met: varied(match.met).map((r) => view(r, false)),
    missing: varied(match.missing).map((r) => view(r, true)),
  };
}

/**
 * The first REASONS_SHOWN reasons, one factor at a time (the heaviest first), so that ten met skills
 * do not hide that the job is in a family the student wants.
 */
function varied(reasons: Reason[]): Reason[] {
  const byFactor = new Map<string, Reason[]>();
  for (const reason of reasons) byFactor.set(reason.factor, [...(byFactor.get(reason.factor) ?? []), reason]);
  const picked: Reason[] = [];
  for (let round = 0; picked.length < REASONS_SHOWN && picked.length < reasons.length; round++) {
    for (const list of byFactor.values()) if (list[round] && picked.length < REASONS_SHOWN) picked.push(list[round]!);
  }
  return picked;
}

/** A student as the match score sees them: the same document the candidates index would hold. */
export async function loadMatchStudent(profileId: string, db: PrismaClient = prisma): Promise<MatchStudent | null> {
  const row = await db.studentProfile.findUnique({ where: { id: profileId }, select: CANDIDATE_DOCUMENT_SELECT });
  return row ? matchStudentFromDocument(toCandidateDocument(row), await collegeLocations()) : null;
}

export type RecommendedJob = JobCard & { match: ExplainedMatch };

export type JobsForYou =
  | { status: "ok"; personalised: true; jobs: RecommendedJob[]; total: number; page: number; totalPages: number }
  | { status: "ok"; personalised: false; jobs: JobCard[]; total: number; page: number; totalPages: number }
  | { status: "unavailable"; personalised: boolean };

/** Plain search when personalisation is off: every open job, newest first, the same for everyone. */
const plainSearch = (page: number) =>
  new URLSearchParams({ sort: "newest", perPage: String(PER_PAGE), page: String(page) });

export async function jobsForStudent(profileId: string, page: number, now = new Date()): Promise<JobsForYou | null> {
  const profile = await prisma.studentProfile.findUnique({ where: { id: profileId }, select: { personalised: true } });
  if (!profile) return null;
  const { client, prefix } = getSearch();
  try {
    if (!profile.personalised) {
      const parsed = parseJobSearchParams(plainSearch(page), (await getJobSearchVocabulary()).values);
      if (!parsed.ok) throw new Error(`plain search parameters rejected: ${JSON.stringify(parsed.problems)}`);
      const found = await searchJobs(client, prefix, parsed.params, now);
      const jobs = await listSearchableJobs(
        found.hits.map((hit) => hit.id),
        now,
      );
      return {
        status: "ok",
        personalised: false,
        jobs,
        total: found.totalHits,
        page,
        totalPages: Math.min(found.totalPages, MAX_PAGES),
      };
    }
    const student = await loadMatchStudent(profileId);
    if (!student) return null;
    const ranked = await recommendJobs(client, prefix, student, {
      now,
      offset: (page - 1) * PER_PAGE,
      limit: PER_PAGE,
    });
    const cards = new Map(
      (
        await listSearchableJobs(
          ranked.hits.map((hit) => hit.id),
          now,
        )
      ).map((c) => [c.id, c]),
    );
    const jobs = await Promise.all(
      ranked.hits.flatMap((hit) => {
        const card = cards.get(hit.id);
        return card ? [explain(hit.match).then((match) => ({ ...card, match }))] : [];
      }),
    );
    return {
      status: "ok",
      personalised: true,
      jobs,
      total: ranked.total,
      page,
      totalPages: Math.min(Math.ceil(ranked.total / PER_PAGE), MAX_PAGES),
    };
  } catch (error) {
    if (isSearchUnavailable(error)) return { status: "unavailable", personalised: profile.personalised };
    throw error;
  }
}

/** PIPL art. 24: the student can turn recommendations based on their profile off (and on again). */
export async function setPersonalisation(profileId: string, personalised: boolean): Promise<void> {
  await prisma.studentProfile.update({ where: { id: profileId }, data: { personalised } });
}

/** What a recruiter may see of a ranked candidate: no name, no contact details. */
const CANDIDATE_CARD_SELECT = {
  id: true,
  headlineZh: true,
  headlineEn: true,
  graduationYear: true,
  degree: true,
  city: true,
  college: { select: { key: true, nameZh: true, nameEn: true } },
  major: { select: { key: true, nameZh: true, nameEn: true } },
} as const;

export type RankedCandidate = {
  id: string;
  headlineZh: string;
  headlineEn: string;
  graduationYear: number | null;
  degree: string | null;
  city: string | null;
  college: Named | null;
  major: Named | null;
  match: ExplainedMatch;
};

export type RankedCandidates =
  | {
      status: "ok";
      criteria: CandidateSearchParams;
      candidates: RankedCandidate[];
      total: number;
      page: number;
      totalPages: number;
    }
  | { status: "unavailable"; criteria: CandidateSearchParams }
  | { status: "invalid"; problems: ParamProblem[] };

/** The job as the match score sees it (any status: a draft can be matched before it is published). */
export async function loadMatchJob(jobId: string) {
  const row = await prisma.job.findUnique({ where: { id: jobId }, select: JOB_DOCUMENT_SELECT });
  return row ? matchJobFromDocument(toJobDocument(row)) : null;
}

/**
 * Candidates for one job of the asking company, best match first, within the candidate search's
 * criteria (`query`: must / exclude / ranges and words; checked against the catalogue and quoted).
 * Only students whose consent is current in the database are shown, even if the index still
 * holds a withdrawn one.
 */
export async function rankedCandidatesForJob(
  jobId: string,
  query: URLSearchParams,
  now = new Date(),
): Promise<RankedCandidates> {
  const job = await loadMatchJob(jobId);
  if (!job) throw new Response(null, { status: 404 });
  const parsed = parseCandidateSearchParams(query, (await getCandidateSearchVocabulary()).values);
  if (!parsed.ok) return { status: "invalid", problems: parsed.problems };
  const criteria = parsed.params;
  if (criteria.page > MAX_PAGES) return { status: "invalid", problems: [{ param: "page", code: "too_big" }] };
  const page = criteria.page;
  const { client, prefix } = getSearch();
  let ranked;
  try {
    ranked = await rankCandidates(client, prefix, job, {
      colleges: await collegeLocations(),
      q: criteria.q,
      filter: candidateFilter(criteria, now),
      now,
      offset: (page - 1) * PER_PAGE,
      limit: PER_PAGE,
    });
  } catch (error) {
    if (isSearchUnavailable(error)) return { status: "unavailable", criteria };
    throw error;
  }
  const ids = ranked.hits.map((hit) => hit.id);
  const rows = await prisma.studentProfile.findMany({
    where: { id: { in: ids }, ...discoverableWhere() },
    select: CANDIDATE_CARD_SELECT,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const candidates = await Promise.all(
    ranked.hits.flatMap((hit) => {
      const row = byId.get(hit.id);
      return row ? [explain(hit.match).then((match) => ({ ...row, match }))] : [];
    }),
  );
  return {
    status: "ok",
    criteria,
    candidates,
    total: ranked.total,
    page,
    totalPages: Math.min(Math.ceil(ranked.total / PER_PAGE), MAX_PAGES),
  };
}

/**
 * The job whose candidates a company member asks for: 404 when there is no such job, 403 when it
 * belongs to another company (job ids are public: every published job has a page).
 */
export async function jobForRanking(companyId: string, jobId: string) {
  const job = await prisma.job.findUnique({
    where: { id: jobId },
    select: { id: true, companyId: true, titleZh: true, titleEn: true, status: true },
  });
  if (!job) throw new Response(null, { status: 404 });
  if (job.companyId !== companyId) throw new Response(null, { status: 403 });
  return job;
}
