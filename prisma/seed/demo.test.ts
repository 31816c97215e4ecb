import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { findCity, findDistrict } from "../../app/data/zhejiang";
import { isIndustryKey } from "../../app/data/industries";
import { isValidCreditCode } from "../../app/utils/credit-code";
import { importCatalogue } from "../catalogue/import";
import { flattenCatalogue, loadCatalogue } from "../catalogue/schema";
import { createPrismaClient } from "../client";
import { seedFairs } from "../seed";
import {
  buildCompany,
  buildDemo,
  buildJob,
  createDemoContext,
  FAIR_SESSION_SLUGS,
  FULL_SCALE,
  loadCatalogueIds,
  Rng,
  seedDemo,
  type DemoData,
} from "./demo";
import { COLLEGES } from "./demo/colleges";
import { BACKEND_SKILL, MARKETPLACE_SITES, SITES, TITLE_NAMES } from "./demo/markets";
import { FAMILY_CONTENT, ROLE_CONTENT } from "./demo/roles";

const NOW = new Date("2026-11-26T06:00:00.000Z");
const DAY = 86_400_000;
const HAN = /\p{Script=Han}/u;
const CUID = /^c[0-9a-z]{24}$/;

const catalogue = loadCatalogue();
const flat = flattenCatalogue(catalogue);
const roles = new Map(flat.roles.map((r) => [r.key, r]));
const units = new Map(flat.abilityUnits.map((u) => [u.key, u]));
const levels = new Map(flat.languageLevels.map((l) => [l.key, l]));
const marketplaceKeys = new Set(catalogue.marketplaces.map((m) => m.key));
const skillKeys = new Set(catalogue.skills.map((s) => s.key));

describe("demo content", () => {
  it("refers only to catalogue keys, and has content for every role", () => {
    for (const family of catalogue.families) expect(FAMILY_CONTENT[family.key], family.key).toBeDefined();
    for (const role of flat.roles) expect(ROLE_CONTENT[role.key], role.key).toBeDefined();
    for (const key of Object.keys(ROLE_CONTENT)) expect(roles.has(key), key).toBe(true);
    for (const content of Object.values(ROLE_CONTENT)) {
      for (const skill of [...content.required, ...content.preferred])
        if (!skill.startsWith("$")) expect(skillKeys.has(skill), skill).toBe(true);
      for (const mp of Object.keys(content.marketplaces ?? {})) expect(marketplaceKeys.has(mp), mp).toBe(true);
    }
    for (const content of Object.values(FAMILY_CONTENT))
      for (const mp of Object.keys(content.marketplaces)) expect(marketplaceKeys.has(mp), mp).toBe(true);
    for (const [mp, sites] of Object.entries(MARKETPLACE_SITES)) {
      expect(marketplaceKeys.has(mp), mp).toBe(true);
      for (const [site] of sites) expect(SITES[site], `${mp} → ${site}`).toBeDefined();
    }
    for (const skill of Object.values(BACKEND_SKILL)) expect(skillKeys.has(skill), skill).toBe(true);
    for (const site of Object.values(SITES))
      for (const language of site.languages) expect(catalogue.languages.some((l) => l.key === language)).toBe(true);
  });

  it("places the 20 colleges in real Hangzhou districts with 3-8 majors each", () => {
    expect(COLLEGES).toHaveLength(20);
    for (const c of COLLEGES) {
      const district = findDistrict("hangzhou", c.district);
      expect(district, c.key).toBeDefined();
      expect(Math.abs(c.latitude - district!.latitude), c.key).toBeLessThan(0.15);
      expect(Math.abs(c.longitude - district!.longitude), c.key).toBeLessThan(0.15);
      expect(c.majors.length, c.key).toBeGreaterThanOrEqual(3);
      expect(c.majors.length, c.key).toBeLessThanOrEqual(8);
    }
  });
});

describe("the PRNG", () => {
  it("repeats itself for the same seed, and forks independently of what was drawn", () => {
    const a = new Rng("x");
    const b = new Rng("x");
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
    expect(a.fork("f").id()).toBe(new Rng("x").fork("f").id());
    expect(new Rng("x").id()).not.toBe(new Rng("y").id());
    expect(new Rng("x").id()).toMatch(CUID);
  });
});

describe("the demo fair in memory at full scale", () => {
  let data: DemoData;
  beforeAll(() => {
    data = buildDemo(createDemoContext({ now: NOW }));
  });
  const jobs = () => data.jobs.map((j) => j.job);

  it("is identical when built twice with the same seed, ids included", () => {
    const again = buildDemo(createDemoContext({ now: NOW }));
    expect(again.companies).toEqual(data.companies);
    expect(again.colleges).toEqual(data.colleges);
    expect(again.majors).toEqual(data.majors);
    expect(again.jobs).toEqual(data.jobs);
  });

  it("keeps the content and ids when only `now` changes, and moves the dates with it", () => {
    const later = new Date(NOW.getTime() + 10 * DAY);
    const moved = buildDemo(createDemoContext({ now: later }), { scale: 0.02 });
    const small = buildDemo(createDemoContext({ now: NOW }), { scale: 0.02 });
    expect(moved.jobs.map((j) => [j.job.id, j.job.titleZh, j.job.descriptionEn])).toEqual(
      small.jobs.map((j) => [j.job.id, j.job.titleZh, j.job.descriptionEn]),
    );
    const posted = small.jobs.find((j) => j.job.datePosted)!;
    const same = moved.jobs.find((j) => j.job.id === posted.job.id)!;
    expect(same.job.datePosted!.getTime() - posted.job.datePosted!.getTime()).toBe(10 * DAY);
  });

  it("has 20 colleges, 1,300 companies and 15,000 jobs", () => {
    expect(data.colleges).toHaveLength(20);
    expect(data.companies).toHaveLength(FULL_SCALE.companies);
    expect(data.jobs).toHaveLength(FULL_SCALE.jobs);
    const majorsPerCollege = new Map<string, number>();
    for (const m of data.majors) majorsPerCollege.set(m.collegeId, (majorsPerCollege.get(m.collegeId) ?? 0) + 1);
    for (const c of data.colleges) expect(majorsPerCollege.get(c.id)).toBeGreaterThanOrEqual(3);
  });

  it("gives every row a unique cuid-shaped id", () => {
    const ids = [
      ...data.colleges.map((c) => c.id),
      ...data.majors.map((m) => m.id),
      ...data.companies.map((c) => c.id),
      ...data.jobs.flatMap((j) => [
        j.job.id,
        ...j.skills.map((r) => r.id),
        ...j.abilityUnits.map((r) => r.id),
        ...j.languages.map((r) => r.id),
        ...j.marketplaces.map((r) => r.id),
        ...j.sessions.map((r) => r.id),
      ]),
    ];
    for (const id of ids) expect(id).toMatch(CUID);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives companies valid, unique credit codes and unique names and slugs", () => {
    const codes = data.companies.map((c) => c.creditCode);
    expect(codes.every(isValidCreditCode)).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(data.companies.map((c) => c.slug)).size).toBe(codes.length);
    expect(new Set(data.companies.map((c) => c.nameZh)).size).toBe(codes.length);
    expect(new Set(data.companies.map((c) => c.nameEn)).size).toBe(codes.length);
    for (const c of data.companies) {
      const district = findDistrict(c.city, c.district);
      expect(district, c.slug).toBeDefined();
      expect(c.creditCode.slice(2, 8)).toBe(district!.code); // registered where it sits
      expect(isIndustryKey(c.industry)).toBe(true);
      expect(c.nameZh).toMatch(/有限公司$/);
      expect(c.nameEn).toMatch(/Co\., Ltd\.$/);
      expect(c.descriptionZh).toMatch(HAN);
      expect(c.descriptionEn).not.toMatch(HAN);
      expect(c.website === null || c.website.startsWith("https://")).toBe(true);
      expect(c.verifiedAt !== null).toBe(c.verificationStatus === "VERIFIED");
    }
    const verified = data.companies.filter((c) => c.verificationStatus === "VERIFIED").length / codes.length;
    expect(verified).toBeGreaterThan(0.93);
    expect(verified).toBeLessThan(0.97);
    const hangzhou = data.companies.filter((c) => c.city === "hangzhou").length / codes.length;
    expect(hangzhou).toBeGreaterThan(0.7);
    expect(data.companies.some((c) => c.district === "yiwu")).toBe(true);
  });

  it("ties every job to a role of its family at the role's level, and covers every family at every level", () => {
    const seen = new Set<string>();
    for (const job of jobs()) {
      const role = roles.get(job.roleId);
      expect(role, job.roleId).toBeDefined();
      expect(role!.familyKey).toBe(job.familyId);
      expect(job.level).toBe(role!.level);
      seen.add(`${job.familyId}/${job.level}`);
    }
    expect(seen.size).toBe(catalogue.families.length * 3);
  });

  it("pays in CNY with min ≤ max, by the day for internships and by the hour for part-time", () => {
    for (const job of jobs()) {
      expect(job.salaryMin).toBeGreaterThan(0);
      expect(job.salaryMin).toBeLessThanOrEqual(job.salaryMax);
      expect(job.salaryCurrency).toBe("CNY");
      if (job.employmentType === "INTERNSHIP") expect(job.salaryPeriod).toBe("DAY");
      if (job.employmentType === "PART_TIME") expect(job.salaryPeriod).toBe("HOUR");
      if (job.salaryPeriod === "MONTH") {
        expect(job.salaryMin).toBeGreaterThanOrEqual(3000);
        expect(job.salaryMax).toBeLessThanOrEqual(80_000);
      }
      if (job.salaryPeriod === "YEAR") expect(job.level).toBe("SENIOR");
    }
    const periods = new Set(jobs().map((j) => j.salaryPeriod));
    expect(periods).toEqual(new Set(["MONTH", "DAY", "HOUR", "YEAR"]));
    const monthly = jobs().filter((j) => j.salaryPeriod === "MONTH");
    const median = (level: string) => {
      const v = monthly.filter((j) => j.level === level).map((j) => j.salaryMin);
      return v.sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
    };
    expect(median("JUNIOR")).toBeLessThan(median("INTERMEDIATE"));
    expect(median("INTERMEDIATE")).toBeLessThan(median("SENIOR"));
  });

  it("spreads statuses and dates like a live fair: mostly published, some closed, few drafts", () => {
    const count = (s: string) => jobs().filter((j) => j.status === s).length / jobs().length;
    expect(count("PUBLISHED")).toBeGreaterThan(0.9);
    expect(count("PUBLISHED")).toBeLessThan(0.94);
    expect(count("CLOSED")).toBeGreaterThan(0.04);
    expect(count("CLOSED")).toBeLessThan(0.06);
    expect(count("DRAFT")).toBeGreaterThan(0.02);
    expect(count("DRAFT")).toBeLessThan(0.04);
    let expired = 0;
    for (const job of jobs()) {
      expect(job.createdAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(job.updatedAt.getTime()).toBeGreaterThanOrEqual(job.createdAt.getTime());
      if (job.status === "DRAFT") {
        expect(job.datePosted).toBeNull();
        expect(job.closedAt).toBeNull();
        continue;
      }
      const posted = job.datePosted!.getTime();
      expect(posted).toBeLessThanOrEqual(NOW.getTime());
      expect(posted).toBeGreaterThan(NOW.getTime() - 121 * DAY);
      const validity = (job.validThrough!.getTime() - posted) / DAY;
      expect(validity).toBeGreaterThanOrEqual(30);
      expect(validity).toBeLessThanOrEqual(120);
      if (job.status === "CLOSED") {
        expect(job.closedAt!.getTime()).toBeGreaterThan(posted);
        expect(job.closedAt!.getTime()).toBeLessThanOrEqual(NOW.getTime());
      } else {
        expect(job.closedAt).toBeNull();
        if (job.validThrough!.getTime() < NOW.getTime()) expired++;
      }
    }
    expect(expired).toBeGreaterThan(0);
    expect(expired / jobs().length).toBeLessThan(0.1);
  });

  it("publishes nothing for companies that are not verified yet", () => {
    const pending = new Set(data.companies.filter((c) => c.verificationStatus !== "VERIFIED").map((c) => c.id));
    expect(pending.size).toBeGreaterThan(0);
    for (const job of jobs()) if (pending.has(job.companyId)) expect(job.status).toBe("DRAFT");
    const companies = new Set(data.companies.map((c) => c.id));
    for (const job of jobs()) expect(companies.has(job.companyId)).toBe(true);
    // every company brings at least one job
    expect(new Set(jobs().map((j) => j.companyId)).size).toBe(companies.size);
  });

  it("locates jobs in real districts of the company's city, near the district", () => {
    const companies = new Map(data.companies.map((c) => [c.id, c]));
    for (const job of jobs()) {
      expect(job.city).toBe(companies.get(job.companyId)!.city);
      const district = findDistrict(job.city, job.district)!;
      expect(district, `${job.city}/${job.district}`).toBeDefined();
      expect(Math.abs(job.latitude - district.latitude)).toBeLessThan(0.05);
      expect(Math.abs(job.longitude - district.longitude)).toBeLessThan(0.05);
      expect(job.addressZh.startsWith(findCity(job.city)!.nameZh + district.nameZh)).toBe(true);
      expect(job.addressEn).toContain(district.nameEn);
    }
  });

  it("writes bilingual titles and descriptions that vary", () => {
    for (const { job } of data.jobs) {
      expect(job.titleZh).toMatch(HAN);
      expect(job.descriptionZh).toMatch(HAN);
      expect(job.titleEn.trim()).not.toBe("");
      expect(job.titleEn).not.toMatch(HAN);
      expect(job.descriptionEn).not.toMatch(HAN);
      expect(job.descriptionZh).toContain("岗位职责");
      expect(job.descriptionEn).toContain("What you will do");
      expect(job.descriptionZh).not.toMatch(/[{}]/);
      expect(job.descriptionEn).not.toMatch(/[{}]/);
    }
    expect(new Set(jobs().map((j) => j.titleZh)).size).toBeGreaterThanOrEqual(1000);
    expect(new Set(jobs().map((j) => j.titleEn)).size).toBeGreaterThanOrEqual(1000);
    expect(new Set(jobs().map((j) => j.descriptionEn)).size).toBeGreaterThan(14_000);
  });

  it("links skills, ability units of the job's own role, languages, marketplaces and sessions that exist", () => {
    // 200,000 rows: collect what is wrong rather than calling expect for each.
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok && problems.length < 20) problems.push(what);
    };
    for (const built of data.jobs) {
      const { job } = built;
      const at = `${job.id} ${job.titleZh}`;
      check(
        built.skills.some((s) => s.required),
        `${at}: no required skill`,
      );
      for (const s of built.skills)
        check(skillKeys.has(s.skillId) && [1, 2, 3].includes(s.level), `${at}: ${s.skillId}`);
      check(new Set(built.skills.map((s) => s.skillId)).size === built.skills.length, `${at}: skill twice`);
      check(built.abilityUnits.length >= 3 && built.abilityUnits.some((u) => u.required), `${at}: ability units`);
      for (const u of built.abilityUnits)
        check(units.get(u.abilityUnitId)?.roleKey === job.roleId, `${at}: unit ${u.abilityUnitId} of another role`);
      for (const l of built.languages)
        check(
          levels.get(l.minLevelId)?.languageKey === l.languageId,
          `${at}: level ${l.minLevelId} of ${l.languageId}`,
        );
      check(new Set(built.languages.map((l) => l.languageId)).size === built.languages.length, `${at}: language twice`);
      check(built.marketplaces.length >= 1, `${at}: no marketplace`);
      for (const m of built.marketplaces) check(marketplaceKeys.has(m.marketplaceId), `${at}: ${m.marketplaceId}`);
      check(built.sessions.length >= 1 && built.sessions.length <= 3, `${at}: ${built.sessions.length} sessions`);
      for (const x of built.sessions) check(FAIR_SESSION_SLUGS.includes(x.sessionId), `${at}: ${x.sessionId}`);
      for (const rows of [built.skills, built.abilityUnits, built.languages, built.marketplaces, built.sessions])
        for (const row of rows) check(row.jobId === job.id, `${at}: row of another job`);
    }
    expect(problems).toEqual([]);
  });

  it("asks for English most often, and for the market's language where the title says so", () => {
    const byLanguage = new Map<string, number>();
    for (const built of data.jobs)
      for (const l of built.languages) byLanguage.set(l.languageId, (byLanguage.get(l.languageId) ?? 0) + 1);
    const ranked = [...byLanguage].sort((a, b) => b[1] - a[1]);
    expect(ranked[0]![0]).toBe("en");
    for (const language of ["ja", "es", "th", "vi", "id", "de", "zh"])
      expect(byLanguage.get(language)).toBeGreaterThan(0);
    const names = catalogue.languages.filter((l) => l.key !== "en" && l.key !== "zh");
    for (const built of data.jobs) {
      for (const l of names) {
        if (built.job.titleZh.includes(l.nameZh))
          expect(built.languages.find((x) => x.languageId === l.key)?.required, built.job.titleZh).toBe(true);
      }
      if (built.job.titleZh.includes("国际学生可投"))
        expect(built.languages.find((x) => x.languageId === "zh")?.required).toBe(true);
    }
  });

  it("lists the marketplace a title names among the job's marketplaces", () => {
    const named = Object.entries(TITLE_NAMES).filter(([key]) => key !== "independent-site");
    for (const built of data.jobs) {
      const keys = built.marketplaces.map((m) => m.marketplaceId);
      for (const [key, [zh, en]] of named) {
        if (built.job.titleZh.includes(zh)) expect(keys, built.job.titleZh).toContain(key);
        if (built.job.titleEn.includes(en)) expect(keys, built.job.titleEn).toContain(key);
      }
    }
    const mercado = data.jobs.filter((j) => j.marketplaces[0]!.marketplaceId === "mercado-libre");
    expect(mercado.some((j) => j.languages.some((l) => l.languageId === "es" || l.languageId === "pt"))).toBe(true);
  });

  it("scales down for tests, with at least one company and one job", () => {
    const small = buildDemo(createDemoContext({ now: NOW }), { scale: 0.02 });
    expect(small.companies).toHaveLength(26);
    expect(small.jobs).toHaveLength(300);
    expect(small.companies).toEqual(data.companies.slice(0, 26)); // company i does not depend on the scale
    const tiny = buildDemo(createDemoContext({ now: NOW }), { scale: 0.00001 });
    expect(tiny.companies).toHaveLength(1);
    expect(tiny.jobs).toHaveLength(1);
  });
});

describe("factories", () => {
  it("build a company and a job to order", () => {
    const ctx = createDemoContext({ now: NOW });
    const rng = new Rng("factory-test");
    const company = buildCompany(rng, ctx, { industry: "logistics", city: "ningbo", verificationStatus: "VERIFIED" });
    expect(company.industry).toBe("logistics");
    expect(company.city).toBe("ningbo");
    expect(company.nameZh).toMatch(/^(宁波|余姚市|慈溪市)/);
    expect(isValidCreditCode(company.creditCode)).toBe(true);
    const built = buildJob(rng, ctx, company, {
      roleKey: "multilingual-customer-service",
      status: "PUBLISHED",
      marketplace: "amazon",
      site: "jp",
      sessionSlugs: ["2027-spring-3"],
    });
    expect(built.job.status).toBe("PUBLISHED");
    expect(built.job.roleId).toBe("multilingual-customer-service");
    expect(built.job.titleZh).toContain("日语");
    expect(built.languages.find((l) => l.languageId === "ja")?.required).toBe(true);
    expect(built.marketplaces[0]!.marketplaceId).toBe("amazon");
    expect(built.sessions.map((s) => s.sessionId)).toEqual(["2027-spring-3"]);
    expect(() => buildJob(rng, ctx, company, { roleKey: "no-such-role" })).toThrow(/no-such-role/);
  });
});

describe("seeding the demo into PostgreSQL", () => {
  const db = createPrismaClient(process.env.DATABASE_URL!);
  afterAll(() => db.$disconnect());

  it("writes a small fair with its relations, identical to the in-memory build, and only once", async () => {
    // Dates must not shift with the server's time zone (UTC here): seed from China Standard Time.
    const tz = process.env.TZ;
    process.env.TZ = "Asia/Shanghai";
    onTestFinished(() => {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    });
    expect(new Date(0).getTimezoneOffset()).toBe(-480);
    await importCatalogue(db);
    await seedFairs(db);
    const progress: [number, number][] = [];
    const result = await seedDemo(db, {
      scale: 0.02,
      now: NOW,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(result).toEqual({ colleges: 20, companies: 26, jobs: 300 });
    expect(progress.at(-1)![0]).toBe(progress.at(-1)![1]);
    expect(progress.every(([, total]) => total === progress[0]![1])).toBe(true);

    expect(await db.college.count()).toBe(20);
    expect(await db.major.count()).toBeGreaterThanOrEqual(60);
    expect(await db.company.count()).toBe(26);
    expect(await db.job.count()).toBe(300);

    // Relations point at real rows, and a job's role belongs to the job's family.
    const mismatched = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "Job" j JOIN "TalentRole" r ON r.id = j."roleId"
      WHERE r."familyId" <> j."familyId" OR r.level <> j.level`;
    expect(Number(mismatched[0]!.n)).toBe(0);
    const foreignUnits = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "JobAbilityUnit" ju JOIN "Job" j ON j.id = ju."jobId"
      JOIN "AbilityUnit" u ON u.id = ju."abilityUnitId" WHERE u."roleId" <> j."roleId"`;
    expect(Number(foreignUnits[0]!.n)).toBe(0);
    const withoutSession = await db.job.count({ where: { sessions: { none: {} } } });
    expect(withoutSession).toBe(0);
    const withoutMarketplace = await db.job.count({ where: { marketplaces: { none: {} } } });
    expect(withoutMarketplace).toBe(0);
    const job = await db.job.findFirstOrThrow({
      where: { status: "PUBLISHED" },
      include: { skills: true, languages: { include: { minLevel: true } }, sessions: { include: { session: true } } },
    });
    expect(job.skills.length).toBeGreaterThan(0);
    expect(FAIR_SESSION_SLUGS).toContain(job.sessions[0]!.session.slug);

    // Same rows as in memory, dates included (the time zone of this process does not matter).
    const ctx = createDemoContext({ ids: await loadCatalogueIds(db), now: NOW });
    const expected = buildDemo(ctx, { scale: 0.02 });
    const stored = await db.job.findMany({ orderBy: { id: "asc" } });
    const sorted = expected.jobs.map((j) => j.job).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(stored).toEqual(sorted);
    expect(await db.company.findMany({ orderBy: { id: "asc" } })).toEqual(
      [...expected.companies].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );

    // Seeding again writes nothing new.
    const counts = async () =>
      Promise.all([db.company.count(), db.job.count(), db.jobSkill.count(), db.sessionJob.count()]);
    const before = await counts();
    await seedDemo(db, { scale: 0.02, now: NOW });
    expect(await counts()).toEqual(before);
  });

  it("says what to run first when the fairs are missing", async () => {
    await expect(loadCatalogueIds(db, catalogue, ["no-such-session"])).rejects.toThrow(/seedFairs/);
  });
});
