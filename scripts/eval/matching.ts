/**
 * `npm run eval:matching`: is "Jobs for you" better than plain keyword search? For each profile of
 * search/eval/profiles (demo students chosen by a fixed rule), the top 10 of the recommendations
 * and the top 10 of a keyword search (the wanted job family and the two strongest skills, as a
 * student would type them) are compared with judgements made by reading each profile and job
 * (search/eval/judgements.json: relevant / partly / not, one line of rationale each). Prints
 * nDCG@10 and precision@10 of both systems side by side; exits 1 when recommendations do not beat
 * keyword search on nDCG@10 by at least 20 %.
 *
 * `npm run eval:matching -- --pool` writes search/eval/pool.json instead: every profile with the
 * union of both top-10s, described in words and in job-id order (blind: no scores, no system), for
 * judging. Judgements already made are kept; only new pairs need judging.
 *
 * Runs on the bench's demo data (.data/bench, seeded on first use; see scripts/bench/harness.ts).
 */
import fs from "node:fs";
import path from "node:path";
import type { Meilisearch } from "meilisearch";
import type { PrismaClient } from "~/generated/prisma/client";
import {
  CANDIDATE_DOCUMENT_SELECT,
  applyIndexSettings,
  JOB_DOCUMENT_SELECT,
  matchStudentFromDocument,
  parseJobSearchParams,
  recommendJobs,
  searchJobs,
  toCandidateDocument,
  type GeoPoint,
  type JobSearchVocabulary,
  type MatchStudent,
} from "../../search";
import { loadJobSearchVocabulary } from "~/models/job-search-vocabulary.server";
import { openTarget } from "../bench/harness";
import { PROJECT_ROOT, log, runCommand } from "../lib/cli";

const EVAL_DIR = path.join(PROJECT_ROOT, "search", "eval");
const JUDGEMENTS = path.join(EVAL_DIR, "judgements.json");
const POOL = path.join(EVAL_DIR, "pool.json");
const K = 10;
const TARGET_GAIN = 0.2;

export type Grade = "relevant" | "partly" | "not";
const GAIN: Record<Grade, number> = { relevant: 2, partly: 1, not: 0 };

export interface Judgement {
  grade: Grade;
  why: string;
}

export interface JudgementFile {
  /** How grades are given; read by the judge before judging. */
  guide: string;
  /** Who judged, from what. */
  judgedBy: string;
  /** profile id → job id → judgement. */
  judgements: Record<string, Record<string, Judgement>>;
}

/** DCG with the standard log2 discount and graded gains (relevant 2, partly 1). */
export function dcg(gains: number[]): number {
  return gains.slice(0, K).reduce((sum, gain, i) => sum + (2 ** gain - 1) / Math.log2(i + 2), 0);
}

/**
 * nDCG@10 of a ranked list: unjudged jobs count as not relevant; the ideal ranking is taken over
 * every job judged for the profile (the pool of both systems).
 */
export function ndcgAt10(ranked: string[], judged: Record<string, Judgement>): number {
  const gains = ranked.map((id) => GAIN[judged[id]?.grade ?? "not"]);
  const ideal = dcg(
    Object.values(judged)
      .map((j) => GAIN[j.grade])
      .sort((a, b) => b - a),
  );
  return ideal === 0 ? 0 : dcg(gains) / ideal;
}

/** Share of the top 10 judged relevant (partly counts half). */
export function precisionAt10(ranked: string[], judged: Record<string, Judgement>): number {
  return ranked.slice(0, K).reduce((sum, id) => sum + GAIN[judged[id]?.grade ?? "not"] / 2, 0) / K;
}

interface Profile {
  id: string;
  label: string;
  student: MatchStudent;
  keywordQuery: string;
  description: string;
}

const FAMILIES_PER_PROFILE_SET = 2;
const SHOWCASE = ["student0001", "student0002", "student0003"];

/**
 * The profiles, by a rule fixed before any judging: the three showcase students, then for each job
 * family the first two students (by id) who want it first and hold at least three skills.
 */
async function loadProfiles(db: PrismaClient): Promise<Profile[]> {
  const [families, skills, languages, colleges] = await Promise.all([
    db.talentFamily.findMany({ select: { key: true, nameZh: true, nameEn: true }, orderBy: { sortOrder: "asc" } }),
    db.skill.findMany({ select: { key: true, nameZh: true, nameEn: true } }),
    db.language.findMany({ select: { key: true, nameEn: true } }),
    db.college.findMany({ select: { key: true, latitude: true, longitude: true } }),
  ]);
  const locations = new Map<string, GeoPoint>(colleges.map((c) => [c.key, { lat: c.latitude, lng: c.longitude }]));
  const familyName = new Map(families.map((f) => [f.key, f]));
  const skillName = new Map(skills.map((s) => [s.key, s]));
  const languageName = new Map(languages.map((l) => [l.key, l.nameEn]));

  const showcase = await db.studentProfile.findMany({
    where: { user: { email: { in: SHOWCASE.map((local) => `${local}@demo.e-landing.cn`) } } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const ids = showcase.map((p) => p.id);
  for (const family of families) {
    const picked = await db.studentProfile.findMany({
      where: { desiredFamilies: { isEmpty: false }, skills: { some: {} }, id: { notIn: ids } },
      select: { id: true, desiredFamilies: true, _count: { select: { skills: true } } },
      orderBy: { id: "asc" },
      take: 400,
    });
    ids.push(
      ...picked
        .filter((p) => p.desiredFamilies[0] === family.key && p._count.skills >= 3)
        .slice(0, FAMILIES_PER_PROFILE_SET)
        .map((p) => p.id),
    );
  }

  const rows = await db.studentProfile.findMany({
    where: { id: { in: ids } },
    select: {
      ...CANDIDATE_DOCUMENT_SELECT,
      user: { select: { ...CANDIDATE_DOCUMENT_SELECT.user.select, email: true } },
    },
  });
  return ids.map((id) => {
    const row = rows.find((r) => r.id === id)!;
    const student = matchStudentFromDocument(toCandidateDocument(row), locations);
    const strongest = [...row.skills].sort((a, b) => b.level - a.level || a.skill.key.localeCompare(b.skill.key));
    const family = row.desiredFamilies[0] ? familyName.get(row.desiredFamilies[0]) : undefined;
    const keywordQuery = [family?.nameZh, ...strongest.slice(0, 2).map((s) => s.skill.nameZh)]
      .filter(Boolean)
      .join(" ");
    const description = [
      `wants: ${row.desiredFamilies.map((f) => familyName.get(f)?.nameEn ?? f).join(", ") || "not said"}`,
      `cities: ${row.desiredCities.join(", ") || "not said"} (lives in ${row.city ?? "?"}, college ${row.college?.nameEn ?? "?"})`,
      `class of ${row.graduationYear ?? "?"}, ${row.degree ?? "degree not said"}, major ${row.major?.nameEn ?? "?"}`,
      `available from ${row.availableFrom?.toISOString().slice(0, 10) ?? "now"}, wants ≥ ${row.desiredSalaryMin ?? "?"} CNY/month`,
      `skills: ${strongest.map((s) => `${skillName.get(s.skill.key)?.nameEn ?? s.skill.key} L${s.level}`).join(", ") || "none"}`,
      `ability units: ${row.abilityUnits.map((a) => a.abilityUnit.nameEn).join("; ") || "none"}`,
      `languages: ${row.languages.map((l) => `${languageName.get(l.language.key) ?? l.language.key} ${l.level.key}`).join(", ") || "none"}`,
      `marketplaces: ${row.marketplaces.map((m) => m.marketplace.key).join(", ") || "none"}`,
      `experience: ${row.experiences.map((e) => `${e.kind} ${e.role}`).join("; ") || "none"}`,
      `headline: ${row.headlineEn || row.headlineZh}`,
    ].join("\n");
    return { id, label: row.user.email.split("@")[0]!, student, keywordQuery, description };
  });
}

async function recommended(client: Meilisearch, prefix: string, profile: Profile, now: Date): Promise<string[]> {
  const { hits } = await recommendJobs(client, prefix, profile.student, { now, limit: K });
  return hits.map((hit) => hit.id);
}

async function keyword(
  client: Meilisearch,
  prefix: string,
  profile: Profile,
  vocabulary: JobSearchVocabulary,
  now: Date,
): Promise<string[]> {
  const parsed = parseJobSearchParams(new URLSearchParams({ q: profile.keywordQuery, perPage: String(K) }), vocabulary);
  if (!parsed.ok) throw new Error(`keyword query rejected: ${JSON.stringify(parsed.problems)}`);
  return (await searchJobs(client, prefix, parsed.params, now)).hits.map((hit) => hit.id);
}

/** A job in words, for the judge. */
async function describeJobs(db: PrismaClient, ids: string[]): Promise<Record<string, string>> {
  const rows = await db.job.findMany({
    where: { id: { in: ids } },
    select: {
      ...JOB_DOCUMENT_SELECT,
      family: { select: { key: true, nameEn: true } },
      skills: { select: { required: true, level: true, skill: { select: { key: true, nameEn: true } } } },
      abilityUnits: { select: { required: true, abilityUnit: { select: { key: true, nameEn: true } } } },
      languages: {
        select: {
          required: true,
          language: { select: { key: true, nameEn: true } },
          minLevel: { select: { cefr: true, key: true } },
        },
      },
    },
  });
  const need = (required: boolean) => (required ? "required" : "preferred");
  return Object.fromEntries(
    rows.map((job) => [
      job.id,
      [
        `${job.titleEn} / ${job.titleZh} at ${job.company.nameEn}`,
        `family ${job.family.nameEn}, ${job.level}, ${job.employmentType}, ${job.workMode}, ${job.experienceYears} years, education ${job.education}`,
        `${job.city}/${job.district}, ${job.salaryMin}–${job.salaryMax} CNY per ${job.salaryPeriod}`,
        `skills: ${job.skills.map((s) => `${s.skill.nameEn} L${s.level} (${need(s.required)})`).join(", ") || "none"}`,
        `ability units: ${job.abilityUnits.map((u) => `${u.abilityUnit.nameEn} (${need(u.required)})`).join("; ") || "none"}`,
        `languages: ${job.languages.map((l) => `${l.language.nameEn} ≥ ${l.minLevel.key} (${need(l.required)})`).join(", ") || "none"}`,
        `marketplaces: ${job.marketplaces.map((m) => m.marketplace.key).join(", ") || "none"}`,
        `closes: ${job.validThrough?.toISOString().slice(0, 10) ?? "open"}`,
      ].join("\n"),
    ]),
  );
}

function readJudgements(): JudgementFile {
  return JSON.parse(fs.readFileSync(JUDGEMENTS, "utf8")) as JudgementFile;
}

const pct = (value: number) => `${(100 * value).toFixed(1)} %`;
const num = (value: number) => value.toFixed(3);

runCommand(async () => {
  const poolMode = process.argv.includes("--pool");
  const { target, close } = await openTarget("demo");
  try {
    // The settings as code now, as `npm start` applies them (the bench data may predate a change).
    await applyIndexSettings(target.client, target.prefix);
    await target.ensureIndexes();
    const now = new Date();
    const vocabulary = (await loadJobSearchVocabulary(target.db)).values;
    const profiles = await loadProfiles(target.db);
    const runs = [];
    for (const profile of profiles) {
      runs.push({
        profile,
        recommended: await recommended(target.client, target.prefix, profile, now),
        keyword: await keyword(target.client, target.prefix, profile, vocabulary, now),
      });
    }

    if (poolMode) {
      const existing = fs.existsSync(JUDGEMENTS) ? readJudgements().judgements : {};
      const pool = [];
      for (const run of runs) {
        const ids = [...new Set([...run.recommended, ...run.keyword])].sort();
        const jobs = await describeJobs(target.db, ids);
        pool.push({
          profileId: run.profile.id,
          label: run.profile.label,
          profile: run.profile.description,
          jobs: ids.map((id) => ({ id, judged: existing[run.profile.id]?.[id] ?? null, job: jobs[id] })),
        });
      }
      fs.mkdirSync(EVAL_DIR, { recursive: true });
      fs.writeFileSync(POOL, JSON.stringify({ generatedAt: now.toISOString(), profiles: pool }, null, 2) + "\n");
      const open = pool.reduce((n, p) => n + p.jobs.filter((j) => !j.judged).length, 0);
      log(`${pool.length} profiles, ${open} pairs to judge → ${path.relative(PROJECT_ROOT, POOL)}`);
      return;
    }

    const { judgements } = readJudgements();
    const rows: string[][] = [];
    const totals = { recommended: { ndcg: 0, p: 0 }, keyword: { ndcg: 0, p: 0 } };
    let unjudged = 0;
    for (const run of runs) {
      const judged = judgements[run.profile.id] ?? {};
      unjudged += [...run.recommended, ...run.keyword].filter((id) => !judged[id]).length;
      const scores = {
        recommended: { ndcg: ndcgAt10(run.recommended, judged), p: precisionAt10(run.recommended, judged) },
        keyword: { ndcg: ndcgAt10(run.keyword, judged), p: precisionAt10(run.keyword, judged) },
      };
      for (const system of ["recommended", "keyword"] as const) {
        totals[system].ndcg += scores[system].ndcg;
        totals[system].p += scores[system].p;
      }
      rows.push([
        run.profile.label,
        num(scores.recommended.ndcg),
        num(scores.keyword.ndcg),
        pct(scores.recommended.p),
        pct(scores.keyword.p),
        run.profile.keywordQuery,
      ]);
    }
    const n = runs.length;
    const mean = {
      recommended: { ndcg: totals.recommended.ndcg / n, p: totals.recommended.p / n },
      keyword: { ndcg: totals.keyword.ndcg / n, p: totals.keyword.p / n },
    };
    rows.push([
      `mean of ${n}`,
      num(mean.recommended.ndcg),
      num(mean.keyword.ndcg),
      pct(mean.recommended.p),
      pct(mean.keyword.p),
      "",
    ]);
    const header = [
      "profile",
      "nDCG@10 recommended",
      "nDCG@10 keyword",
      "P@10 recommended",
      "P@10 keyword",
      "keyword query",
    ];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ");
    console.log([line(header), widths.map((w) => "-".repeat(w)).join("-|-"), ...rows.map(line)].join("\n"));
    const gain = mean.keyword.ndcg === 0 ? Infinity : mean.recommended.ndcg / mean.keyword.ndcg - 1;
    console.log(
      `\nnDCG@10: recommendations ${num(mean.recommended.ndcg)} vs keyword ${num(mean.keyword.ndcg)} → ${gain === Infinity ? "∞" : pct(gain)} ` +
        `(target ≥ +${pct(TARGET_GAIN)}). Unjudged results counted as not relevant: ${unjudged}` +
        (unjudged > 0 ? " (run with --pool and judge them)." : "."),
    );
    return gain >= TARGET_GAIN ? 0 : 1;
  } finally {
    await close();
  }
});
