/**
 * The demo fair at real scale: 20 colleges, 1,300 companies and 15,000 jobs with their skills,
 * ability units, languages, marketplaces and fair sessions (prisma/seed/demo/factories.ts), and
 * its accounts: one organizer, the companies' owners and recruiters, 6,000 students with their
 * profiles and consents (prisma/seed/demo/accounts.ts, students.ts). Assumes the catalogue is
 * imported and the fairs are seeded. Writes in one transaction, 1,000 rows per statement; rows
 * that already exist (same deterministic id, or a unique key such as an email) are skipped.
 */
import type {
  Certification,
  College,
  Company,
  CompanyMember,
  Consent,
  Experience,
  Job,
  JobAbilityUnit,
  JobLanguage,
  JobMarketplace,
  JobSkill,
  Major,
  Organizer,
  Prisma,
  PrismaClient,
  SessionJob,
  StudentAbilityUnit,
  StudentLanguage,
  StudentMarketplace,
  StudentProfile,
  StudentSkill,
  User,
} from "../../app/generated/prisma/client";
import { loadCatalogue, flattenCatalogue, type Catalogue } from "../catalogue/schema";
import { buildDemo, createDemoContext, FAIR_SESSION_SLUGS, type CatalogueIds, type DemoData } from "./demo/factories";
import { DEMO_EMAIL_DOMAIN } from "./demo/users";

export * from "./demo/factories";
export {
  buildAccounts,
  buildCompanyMembers,
  buildOrganizer,
  ownerEmail,
  recruiterEmail,
  type BuiltMember,
  type BuiltOrganizer,
  type DemoAccounts,
} from "./demo/accounts";
export {
  buildStudent,
  buildStudents,
  createStudentPool,
  demoPhone,
  FULL_SCALE_STUDENTS,
  SHOWCASE_STUDENTS,
  studentLocalPart,
  type BuiltStudent,
  type Completeness,
  type StudentOverrides,
  type StudentPool,
} from "./demo/students";
export { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD, DEMO_PASSWORD_HASH, demoEmail, ORGANIZER_EMAIL } from "./demo/users";

export interface SeedDemoOptions {
  /** 1 (default) = the real fair; tests use e.g. 0.02 (26 companies, 300 jobs, 120 students). */
  scale?: number;
  /**
   * Also write the demo accounts (default): every one signs in with the published DEMO_PASSWORD,
   * the organizer included, so only for demo and test installations.
   */
  accounts?: boolean;
  /** Dates are offsets from this instant; default: now. */
  now?: Date;
  /** Called after every batch; `total` (rows to write) is known from the first call. */
  onProgress?: (done: number, total: number, label: string) => void;
}

export interface SeedDemoResult {
  colleges: number;
  companies: number;
  jobs: number;
  /** Accounts: organizers, company members (owners and recruiters) and students. */
  organizers: number;
  companyMembers: number;
  students: number;
}

const BATCH = 1_000;

type Db = PrismaClient | Prisma.TransactionClient;

/** Catalogue keys and session slugs → database ids; a missing key names what to run first. */
export async function loadCatalogueIds(
  db: Db,
  catalogue: Catalogue = loadCatalogue(),
  sessionSlugs: readonly string[] = FAIR_SESSION_SLUGS,
): Promise<CatalogueIds> {
  const pairs = (rows: { id: string; key: string }[]) => new Map(rows.map((r) => [r.key, r.id]));
  const select = { id: true, key: true } as const;
  const [families, roles, units, skills, languages, levels, marketplaces, sessions] = await Promise.all([
    db.talentFamily.findMany({ select }).then(pairs),
    db.talentRole.findMany({ select }).then(pairs),
    db.abilityUnit.findMany({ select }).then(pairs),
    db.skill.findMany({ select }).then(pairs),
    db.language.findMany({ select }).then(pairs),
    db.languageLevel.findMany({ select }).then(pairs),
    db.marketplace.findMany({ select }).then(pairs),
    db.fairSession
      .findMany({ where: { slug: { in: [...sessionSlugs] } }, select: { id: true, slug: true } })
      .then((rows) => new Map(rows.map((r) => [r.slug, r.id]))),
  ]);
  if (families.size === 0) throw new Error("The talent catalogue is not imported: run importCatalogue first.");
  const missingSessions = sessionSlugs.filter((slug) => !sessions.has(slug));
  if (missingSessions.length > 0)
    throw new Error(`Fair sessions ${missingSessions.join(", ")} are not in the database: run seedFairs first.`);
  const flat = flattenCatalogue(catalogue);
  const expected: [string, Map<string, string>, string[]][] = [
    ["family", families, catalogue.families.map((f) => f.key)],
    ["role", roles, flat.roles.map((r) => r.key)],
    ["ability unit", units, flat.abilityUnits.map((u) => u.key)],
    ["skill", skills, catalogue.skills.map((s) => s.key)],
    ["language", languages, catalogue.languages.map((l) => l.key)],
    ["language level", levels, flat.languageLevels.map((l) => l.key)],
    ["marketplace", marketplaces, catalogue.marketplaces.map((m) => m.key)],
  ];
  for (const [kind, ids, keys] of expected) {
    const missing = keys.filter((k) => !ids.has(k));
    if (missing.length > 0)
      throw new Error(
        `The database's catalogue is out of date (${kind} ${missing.slice(0, 5).join(", ")} missing): run importCatalogue first.`,
      );
  }
  const lookup = (kind: string, ids: Map<string, string>) => (key: string) => {
    const id = ids.get(key);
    if (!id) throw new Error(`No ${kind} "${key}" in the database`);
    return id;
  };
  return {
    family: lookup("family", families),
    role: lookup("role", roles),
    abilityUnit: lookup("ability unit", units),
    skill: lookup("skill", skills),
    language: lookup("language", languages),
    languageLevel: lookup("language level", levels),
    marketplace: lookup("marketplace", marketplaces),
    session: lookup("fair session", sessions),
  };
}

/** Number of rows `insertDemoData` writes for `data`. */
export function countDemoRows(data: DemoData): number {
  let rows = data.colleges.length + data.majors.length + data.companies.length + data.jobs.length;
  for (const j of data.jobs)
    rows += j.skills.length + j.abilityUnits.length + j.languages.length + j.marketplaces.length + j.sessions.length;
  const accounts = data.accounts;
  if (accounts) {
    rows += 2 + 2 * accounts.members.length; // the organizer's user and row; each member's user and row
    for (const s of accounts.students)
      rows +=
        2 +
        s.skills.length +
        s.abilityUnits.length +
        s.languages.length +
        s.marketplaces.length +
        s.certifications.length +
        s.experiences.length +
        s.consents.length;
  }
  return rows;
}

// PostgreSQL type of every column; `satisfies` makes a column added to the schema a compile error here.
const TS = "timestamp(3)";
const STAMPS = { id: "text", createdAt: TS, updatedAt: TS } as const;
const COLUMNS = {
  College: {
    ...STAMPS,
    key: "text",
    nameZh: "text",
    nameEn: "text",
    city: "text",
    district: "text",
    addressZh: "text",
    addressEn: "text",
    latitude: "float8",
    longitude: "float8",
  } satisfies Record<keyof College, string>,
  Major: {
    ...STAMPS,
    collegeId: "text",
    key: "text",
    nameZh: "text",
    nameEn: "text",
    degree: '"Education"',
  } satisfies Record<keyof Major, string>,
  Company: {
    ...STAMPS,
    slug: "text",
    nameZh: "text",
    nameEn: "text",
    creditCode: "text",
    industry: "text",
    size: '"CompanySize"',
    city: "text",
    district: "text",
    website: "text",
    descriptionZh: "text",
    descriptionEn: "text",
    verificationStatus: '"VerificationStatus"',
    verifiedAt: TS,
    reviewNote: "text",
    reviewedById: "text",
    logoId: "text",
  } satisfies Record<keyof Company, string>,
  Job: {
    ...STAMPS,
    companyId: "text",
    status: '"JobStatus"',
    titleZh: "text",
    titleEn: "text",
    descriptionZh: "text",
    descriptionEn: "text",
    familyId: "text",
    roleId: "text",
    level: '"RoleLevel"',
    employmentType: '"EmploymentType"',
    education: '"Education"',
    experienceYears: "int4",
    salaryMin: "int4",
    salaryMax: "int4",
    salaryCurrency: "text",
    salaryPeriod: '"SalaryPeriod"',
    headcount: "int4",
    city: "text",
    district: "text",
    addressZh: "text",
    addressEn: "text",
    latitude: "float8",
    longitude: "float8",
    workMode: '"WorkMode"',
    datePosted: TS,
    validThrough: TS,
    closedAt: TS,
    takenDownAt: TS,
    takedownReason: "text",
    createdById: "text",
  } satisfies Record<keyof Job, string>,
  JobSkill: {
    ...STAMPS,
    jobId: "text",
    skillId: "text",
    required: "bool",
    level: "int4",
  } satisfies Record<keyof JobSkill, string>,
  JobAbilityUnit: {
    ...STAMPS,
    jobId: "text",
    abilityUnitId: "text",
    required: "bool",
  } satisfies Record<keyof JobAbilityUnit, string>,
  JobLanguage: {
    ...STAMPS,
    jobId: "text",
    languageId: "text",
    minLevelId: "text",
    required: "bool",
  } satisfies Record<keyof JobLanguage, string>,
  JobMarketplace: { ...STAMPS, jobId: "text", marketplaceId: "text" } satisfies Record<keyof JobMarketplace, string>,
  SessionJob: { ...STAMPS, sessionId: "text", jobId: "text" } satisfies Record<keyof SessionJob, string>,
  User: {
    ...STAMPS,
    email: "text",
    passwordHash: "text",
    locale: "text",
    emailVerifiedAt: TS,
    privacyVersion: "text",
    privacyAcceptedAt: TS,
  } satisfies Record<keyof User, string>,
  Organizer: {
    ...STAMPS,
    userId: "text",
    totpSecret: "text",
    totpEnabledAt: TS,
    totpLastStep: "int4",
  } satisfies Record<keyof Organizer, string>,
  CompanyMember: {
    ...STAMPS,
    userId: "text",
    companyId: "text",
    role: '"CompanyRole"',
  } satisfies Record<keyof CompanyMember, string>,
  StudentProfile: {
    ...STAMPS,
    userId: "text",
    fullNameZh: "text",
    fullNameEn: "text",
    phone: "text",
    city: "text",
    headlineZh: "text",
    headlineEn: "text",
    summaryZh: "text",
    summaryEn: "text",
    collegeId: "text",
    majorId: "text",
    degree: '"Education"',
    graduationYear: "int4",
    desiredFamilies: "text[]",
    desiredCities: "text[]",
    desiredSalaryMin: "int4",
    availableFrom: TS,
    portfolioLinks: "text[]",
    resumeId: "text",
    personalised: "bool",
  } satisfies Record<keyof StudentProfile, string>,
  StudentSkill: {
    ...STAMPS,
    profileId: "text",
    skillId: "text",
    level: "int4",
    evidence: '"EvidenceType"',
    evidenceNote: "text",
  } satisfies Record<keyof StudentSkill, string>,
  StudentAbilityUnit: {
    ...STAMPS,
    profileId: "text",
    abilityUnitId: "text",
    level: "int4",
    evidence: '"EvidenceType"',
    evidenceNote: "text",
  } satisfies Record<keyof StudentAbilityUnit, string>,
  StudentLanguage: {
    ...STAMPS,
    profileId: "text",
    languageId: "text",
    levelId: "text",
  } satisfies Record<keyof StudentLanguage, string>,
  StudentMarketplace: {
    ...STAMPS,
    profileId: "text",
    marketplaceId: "text",
  } satisfies Record<keyof StudentMarketplace, string>,
  Certification: {
    ...STAMPS,
    profileId: "text",
    kind: '"CertificationKind"',
    name: "text",
    issuer: "text",
    year: "int4",
  } satisfies Record<keyof Certification, string>,
  Experience: {
    ...STAMPS,
    profileId: "text",
    kind: '"ExperienceKind"',
    organisation: "text",
    role: "text",
    startDate: TS,
    endDate: TS,
    description: "text",
  } satisfies Record<keyof Experience, string>,
  Consent: {
    ...STAMPS,
    userId: "text",
    purpose: '"ConsentPurpose"',
    version: "text",
    givenAt: TS,
    withdrawnAt: TS,
  } satisfies Record<keyof Consent, string>,
};

/** A PostgreSQL array literal: UNNEST cannot take an array of arrays (it would flatten them). */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;
}

/**
 * Inserts rows with one statement per batch: INSERT … SELECT * FROM UNNEST(one array per column).
 * Prisma's createMany sends the same rows as one VALUES list but takes 5-10× longer per row
 * (measured on 2 cores: 67 s for the 15,000 jobs and their 200,000 relation rows, against 16 s
 * this way). Conflicting rows are skipped, like createMany's skipDuplicates.
 */
async function insertRows<T extends object>(db: Db, table: keyof typeof COLUMNS, rows: readonly T[]): Promise<void> {
  if (rows.length === 0) return;
  const types = COLUMNS[table] as Record<string, string>;
  const columns = Object.keys(types);
  const arrays = columns.map((column) =>
    rows.map((row) => {
      const value = (row as Record<string, unknown>)[column];
      // UTC ISO strings, whatever the driver would do with a Date inside an array (Prisma does send
      // UTC today; demo.test.ts seeds from Asia/Shanghai time to keep it that way).
      if (value instanceof Date) return value.toISOString();
      // Array columns travel as one array literal per row, cast back in the SELECT.
      if (Array.isArray(value)) return arrayLiteral(value as string[]);
      return value ?? null;
    }),
  );
  const list = columns.map((c) => `"${c}"`).join(", ");
  const isArray = (c: string) => types[c]!.endsWith("[]");
  const unnest = columns.map((c, i) => `$${i + 1}::${isArray(c) ? "text" : types[c]}[]`).join(", ");
  const select = columns.map((c) => (isArray(c) ? `u."${c}"::${types[c]}` : `u."${c}"`)).join(", ");
  await db.$executeRawUnsafe(
    `INSERT INTO "${table}" (${list}) SELECT ${select} FROM UNNEST(${unnest}) AS u(${list}) ON CONFLICT DO NOTHING`,
    ...arrays,
  );
}

/**
 * Writes demo rows (from `buildDemo`, or a test's own factory output) in batches of 1,000.
 * Rows whose id or unique key already exists are skipped.
 */
export async function insertDemoData(
  db: Db,
  data: DemoData,
  onProgress?: (done: number, total: number, label: string) => void,
): Promise<void> {
  const total = countDemoRows(data);
  let done = 0;
  async function write<T extends object>(table: keyof typeof COLUMNS, label: string, rows: readonly T[]) {
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      await insertRows(db, table, batch);
      done += batch.length;
      onProgress?.(done, total, label);
    }
  }
  const jobs = data.jobs;
  const accounts = data.accounts;
  await write("College", "colleges", data.colleges);
  await write("Major", "majors", data.majors);
  await write("Company", "companies", data.companies);
  // Users before jobs: a job names the member who posted it.
  if (accounts) {
    await write("User", "users", [
      accounts.organizer.user,
      ...accounts.members.map((m) => m.user),
      ...accounts.students.map((s) => s.user),
    ]);
    await write("Organizer", "organizers", [accounts.organizer.organizer]);
    await write(
      "CompanyMember",
      "company members",
      accounts.members.map((m) => m.member),
    );
  }
  await write(
    "Job",
    "jobs",
    jobs.map((j) => j.job),
  );
  await write(
    "JobSkill",
    "job skills",
    jobs.flatMap((j) => j.skills),
  );
  await write(
    "JobAbilityUnit",
    "job ability units",
    jobs.flatMap((j) => j.abilityUnits),
  );
  await write(
    "JobLanguage",
    "job languages",
    jobs.flatMap((j) => j.languages),
  );
  await write(
    "JobMarketplace",
    "job marketplaces",
    jobs.flatMap((j) => j.marketplaces),
  );
  await write(
    "SessionJob",
    "session jobs",
    jobs.flatMap((j) => j.sessions),
  );
  if (!accounts) return;
  const students = accounts.students;
  await write(
    "StudentProfile",
    "student profiles",
    students.map((s) => s.profile),
  );
  await write(
    "StudentSkill",
    "student skills",
    students.flatMap((s) => s.skills),
  );
  await write(
    "StudentAbilityUnit",
    "student ability units",
    students.flatMap((s) => s.abilityUnits),
  );
  await write(
    "StudentLanguage",
    "student languages",
    students.flatMap((s) => s.languages),
  );
  await write(
    "StudentMarketplace",
    "student marketplaces",
    students.flatMap((s) => s.marketplaces),
  );
  await write(
    "Certification",
    "certifications",
    students.flatMap((s) => s.certifications),
  );
  await write(
    "Experience",
    "experiences",
    students.flatMap((s) => s.experiences),
  );
  await write(
    "Consent",
    "consents",
    students.flatMap((s) => s.consents),
  );
}

/** Every demo account, for a batch: `db.$transaction([db.user.deleteMany({ where: DEMO_ACCOUNTS_WHERE }), …])`. */
export const DEMO_ACCOUNTS_WHERE = {
  email: { endsWith: `@${DEMO_EMAIL_DOMAIN}` },
} satisfies Prisma.UserWhereInput;

/**
 * Deletes every demo account (addresses at DEMO_EMAIL_DOMAIN) with what hangs on it: profiles and
 * their sections, memberships, the organizer row, consents, sessions. `npm run db:seed -- --reset`
 * should call it with the fair's data, or re-seeding skips the existing users and keeps their
 * old rows (whose college and major links the deleted colleges have emptied).
 */
export async function deleteDemoAccounts(db: Db): Promise<number> {
  const { count } = await db.user.deleteMany({ where: DEMO_ACCOUNTS_WHERE });
  return count;
}

/**
 * Seeds the demo fair. Identical content on every run (seeded PRNG, ids included); dates are
 * relative to `now`. All or nothing: one transaction (unless `db` already is one).
 */
export async function seedDemo(db: PrismaClient, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  const catalogue = loadCatalogue();
  const run = async (tx: Db): Promise<SeedDemoResult> => {
    const ids = await loadCatalogueIds(tx, catalogue);
    const ctx = createDemoContext({ catalogue, ids, now: options.now ?? new Date() });
    const data = buildDemo(ctx, { scale: options.scale ?? 1, accounts: options.accounts ?? true });
    await insertDemoData(tx, data, options.onProgress);
    return {
      colleges: data.colleges.length,
      companies: data.companies.length,
      jobs: data.jobs.length,
      organizers: data.accounts ? 1 : 0,
      companyMembers: data.accounts?.members.length ?? 0,
      students: data.accounts?.students.length ?? 0,
    };
  };
  // A transaction client has no $transaction of its own: then the caller's transaction is used.
  if (typeof (db as Partial<PrismaClient>).$transaction !== "function") return run(db);
  return db.$transaction((tx) => run(tx), { timeout: 10 * 60_000, maxWait: 30_000 });
}
