/**
 * Matching (issue 5): recommendation latency for students (jobs for a student) and for jobs
 * (candidates for a job), and candidate search latency, called through the search package against
 * the bench's servers. Each sample includes what the page needs from the database to rank: the
 * student's profile or the job's row read and turned into match inputs; hydrating the page shown
 * is timed separately in the "page" column.
 */
import {
  CANDIDATE_DOCUMENT_SELECT,
  JOB_DOCUMENT_SELECT,
  discoverableWhere,
  matchJobFromDocument,
  matchStudentFromDocument,
  parseCandidateSearchParams,
  rankCandidates,
  recommendJobs,
  searchCandidateIndex,
  searchableWhere,
  toCandidateDocument,
  toJobDocument,
  type GeoPoint,
} from "../../../search";
import { count, knob, ms, sample, stats, type BenchTarget, type SectionReport } from "../harness";

const TARGET_P95_MS = 50;
const WARMUP = 10;
/** The item for a round (warm-up rounds are negative). */
const cycle = <T>(items: readonly T[], round: number): T =>
  items[((round % items.length) + items.length) % items.length]!;
/** Candidate searches a recruiter would run: text, facets, must / nice / exclude, ranges, sorts. */
const CANDIDATE_QUERIES = [
  "",
  "q=运营",
  "q=amazon",
  "skill=excel&skillLevel=2&skillMode=must",
  "skill=google-ads&skillLevel=1&skillMode=nice&skill=meta-ads&skillLevel=1&skillMode=nice",
  "language=en&languageLevel=4&languageMode=must&city=ningbo&cityMode=exclude",
  "gradFrom=2026&gradTo=2027&degree=BACHELOR&completeness=60&sort=completeness",
  "q=tiktok&marketplace=tiktok-shop&marketplaceMode=must&sort=graduation",
];

export async function matchingLatency(target: BenchTarget): Promise<SectionReport> {
  await target.ensureIndexes();
  const rounds = knob("BENCH_ROUNDS", 200);
  const { db, client, prefix } = target;
  const now = new Date();
  const colleges = new Map<string, GeoPoint>(
    (await db.college.findMany({ select: { key: true, latitude: true, longitude: true } })).map((c) => [
      c.key,
      { lat: c.latitude, lng: c.longitude },
    ]),
  );
  // Spread over the whole table: every 37th discoverable student, every 53rd open job.
  const students = (
    await db.studentProfile.findMany({ where: discoverableWhere(), select: { id: true }, orderBy: { id: "asc" } })
  ).filter((_, i) => i % 37 === 0);
  const jobs = (
    await db.job.findMany({ where: searchableWhere(now), select: { id: true }, orderBy: { id: "asc" } })
  ).filter((_, i) => i % 53 === 0);

  const forStudent = async (round: number) => {
    const row = await db.studentProfile.findUniqueOrThrow({
      where: { id: cycle(students, round).id },
      select: CANDIDATE_DOCUMENT_SELECT,
    });
    return recommendJobs(client, prefix, matchStudentFromDocument(toCandidateDocument(row), colleges), {
      now,
      limit: 10,
    });
  };
  const forJob = async (round: number) => {
    const row = await db.job.findUniqueOrThrow({
      where: { id: cycle(jobs, round).id },
      select: JOB_DOCUMENT_SELECT,
    });
    return rankCandidates(client, prefix, matchJobFromDocument(toJobDocument(row)), { colleges, now, limit: 10 });
  };
  // The page also reads the shown rows (the database's last word on what may be shown).
  const jobPage = async (round: number) => {
    const { hits } = await forStudent(round);
    await db.job.findMany({ where: { id: { in: hits.map((h) => h.id) }, ...searchableWhere(now) } });
  };
  const candidatePage = async (round: number) => {
    const { hits } = await forJob(round);
    await db.studentProfile.findMany({ where: { id: { in: hits.map((h) => h.id) }, ...discoverableWhere() } });
  };

  process.env.DATABASE_URL ??= target.databaseUrl; // the model module opens its client when imported
  const { loadCandidateVocabulary } = await import("~/models/candidate-search.server");
  const vocabulary = (await loadCandidateVocabulary(db)).values;
  const candidateParams = CANDIDATE_QUERIES.map((query) => {
    const parsed = parseCandidateSearchParams(new URLSearchParams(query), vocabulary);
    if (!parsed.ok) throw new Error(`bench candidate query ${query}: ${JSON.stringify(parsed.problems)}`);
    return parsed.params;
  });
  const candidateSearch = (round: number) => searchCandidateIndex(client, prefix, cycle(candidateParams, round), now);

  const options = { rounds, warmup: WARMUP };
  const rows: [string, number[], number[] | null][] = [
    ["Jobs for a student (retrieve + re-rank)", await sample(forStudent, options), await sample(jobPage, options)],
    ["Candidates for a job (retrieve + re-rank)", await sample(forJob, options), await sample(candidatePage, options)],
    ["Candidate search (text, facets, must/nice/exclude, ranges)", await sample(candidateSearch, options), null],
  ];
  const [discoverable, open] = [
    await db.studentProfile.count({ where: discoverableWhere() }),
    await db.job.count({ where: searchableWhere(now) }),
  ];
  return {
    title: `Matching latency — ${target.name} (${count(open)} open jobs, ${count(discoverable)} discoverable students)`,
    method:
      `Called through the search package (no HTTP), ${count(rounds)} samples each after ${WARMUP} warm-up runs, ` +
      `cycling through ${count(students.length)} students, ${count(jobs.length)} jobs and ${CANDIDATE_QUERIES.length} candidate searches. ` +
      "A recommendation sample reads the profile or job row, builds the match inputs, retrieves up to 300 documents " +
      "from Meilisearch with filters and re-ranks them by the match score; the page column adds reading the 10 shown rows.",
    table: [
      ["Measurement", "p50", "p95", "p99", "page p50", "page p95", `p95 ≤ ${TARGET_P95_MS} ms`],
      ...rows.map(([name, samples, page]) => {
        const s = stats(samples);
        const p = page ? stats(page) : null;
        return [
          name,
          ms(s.p50),
          ms(s.p95),
          ms(s.p99),
          p ? ms(p.p50) : "—",
          p ? ms(p.p95) : "—",
          s.p95 <= TARGET_P95_MS ? "yes" : "no",
        ];
      }),
    ],
  };
}
