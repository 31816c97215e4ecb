/**
 * Matching both ways against the real PostgreSQL and Meilisearch, on a slice of the demo fair:
 * recommendations ranked by the match score and explained in the catalogue's terms (with courses
 * for gaps), the personalisation switch, and a job's ranked candidates that only ever include
 * students whose consent is current in the database.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import {
  JOB_DOCUMENT_SELECT,
  createSearchClient,
  discoverableWhere,
  matchJobFromDocument,
  matchScore,
  reindexCandidates,
  searchableWhere,
  toJobDocument,
} from "../../search";
import { seedSmallDemo, testSearch } from "../../scripts/test/demo";
import { searchPublicJobs } from "./job-search.server";
import {
  MAX_PAGES,
  jobsForStudent,
  loadMatchStudent,
  rankedCandidatesForJob,
  setPersonalisation,
  type RecommendedJob,
} from "./matching.server";

let studentId: string;
/** The job made to fit the student except for one skill that a course teaches. */
let target: { jobId: string; skillKey: string; courseKeys: string[] };

beforeAll(async () => {
  await seedSmallDemo();
  const context = { client: createSearchClient(testSearch), prefix: testSearch.indexPrefix, db: prisma };

  // A published job asking for a skill that some course teaches, and a student who has everything
  // else it asks for but not that skill.
  const now = new Date();
  const job = await prisma.job.findFirstOrThrow({
    where: { ...searchableWhere(now), skills: { some: { required: true, skill: { courses: { some: {} } } } } },
    select: {
      id: true,
      family: { select: { key: true } },
      city: true,
      skills: {
        select: { required: true, level: true, skillId: true, skill: { select: { key: true, courses: true } } },
      },
      abilityUnits: { select: { abilityUnitId: true } },
      languages: { select: { languageId: true, minLevelId: true } },
    },
    orderBy: { id: "asc" },
  });
  const gap = job.skills.find((s) => s.required && s.skill.courses.length > 0)!;
  const profile = await prisma.studentProfile.findFirstOrThrow({
    where: discoverableWhere(),
    select: { id: true },
    orderBy: { id: "asc" },
  });
  studentId = profile.id;
  await prisma.$transaction([
    prisma.studentSkill.deleteMany({ where: { profileId: studentId } }),
    prisma.studentAbilityUnit.deleteMany({ where: { profileId: studentId } }),
    prisma.studentLanguage.deleteMany({ where: { profileId: studentId } }),
    prisma.studentProfile.update({
      where: { id: studentId },
      data: { desiredFamilies: [job.family.key], desiredCities: [job.city], personalised: true },
    }),
    prisma.studentSkill.createMany({
      data: job.skills
        .filter((s) => s.skillId !== gap.skillId)
        .map((s) => ({ profileId: studentId, skillId: s.skillId, level: 3 })),
    }),
    prisma.studentAbilityUnit.createMany({
      data: job.abilityUnits.map((u) => ({
        profileId: studentId,
        abilityUnitId: u.abilityUnitId,
        level: 3,
        evidence: "COURSE" as const,
      })),
    }),
    prisma.studentLanguage.createMany({
      data: job.languages.map((l) => ({ profileId: studentId, languageId: l.languageId, levelId: l.minLevelId })),
    }),
  ]);
  const courses = await prisma.courseSkill.findMany({
    where: { skillId: gap.skillId },
    select: { course: { select: { key: true } } },
  });
  target = { jobId: job.id, skillKey: gap.skill.key, courseKeys: courses.map((c) => c.course.key) };
  await reindexCandidates(context);
}, 240_000);

async function allRecommendations(): Promise<RecommendedJob[]> {
  const jobs: RecommendedJob[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await jobsForStudent(studentId, page);
    if (result?.status !== "ok" || !result.personalised) throw new Error(`page ${page}: ${JSON.stringify(result)}`);
    jobs.push(...result.jobs);
    if (page >= result.totalPages) break;
  }
  return jobs;
}

describe("jobs for you", () => {
  it("ranks open jobs by the match score, best first, and no open job scores higher than the first", async () => {
    const jobs = await allRecommendations();
    expect(jobs.length).toBeGreaterThan(10);
    const scores = jobs.map((job) => job.match.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    // Recomputed from the database for every open job: retrieval missed nothing better.
    const student = (await loadMatchStudent(studentId))!;
    const now = new Date();
    const rows = await prisma.job.findMany({ where: searchableWhere(now), select: JOB_DOCUMENT_SELECT });
    const best = Math.max(
      ...rows.map((row) => matchScore(student, matchJobFromDocument(toJobDocument(row)), now).score),
    );
    expect(scores[0]).toBe(best);
    for (const job of jobs) {
      const row = rows.find((r) => r.id === job.id);
      expect(row, "every recommended job is open in the database").toBeDefined();
      expect(job.match.score).toBe(matchScore(student, matchJobFromDocument(toJobDocument(row!)), now).score);
    }
  });

  it("explains a match in the catalogue's terms and names a course for the missing skill", async () => {
    const first = await jobsForStudent(studentId, 1);
    if (first?.status !== "ok" || !first.personalised) throw new Error("expected recommendations");
    const job = first.jobs.find((j) => j.id === target.jobId);
    expect(job, "the job made to fit is on the first page").toBeDefined();
    const gap = job!.match.missing.find((r) => r.factor === "skills" && r.key === target.skillKey);
    expect(gap).toMatchObject({ required: true, have: 0 });
    expect(gap!.name!.zh).toMatch(/\S/);
    expect(gap!.name!.en).toMatch(/\S/);
    expect(gap!.courses!.length).toBeGreaterThan(0);
    for (const course of gap!.courses!) expect(target.courseKeys).toContain(course.key);
    expect(job!.match.met.some((r) => r.factor === "family" && r.code === "family_wanted")).toBe(true);
  });

  it("shows plain search, the same for everyone, when personalisation is off", async () => {
    await setPersonalisation(studentId, false);
    try {
      const plain = await jobsForStudent(studentId, 1);
      if (plain?.status !== "ok") throw new Error("expected a list");
      expect(plain.personalised).toBe(false);
      expect(plain.jobs.some((job) => "match" in job)).toBe(false);
      const search = await searchPublicJobs(new URLSearchParams("sort=newest&perPage=10"));
      if (search.status !== "ok") throw new Error("expected search results");
      expect(plain.jobs.map((job) => job.id)).toEqual(search.result.jobs.map((job) => job.id));
    } finally {
      await setPersonalisation(studentId, true);
    }
    const again = await jobsForStudent(studentId, 1);
    expect(again).toMatchObject({ status: "ok", personalised: true });
  });
});

describe("ranked candidates for a job", () => {
  it("ranks discoverable students by the match score and drops one whose consent was withdrawn, index or not", async () => {
    const first = await rankedCandidatesForJob(target.jobId, new URLSearchParams());
    if (first.status !== "ok") throw new Error("expected candidates");
    expect(first.candidates.length).toBeGreaterThan(0);
    const scores = first.candidates.map((c) => c.match.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // The student made to fit this job is the best candidate.
    expect(first.candidates[0]!.id).toBe(studentId);
    expect(first.candidates[0]!.match.missing.map((r) => r.key)).toContain(target.skillKey);
    // Nothing a recruiter may not see: no names or contact details in the result.
    expect(JSON.stringify(first.candidates)).not.toMatch(/fullName|phone|email/);

    // The recruiter's criteria narrow the list: excluding the student's wanted city drops the student.
    const { desiredCities } = await prisma.studentProfile.findUniqueOrThrow({ where: { id: studentId } });
    const excluded = await rankedCandidatesForJob(
      target.jobId,
      new URLSearchParams({ city: desiredCities[0]!, cityMode: "exclude" }),
    );
    if (excluded.status !== "ok") throw new Error("expected candidates");
    expect(excluded.candidates.map((c) => c.id)).not.toContain(studentId);
    // Filter syntax in a value is refused, never obeyed.
    const hostile = await rankedCandidatesForJob(
      target.jobId,
      new URLSearchParams({ city: 'hangzhou" OR id EXISTS OR city = "x', cityMode: "must" }),
    );
    expect(hostile.status).toBe("invalid");

    const user = await prisma.studentProfile.findUniqueOrThrow({ where: { id: studentId }, select: { userId: true } });
    await prisma.consent.updateMany({
      where: { userId: user.userId, purpose: "DISCOVERABLE", withdrawnAt: null },
      data: { withdrawnAt: new Date() },
    });
    const after = await rankedCandidatesForJob(target.jobId, new URLSearchParams());
    if (after.status !== "ok") throw new Error("expected candidates");
    expect(after.candidates.map((c) => c.id)).not.toContain(studentId);
  });
});
