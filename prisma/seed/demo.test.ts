import { verify } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { CONSENT_VERSIONS, PRIVACY_VERSION } from "../../app/data/privacy";
import { CITY_KEYS, findCity, findDistrict } from "../../app/data/zhejiang";
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
  buildStudent,
  createDemoContext,
  createStudentPool,
  deleteDemoAccounts,
  DEMO_EMAIL_DOMAIN,
  DEMO_PASSWORD,
  DEMO_PASSWORD_HASH,
  FAIR_SESSION_SLUGS,
  FULL_SCALE,
  FULL_SCALE_STUDENTS,
  loadCatalogueIds,
  ORGANIZER_EMAIL,
  ownerEmail,
  Rng,
  seedDemo,
  type BuiltStudent,
  type DemoAccounts,
  type DemoData,
} from "./demo";
import { COLLEGES, MAJORS } from "./demo/colleges";
import { BACKEND_SKILL, MARKETPLACE_SITES, SITES, TITLE_NAMES } from "./demo/markets";
import { COUNTRIES } from "./demo/people";
import {
  AWARDS,
  CERTIFICATES,
  INTERN_DUTIES,
  INTERN_ROLES,
  INTERNATIONAL_MAJORS,
  INTERNATIONAL_SKILLS,
  MAJOR_PROFILES,
  OWN_SHOP_MARKETPLACES,
} from "./demo/profiles";
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
const familyKeys = new Set(catalogue.families.map((f) => f.key));
/** The profile form's limits (app/models/profile-steps.ts): demo profiles must be editable as they are. */
const FORM_LIMITS = {
  name: 60,
  headline: 80,
  summary: 2_000,
  evidenceNote: 200,
  text: 120,
  role: 80,
  description: 1_000,
};

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

  it("gives every major student content made of catalogue keys", () => {
    for (const key of Object.keys(MAJORS)) expect(MAJOR_PROFILES[key], key).toBeDefined();
    for (const [major, profile] of Object.entries(MAJOR_PROFILES)) {
      expect(MAJORS[major], major).toBeDefined();
      for (const family of Object.keys(profile.families))
        expect(familyKeys.has(family), `${major}: ${family}`).toBe(true);
      for (const skill of Object.keys(profile.skills)) expect(skillKeys.has(skill), `${major}: ${skill}`).toBe(true);
      for (const mp of Object.keys(profile.marketplaces)) expect(marketplaceKeys.has(mp), `${major}: ${mp}`).toBe(true);
      for (const cert of Object.keys(profile.certificates))
        expect(CERTIFICATES[cert], `${major}: ${cert}`).toBeDefined();
      for (const award of Object.keys(profile.awards)) expect(AWARDS[award], `${major}: ${award}`).toBeDefined();
      for (const [level] of profile.language ?? []) expect(levels.has(level), `${major}: ${level}`).toBe(true);
      expect(profile.courses.length, major).toBeGreaterThanOrEqual(3);
    }
    for (const seed of [...Object.values(CERTIFICATES), ...Object.values(AWARDS)]) {
      for (const skill of seed.skills) expect(skillKeys.has(skill), skill).toBe(true);
      for (const family of seed.families) expect(familyKeys.has(family), family).toBe(true);
    }
    for (const family of catalogue.families) {
      expect(INTERN_ROLES[family.key]?.length, family.key).toBeGreaterThan(0);
      expect(INTERN_DUTIES[family.key]?.length, family.key).toBeGreaterThan(0);
    }
    for (const key of Object.keys(INTERNATIONAL_MAJORS)) expect(MAJORS[key], key).toBeDefined();
    for (const key of Object.keys(INTERNATIONAL_SKILLS)) expect(skillKeys.has(key), key).toBe(true);
    for (const key of Object.keys(OWN_SHOP_MARKETPLACES)) expect(marketplaceKeys.has(key), key).toBe(true);
    for (const country of COUNTRIES)
      for (const options of country.languages)
        for (const [level] of options) expect(levels.has(level), level).toBe(true);
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

describe("the demo password", () => {
  it("is the precomputed argon2id hash, with the app's parameters", async () => {
    expect(DEMO_PASSWORD_HASH).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verify(DEMO_PASSWORD_HASH, DEMO_PASSWORD)).toBe(true);
    expect(await verify(DEMO_PASSWORD_HASH, `${DEMO_PASSWORD}!`)).toBe(false);
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
    expect(again.accounts).toEqual(data.accounts);
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

    const content = (a: DemoAccounts) =>
      a.students.map((s) => [s.profile.id, s.profile.fullNameZh, s.profile.summaryEn, s.skills.map((k) => k.id)]);
    expect(content(moved.accounts!)).toEqual(content(small.accounts!));
    const dates = (s: BuiltStudent) => [
      s.user.createdAt,
      s.profile.availableFrom,
      ...s.experiences.flatMap((e) => [e.startDate, e.endDate]),
      ...s.consents.map((c) => c.givenAt),
    ];
    small.accounts!.students.forEach((s, i) => {
      const shifted = dates(moved.accounts!.students[i]!);
      dates(s).forEach((date, k) => {
        if (date === null) expect(shifted[k]).toBeNull();
        else expect(shifted[k]!.getTime() - date.getTime()).toBe(10 * DAY);
      });
    });
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

  describe("accounts", () => {
    const accounts = () => data.accounts!;
    const students = () => accounts().students;
    const allUsers = () => [
      accounts().organizer.user,
      ...accounts().members.map((m) => m.user),
      ...students().map((s) => s.user),
    ];
    const share = (count: number) => count / students().length;

    it("has 6,000 students, an owner for every company, recruiters for about 40 % and one organizer", () => {
      expect(students()).toHaveLength(FULL_SCALE_STUDENTS);
      const owners = new Map<string, number>();
      const recruiters = new Map<string, number>();
      for (const { member } of accounts().members) {
        const counts = member.role === "OWNER" ? owners : recruiters;
        counts.set(member.companyId, (counts.get(member.companyId) ?? 0) + 1);
      }
      for (const company of data.companies) expect(owners.get(company.id), company.slug).toBe(1);
      expect(owners.size).toBe(data.companies.length);
      const withRecruiters = recruiters.size / data.companies.length;
      expect(withRecruiters).toBeGreaterThan(0.35);
      expect(withRecruiters).toBeLessThan(0.45);
      for (const n of recruiters.values()) expect([1, 2, 3]).toContain(n);
      const companies = new Map(data.companies.map((c) => [c.id, c]));
      for (const { user, member } of accounts().members) {
        expect(member.userId).toBe(user.id);
        const company = companies.get(member.companyId)!;
        if (member.role === "OWNER") {
          expect(user.email).toBe(ownerEmail(company));
          expect(user.createdAt).toEqual(company.createdAt);
        } else {
          expect(user.email).toMatch(new RegExp(`^recruiter[123]\\.${company.slug}@`));
          expect(user.createdAt.getTime()).toBeGreaterThanOrEqual(company.createdAt.getTime());
        }
      }
      // Pending companies have owners too, who can log in and see the pending state.
      const pending = data.companies.filter((c) => c.verificationStatus === "PENDING");
      expect(pending.length).toBeGreaterThan(0);
      for (const company of pending) expect(owners.get(company.id)).toBe(1);
      const { user, organizer } = accounts().organizer;
      expect(user.email).toBe(ORGANIZER_EMAIL);
      expect(organizer.userId).toBe(user.id);
      expect([organizer.totpSecret, organizer.totpEnabledAt, organizer.totpLastStep]).toEqual([null, null, null]);
    });

    it("gives every account a unique demo address, the demo password and a verified email", () => {
      const users = allUsers();
      expect(new Set(users.map((u) => u.email)).size).toBe(users.length);
      const ids = [
        ...users.map((u) => u.id),
        accounts().organizer.organizer.id,
        ...accounts().members.map((m) => m.member.id),
        ...students().flatMap((s) => [
          s.profile.id,
          ...s.skills.map((r) => r.id),
          ...s.abilityUnits.map((r) => r.id),
          ...s.languages.map((r) => r.id),
          ...s.marketplaces.map((r) => r.id),
          ...s.certifications.map((r) => r.id),
          ...s.experiences.map((r) => r.id),
          ...s.consents.map((r) => r.id),
        ]),
      ];
      expect(ids.every((id) => CUID.test(id))).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
      const jobIds = new Set(data.jobs.map((j) => j.job.id));
      expect(ids.some((id) => jobIds.has(id))).toBe(false);
      for (const u of users) {
        const [local, domain] = u.email.split("@");
        expect(domain).toBe(DEMO_EMAIL_DOMAIN);
        expect(u.email).toBe(u.email.toLowerCase());
        expect(local!.length).toBeLessThanOrEqual(64);
        expect(u.passwordHash).toBe(DEMO_PASSWORD_HASH);
        expect(u.emailVerifiedAt!.getTime()).toBeGreaterThanOrEqual(u.createdAt.getTime());
        expect(u.privacyVersion).toBe(PRIVACY_VERSION);
        expect(u.privacyAcceptedAt).toEqual(u.createdAt);
        expect(u.createdAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
        expect(["zh-CN", "en"]).toContain(u.locale);
      }
      expect(
        students()
          .map((s) => s.user.email)
          .slice(0, 2),
      ).toEqual([`student0001@${DEMO_EMAIL_DOMAIN}`, `student0002@${DEMO_EMAIL_DOMAIN}`]);
      expect(students().filter((s) => s.user.locale === "zh-CN").length).toBeGreaterThan(0.9 * students().length);
    });

    it("spreads students over the 20 colleges, in majors of their college, with its degree", () => {
      const colleges = new Map(data.colleges.map((c) => [c.id, c]));
      const majors = new Map(data.majors.map((m) => [m.id, m]));
      const perCollege = new Map<string, number>();
      const years = new Map<number, number>();
      for (const { profile } of students()) {
        const major = majors.get(profile.majorId!);
        expect(major, profile.id).toBeDefined();
        expect(colleges.has(profile.collegeId!)).toBe(true);
        expect(major!.collegeId).toBe(profile.collegeId);
        expect(profile.degree).toBe(major!.degree);
        expect([2025, 2026, 2027, 2028]).toContain(profile.graduationYear);
        perCollege.set(profile.collegeId!, (perCollege.get(profile.collegeId!) ?? 0) + 1);
        years.set(profile.graduationYear!, (years.get(profile.graduationYear!) ?? 0) + 1);
      }
      expect(perCollege.size).toBe(20);
      for (const n of perCollege.values()) expect(n).toBeGreaterThan(100);
      expect(years.size).toBe(4);
      expect(years.get(2027)).toBeGreaterThan(years.get(2025)!);
    });

    it("uses only catalogue keys, each at most once per profile, with levels of their own language", () => {
      const problems: string[] = [];
      const check = (ok: boolean, what: string) => {
        if (!ok && problems.length < 20) problems.push(what);
      };
      const unique = (values: string[], what: string) => check(new Set(values).size === values.length, what);
      for (const s of students()) {
        const at = s.user.email;
        for (const row of [
          ...s.skills,
          ...s.abilityUnits,
          ...s.languages,
          ...s.marketplaces,
          ...s.certifications,
          ...s.experiences,
        ])
          check(row.profileId === s.profile.id, `${at}: row of another profile`);
        for (const c of s.consents) check(c.userId === s.user.id, `${at}: consent of another user`);
        check(s.profile.userId === s.user.id, `${at}: profile of another user`);
        for (const k of s.skills) check(skillKeys.has(k.skillId) && [1, 2, 3].includes(k.level), `${at}: ${k.skillId}`);
        unique(
          s.skills.map((k) => k.skillId),
          `${at}: skill twice`,
        );
        for (const u of s.abilityUnits)
          check(
            units.has(u.abilityUnitId) && [1, 2, 3].includes(u.level) && u.evidence !== null,
            `${at}: ${u.abilityUnitId}`,
          );
        unique(
          s.abilityUnits.map((u) => u.abilityUnitId),
          `${at}: unit twice`,
        );
        for (const l of s.languages) check(levels.get(l.levelId)?.languageKey === l.languageId, `${at}: ${l.levelId}`);
        unique(
          s.languages.map((l) => l.languageId),
          `${at}: language twice`,
        );
        for (const m of s.marketplaces) check(marketplaceKeys.has(m.marketplaceId), `${at}: ${m.marketplaceId}`);
        unique(
          s.marketplaces.map((m) => m.marketplaceId),
          `${at}: marketplace twice`,
        );
        for (const f of s.profile.desiredFamilies) check(familyKeys.has(f), `${at}: family ${f}`);
        for (const c of s.profile.desiredCities)
          check((CITY_KEYS as readonly string[]).includes(c), `${at}: city ${c}`);
        check(s.profile.city === null || (CITY_KEYS as readonly string[]).includes(s.profile.city), `${at}: city`);
        // A unit of a family the student looks for, at junior level or (with experience) intermediate.
        for (const u of s.abilityUnits) {
          const role = roles.get(units.get(u.abilityUnitId)!.roleKey)!;
          check(s.profile.desiredFamilies.includes(role.familyKey), `${at}: unit ${u.abilityUnitId} of another family`);
          check(role.level !== "SENIOR", `${at}: senior unit`);
        }
      }
      expect(problems).toEqual([]);
    });

    it("backs skills and ability units with evidence the profile shows", () => {
      const problems: string[] = [];
      for (const s of students()) {
        const kinds = new Set([...s.experiences.map((e) => e.kind), ...s.certifications.map((c) => c.kind)]);
        const needs: Record<string, string> = {
          INTERNSHIP: "INTERNSHIP",
          OWN_SHOP: "OWN_SHOP",
          CERTIFICATE: "CERTIFICATE",
          COMPETITION: "AWARD",
        };
        for (const row of [...s.skills, ...s.abilityUnits]) {
          if (row.evidence === null) {
            if (row.evidenceNote !== "") problems.push(`${s.user.email}: a note without evidence`);
            continue;
          }
          if (row.evidence !== "COURSE" && !kinds.has(needs[row.evidence] as never))
            problems.push(`${s.user.email}: ${row.evidence} evidence it does not have`);
          if (row.evidenceNote.trim() === "") problems.push(`${s.user.email}: ${row.evidence} without a note`);
          if (row.evidence === "CERTIFICATE" || row.evidence === "COMPETITION")
            if (!s.certifications.some((c) => c.name === row.evidenceNote))
              problems.push(`${s.user.email}: ${row.evidenceNote} is not among the certifications`);
        }
      }
      expect(problems.slice(0, 10)).toEqual([]);
      const evidence = new Set(students().flatMap((s) => s.skills.map((k) => k.evidence)));
      expect(evidence).toEqual(new Set([null, "COURSE", "CERTIFICATE", "COMPETITION", "INTERNSHIP", "OWN_SHOP"]));
    });

    it("speaks languages like the students of these colleges: English for most, the major's own, HSK for international students", () => {
      const byLevel = (s: BuiltStudent, language: string) =>
        s.languages.find((l) => l.languageId === language)?.levelId;
      const majors = new Map(data.majors.map((m) => [m.id, m]));
      const english = students().filter((s) => byLevel(s, "en")).length;
      expect(share(english)).toBeGreaterThan(0.7);
      const cet = students().filter((s) => /^en-cet-[46]$/.test(byLevel(s, "en") ?? "")).length;
      expect(share(cet)).toBeGreaterThan(0.5);
      const international = students().filter((s) => byLevel(s, "zh"));
      expect(share(international.length)).toBeGreaterThan(0.03);
      expect(share(international.length)).toBeLessThan(0.07);
      for (const s of international) {
        expect(byLevel(s, "zh")).toMatch(/^zh-hsk-[3-6]$/);
        expect(s.profile.fullNameEn).not.toMatch(HAN);
        expect(s.languages.length).toBeGreaterThanOrEqual(2);
      }
      for (const s of students()) {
        const major = majors.get(s.profile.majorId!)!.key;
        if (major === "japanese") expect(byLevel(s, "ja"), s.user.email).toMatch(/^ja-jlpt-n[123]$/);
        if (major === "business-english") expect(byLevel(s, "en"), s.user.email).toMatch(/^en-(tem|ielts)/);
      }
      for (const language of ["ja", "es", "th", "vi", "id", "ko", "ru", "fr", "de", "ar", "pt", "ms"])
        expect(
          students().some((s) => byLevel(s, language)),
          language,
        ).toBe(true);
    });

    it("reads like real students: names, bilingual headlines and summaries, a clearly fake phone number", () => {
      const problems: string[] = [];
      const phones = new Set<string>();
      for (const s of students()) {
        const p = s.profile;
        const at = s.user.email;
        if (!HAN.test(p.fullNameZh) || p.fullNameZh.length > FORM_LIMITS.name) problems.push(`${at}: ${p.fullNameZh}`);
        if (HAN.test(p.fullNameEn) || p.fullNameEn.length > FORM_LIMITS.name) problems.push(`${at}: ${p.fullNameEn}`);
        for (const zh of [p.headlineZh, p.summaryZh]) if (zh && !HAN.test(zh)) problems.push(`${at}: ${zh}`);
        for (const en of [p.headlineEn, p.summaryEn]) if (HAN.test(en)) problems.push(`${at}: ${en}`);
        for (const text of [p.headlineZh, p.headlineEn, p.summaryZh, p.summaryEn])
          if (/[{}]|undefined|null|NaN/.test(text)) problems.push(`${at}: ${text}`);
        if (p.headlineZh.length > FORM_LIMITS.headline || p.headlineEn.length > FORM_LIMITS.headline)
          problems.push(`${at}: headline too long`);
        if (p.summaryZh.length > FORM_LIMITS.summary || p.summaryEn.length > FORM_LIMITS.summary)
          problems.push(`${at}: summary too long`);
        if (p.phone !== null) {
          if (!/^1540000\d{4}$/.test(p.phone)) problems.push(`${at}: phone ${p.phone}`);
          phones.add(p.phone);
        }
        for (const link of p.portfolioLinks)
          if (!link.startsWith("https://portfolio.example.com/")) problems.push(`${at}: ${link}`);
        if (p.portfolioLinks.length > 3) problems.push(`${at}: ${p.portfolioLinks.length} links`);
        if (p.desiredSalaryMin !== null && (p.desiredSalaryMin < 3000 || p.desiredSalaryMin > 15_000))
          problems.push(`${at}: salary ${p.desiredSalaryMin}`);
        for (const row of [...s.skills, ...s.abilityUnits])
          if (row.evidenceNote.length > FORM_LIMITS.evidenceNote) problems.push(`${at}: ${row.evidenceNote}`);
        for (const c of s.certifications) {
          if (c.name.length > FORM_LIMITS.text || c.issuer.length > FORM_LIMITS.text) problems.push(`${at}: ${c.name}`);
          if (c.year < 2021 || c.year > 2026) problems.push(`${at}: ${c.name} in ${c.year}`);
        }
        for (const e of s.experiences) {
          if (e.organisation.length > FORM_LIMITS.text || e.role.length > FORM_LIMITS.role)
            problems.push(`${at}: ${e.role}`);
          if (e.description.length > FORM_LIMITS.description) problems.push(`${at}: long description`);
          if (e.startDate.getTime() > NOW.getTime()) problems.push(`${at}: ${e.kind} starts in the future`);
          if (e.endDate && (e.endDate < e.startDate || e.endDate.getTime() > NOW.getTime()))
            problems.push(`${at}: ${e.kind} ends ${e.endDate.toISOString()}`);
        }
      }
      expect(problems.slice(0, 10)).toEqual([]);
      expect(phones.size).toBe(students().filter((s) => s.profile.phone !== null).length);
      // Varied, like real people: many distinct names and summaries.
      expect(new Set(students().map((s) => s.profile.fullNameZh)).size).toBeGreaterThan(3000);
      expect(
        new Set(
          students()
            .map((s) => s.profile.summaryEn)
            .filter(Boolean),
        ).size,
      ).toBeGreaterThan(3000);
      // Internships and jobs at the demo's own companies.
      const names = new Set(data.companies.flatMap((c) => [c.nameZh, c.nameEn]));
      const placements = students().flatMap((s) =>
        s.experiences.filter((e) => e.kind === "INTERNSHIP" || e.kind === "JOB"),
      );
      expect(placements.length).toBeGreaterThan(2000);
      for (const e of placements) expect(names.has(e.organisation), e.organisation).toBe(true);
      expect(students().some((s) => s.experiences.some((e) => e.kind === "OWN_SHOP"))).toBe(true);
    });

    it("varies completeness, and makes about a third discoverable and most share on applying", () => {
      const active = (s: BuiltStudent, purpose: string) =>
        s.consents.some((c) => c.purpose === purpose && c.withdrawnAt === null);
      const discoverable = share(students().filter((s) => active(s, "DISCOVERABLE")).length);
      expect(discoverable).toBeGreaterThan(0.28);
      expect(discoverable).toBeLessThan(0.38);
      expect(share(students().filter((s) => active(s, "SHARE_ON_APPLY")).length)).toBeGreaterThan(0.75);
      const withdrawn = students().flatMap((s) => s.consents.filter((c) => c.withdrawnAt !== null));
      expect(withdrawn.length).toBeGreaterThan(0);
      for (const s of students()) {
        expect(new Set(s.consents.map((c) => c.purpose)).size).toBe(s.consents.length);
        for (const c of s.consents) {
          expect(c.version).toBe(CONSENT_VERSIONS[c.purpose]);
          expect(c.givenAt.getTime()).toBeGreaterThanOrEqual(s.user.createdAt.getTime());
          expect(c.givenAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
          if (c.withdrawnAt) {
            expect(c.withdrawnAt.getTime()).toBeGreaterThan(c.givenAt.getTime());
            expect(c.withdrawnAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
          }
        }
      }
      const sparse = share(students().filter((s) => s.profile.headlineZh === "" && s.profile.headlineEn === "").length);
      expect(sparse).toBeGreaterThan(0.1);
      expect(sparse).toBeLessThan(0.2);
      const bilingual = share(students().filter((s) => s.profile.summaryZh && s.profile.summaryEn).length);
      expect(bilingual).toBeGreaterThan(0.5);
      expect(share(students().filter((s) => s.skills.length >= 4).length)).toBeGreaterThan(0.4);
    });

    it("makes the first students the showcase the README names", () => {
      const [complete, international, sparse] = students();
      const active = (s: BuiltStudent) =>
        s.consents
          .filter((c) => !c.withdrawnAt)
          .map((c) => c.purpose)
          .sort();
      expect(complete!.profile.summaryZh).toMatch(HAN);
      expect(complete!.profile.summaryEn).not.toBe("");
      expect(complete!.user.locale).toBe("zh-CN");
      expect(active(complete!)).toEqual(["DISCOVERABLE", "SHARE_ON_APPLY"]);
      expect(international!.languages.some((l) => /^zh-hsk-/.test(l.levelId))).toBe(true);
      expect(international!.user.locale).toBe("en");
      expect(active(international!)).toEqual(["DISCOVERABLE", "SHARE_ON_APPLY"]);
      expect(sparse!.profile.headlineZh).toBe("");
      expect(active(sparse!)).toEqual([]);
    });

    it("names a member of the job's company who had joined by then as its author", () => {
      const members = new Map(accounts().members.map((m) => [m.user.id, m]));
      for (const { job } of data.jobs) {
        const author = members.get(job.createdById!);
        expect(author?.member.companyId, job.id).toBe(job.companyId);
        expect(author!.member.createdAt.getTime()).toBeLessThanOrEqual(job.createdAt.getTime());
      }
      expect(new Set(data.jobs.map((j) => j.job.createdById)).size).toBeGreaterThan(data.companies.length);
    });
  });

  it("scales down for tests, with at least one company and one job", () => {
    const small = buildDemo(createDemoContext({ now: NOW }), { scale: 0.02 });
    expect(small.companies).toHaveLength(26);
    expect(small.jobs).toHaveLength(300);
    expect(small.companies).toEqual(data.companies.slice(0, 26)); // company i does not depend on the scale
    const tiny = buildDemo(createDemoContext({ now: NOW }), { scale: 0.00001 });
    expect(tiny.companies).toHaveLength(1);
    expect(tiny.jobs).toHaveLength(1);

    // 120 students; student n is the same person at any scale, and so are a company's members.
    const accounts = small.accounts!;
    expect(accounts.students).toHaveLength(120);
    const who = (s: BuiltStudent) => [
      s.user.id,
      s.user.email,
      s.profile.fullNameZh,
      s.profile.majorId,
      s.profile.graduationYear,
    ];
    expect(accounts.students.map(who)).toEqual(data.accounts!.students.slice(0, 120).map(who));
    const companies = new Set(small.companies.map((c) => c.id));
    expect(accounts.members).toEqual(data.accounts!.members.filter((m) => companies.has(m.member.companyId)));
    expect(accounts.organizer).toEqual(data.accounts!.organizer);
    expect(tiny.accounts!.students).toHaveLength(1);
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

  it("build a student to order", () => {
    const ctx = createDemoContext({ now: NOW });
    const pool = createStudentPool(ctx, buildDemo(ctx, { scale: 0.02, accounts: false }));
    const student = buildStudent(new Rng("student-test"), ctx, pool, 42, {
      collegeKey: "zisu",
      majorKey: "japanese",
      completeness: "complete",
      international: false,
      discoverable: true,
      graduationYear: 2026,
    });
    expect(student.user.email).toBe(`student0042@${DEMO_EMAIL_DOMAIN}`);
    expect(student.profile.phone ?? "15400000042").toBe("15400000042");
    expect(student.profile.majorId).toBe(
      pool.majorsByCollege.get(student.profile.collegeId!)!.find((m) => m.key === "japanese")!.id,
    );
    expect(student.profile.graduationYear).toBe(2026);
    expect(student.profile.headlineZh).toMatch(HAN);
    expect(student.languages.find((l) => l.languageId === "ja")?.levelId).toMatch(/^ja-jlpt-/);
    expect(student.consents.find((c) => c.purpose === "DISCOVERABLE")?.withdrawnAt).toBeNull();
    expect(student.skills.length).toBeGreaterThanOrEqual(4);
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
    expect(result).toMatchObject({ colleges: 20, companies: 26, jobs: 300, organizers: 1, students: 120 });
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

    // Same accounts as in memory: users, memberships, profiles and their sections.
    const { accounts } = expected;
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(result.companyMembers).toBe(accounts!.members.length);
    expect(await db.user.findMany({ orderBy: { id: "asc" } })).toEqual(
      byId([
        accounts!.organizer.user,
        ...accounts!.members.map((m) => m.user),
        ...accounts!.students.map((s) => s.user),
      ]),
    );
    expect(await db.companyMember.findMany({ orderBy: { id: "asc" } })).toEqual(
      byId(accounts!.members.map((m) => m.member)),
    );
    expect(await db.organizer.findMany()).toEqual([accounts!.organizer.organizer]);
    const students = accounts!.students;
    expect(await db.studentProfile.findMany({ orderBy: { id: "asc" } })).toEqual(byId(students.map((s) => s.profile)));
    expect(await db.studentSkill.findMany({ orderBy: { id: "asc" } })).toEqual(byId(students.flatMap((s) => s.skills)));
    expect(await db.experience.findMany({ orderBy: { id: "asc" } })).toEqual(
      byId(students.flatMap((s) => s.experiences)),
    );
    expect(await db.consent.findMany({ orderBy: { id: "asc" } })).toEqual(byId(students.flatMap((s) => s.consents)));
    const sections = await Promise.all([
      db.studentAbilityUnit.count(),
      db.studentLanguage.count(),
      db.studentMarketplace.count(),
      db.certification.count(),
    ]);
    expect(sections).toEqual([
      students.flatMap((s) => s.abilityUnits).length,
      students.flatMap((s) => s.languages).length,
      students.flatMap((s) => s.marketplaces).length,
      students.flatMap((s) => s.certifications).length,
    ]);

    // Relations hold in the database too: a profile's major is of its college; a job's author is
    // a member of its company; every company has exactly one owner.
    const [foreignMajors] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "StudentProfile" p JOIN "Major" m ON m.id = p."majorId"
      WHERE m."collegeId" <> p."collegeId" OR m.degree <> p.degree`;
    expect(Number(foreignMajors!.n)).toBe(0);
    const [foreignAuthors] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "Job" j LEFT JOIN "CompanyMember" cm ON cm."userId" = j."createdById"
      WHERE cm."companyId" IS DISTINCT FROM j."companyId"`;
    expect(Number(foreignAuthors!.n)).toBe(0);
    const owners = await db.companyMember.groupBy({ by: ["companyId"], where: { role: "OWNER" }, _count: true });
    expect(owners.map((o) => o._count)).toEqual(Array(26).fill(1));
    const discoverable = await db.studentProfile.count({
      where: { user: { consents: { some: { purpose: "DISCOVERABLE", withdrawnAt: null } } } },
    });
    expect(discoverable).toBeGreaterThan(120 * 0.15);
    expect(discoverable).toBeLessThan(120 * 0.55);
    const showcase = await db.user.findUniqueOrThrow({
      where: { email: `student0001@${DEMO_EMAIL_DOMAIN}` },
      include: {
        student: {
          include: {
            college: true,
            major: true,
            skills: { include: { skill: true } },
            languages: { include: { level: true } },
          },
        },
      },
    });
    expect(showcase.student!.college!.key).toBe("zjgsu");
    expect(showcase.student!.major!.key).toBe("cross-border-ecommerce");
    expect(showcase.student!.skills.length).toBeGreaterThan(0);

    // Seeding again writes nothing new.
    const counts = async () =>
      Promise.all([
        db.company.count(),
        db.job.count(),
        db.jobSkill.count(),
        db.sessionJob.count(),
        db.user.count(),
        db.studentProfile.count(),
        db.studentSkill.count(),
        db.consent.count(),
      ]);
    const before = await counts();
    await seedDemo(db, { scale: 0.02, now: NOW });
    expect(await counts()).toEqual(before);

    // The demo accounts can be deleted with everything that hangs on them (for --reset).
    expect(await deleteDemoAccounts(db)).toBe(before[4]);
    expect(
      await Promise.all([db.user.count(), db.studentProfile.count(), db.companyMember.count(), db.consent.count()]),
    ).toEqual([0, 0, 0, 0]);
  });

  it("lets a demo student, a company owner and the organizer log in with the demo password", async () => {
    await importCatalogue(db);
    await seedFairs(db);
    await seedDemo(db, { scale: 0.02, now: NOW });
    // The app's own log-in (its Prisma client reads DATABASE_URL, this test file's database).
    const { authenticate } = await import("../../app/models/account.server");
    const { prisma } = await import("../../app/db.server");
    onTestFinished(() => prisma.$disconnect());

    const student = await authenticate(`Student0001@${DEMO_EMAIL_DOMAIN}`, DEMO_PASSWORD);
    expect(student?.student).not.toBeNull();
    expect(student?.membership).toBeNull();
    expect(await authenticate(`student0001@${DEMO_EMAIL_DOMAIN}`, "wrong password")).toBeNull();

    // A pending company's owner where the slice has one: they log in and see the pending state.
    const company =
      (await db.company.findFirst({ where: { verificationStatus: "PENDING" } })) ??
      (await db.company.findFirstOrThrow({ orderBy: { id: "asc" } }));
    const owner = await authenticate(ownerEmail(company), DEMO_PASSWORD);
    expect(owner?.membership?.companyId).toBe(company.id);

    const organizer = await authenticate(ORGANIZER_EMAIL, DEMO_PASSWORD);
    expect(organizer?.organizer).toEqual({ totpEnabledAt: null }); // enrols at the first log-in
  });

  it("says what to run first when the fairs are missing", async () => {
    await expect(loadCatalogueIds(db, catalogue, ["no-such-session"])).rejects.toThrow(/seedFairs/);
  });
});
