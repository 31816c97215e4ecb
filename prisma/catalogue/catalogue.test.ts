import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../client";
import { seedFairs } from "../seed";
import { buildCompany, buildJob, createDemoContext, insertDemoData, loadCatalogueIds, Rng } from "../seed/demo";
import { importCatalogue, type ImportSummary } from "./import";
import {
  CATALOGUE_PATH,
  CatalogueError,
  flattenCatalogue,
  loadCatalogue,
  parseCatalogue,
  readCatalogueFile,
  type Catalogue,
} from "./schema";

const HAN = /\p{Script=Han}/u;
const catalogue = loadCatalogue();
const flat = flattenCatalogue(catalogue);

const FAMILIES = [
  "platform-operation",
  "overseas-marketing",
  "logistics-warehousing",
  "dtc-brand",
  "live-stream-selling",
  "customer-service",
  "sourcing-product",
  "data-analysis",
  "compliance",
  "finance",
];

describe("the catalogue file", () => {
  it("validates, with every reference resolved", () => {
    expect(() => readCatalogueFile()).not.toThrow();
    expect(catalogue.version).toMatch(/^\d{4}\.\d+$/);
  });

  it("has exactly the ten job families of the talent standard", () => {
    expect(catalogue.families.map((f) => f.key)).toEqual(FAMILIES);
    const zh = catalogue.families.map((f) => f.nameZh);
    for (const name of ["平台运营", "海外营销", "跨境物流与海外仓", "跨境直播", "跨境客服", "跨境合规", "跨境财税"])
      expect(zh).toContain(name);
  });

  it("gives every family three or more roles covering junior, intermediate and senior", () => {
    for (const family of catalogue.families) {
      expect(family.roles.length, family.key).toBeGreaterThanOrEqual(3);
      expect(new Set(family.roles.map((r) => r.level)), family.key).toEqual(
        new Set(["JUNIOR", "INTERMEDIATE", "SENIOR"]),
      );
      expect(family.descriptionZh.length).toBeGreaterThan(20);
      expect(family.descriptionEn.length).toBeGreaterThan(40);
    }
    expect(new Set(flat.roles.map((r) => r.domain))).toEqual(new Set(["CROSS_BORDER", "GENERAL", "BUSINESS"]));
  });

  it("gives every role five or more ability units, worded as abilities", () => {
    for (const role of flat.roles) {
      expect(role.abilityUnits.length, role.key).toBeGreaterThanOrEqual(5);
      for (const unit of role.abilityUnits) {
        expect(unit.nameZh, unit.key).toMatch(/^(能|熟悉|了解)/);
        expect(unit.nameEn, unit.key).toMatch(/^[A-Z][a-z]+s\b/); // "Writes and optimises …"
      }
    }
    expect(flat.abilityUnits.some((u) => u.nameZh === "能独立完成亚马逊 Listing 的撰写与优化")).toBe(true);
  });

  it("names everything in Chinese and English", () => {
    const named: { key: string; nameZh: string; nameEn: string }[] = [
      ...catalogue.families,
      ...flat.roles,
      ...flat.abilityUnits,
      ...catalogue.skillCategories,
      ...catalogue.skills,
      ...catalogue.languages,
      ...flat.languageLevels,
      ...catalogue.marketplaces,
      ...catalogue.trainingBases,
      ...flat.courses,
    ];
    expect(named.length).toBeGreaterThan(500);
    for (const entry of named) {
      expect(entry.nameZh, entry.key).toMatch(HAN);
      expect(entry.nameEn.trim(), entry.key).not.toBe("");
      expect(entry.nameEn, entry.key).not.toMatch(HAN);
    }
  });

  it("has the marketplaces students list, with websites", () => {
    const keys = catalogue.marketplaces.map((m) => m.key);
    for (const key of [
      "amazon",
      "aliexpress",
      "ebay",
      "shopee",
      "lazada",
      "tiktok-shop",
      "temu",
      "shein",
      "alibaba-com",
      "independent-site",
      "walmart",
      "mercado-libre",
      "ozon",
      "wish",
      "etsy",
      "coupang",
      "allegro",
    ])
      expect(keys).toContain(key);
    for (const m of catalogue.marketplaces) expect(m.website, m.key).toMatch(/^https:\/\//);
  });

  it("maps every language scale onto CEFR, rising within each scale", () => {
    const levelKeys = new Set(flat.languageLevels.map((l) => l.key));
    for (const key of [
      "en-cet-4",
      "en-cet-6",
      "en-tem-4",
      "en-tem-8",
      "en-ielts-5-5",
      "en-ielts-6-5",
      "en-ielts-7-5",
      "en-toefl-80",
      "en-toefl-100",
      "en-general-basic",
      "en-general-working",
      "en-general-fluent",
      "en-general-native",
      "zh-hsk-3",
      "zh-hsk-4",
      "zh-hsk-5",
      "zh-hsk-6",
      "ja-jlpt-n3",
      "ja-jlpt-n2",
      "ja-jlpt-n1",
      "ko-topik-4",
    ])
      expect(levelKeys, key).toContain(key);
    const languages = catalogue.languages.map((l) => l.key);
    for (const key of ["en", "zh", "ja", "ko", "es", "fr", "de", "ru", "ar", "pt", "th", "vi", "id", "ms"])
      expect(languages).toContain(key);
    for (const language of catalogue.languages) {
      const scales = new Map<string, number[]>();
      for (const level of language.levels) scales.set(level.scale, [...(scales.get(level.scale) ?? []), level.cefr]);
      for (const [scale, ranks] of scales)
        expect(ranks, `${language.key}/${scale}`).toEqual([...ranks].sort((a, b) => a - b));
    }
    const rank = (key: string) => flat.languageLevels.find((l) => l.key === key)!.cefr;
    expect(rank("en-cet-4")).toBeLessThan(rank("en-cet-6"));
    expect(rank("en-tem-8")).toBe(5);
    expect(rank("ja-jlpt-n2")).toBe(rank("en-cet-6"));
  });

  it("has 60+ skills in named categories", () => {
    expect(catalogue.skills.length).toBeGreaterThanOrEqual(60);
    const categories = new Set(catalogue.skills.map((s) => s.category));
    for (const c of [
      "advertising",
      "analytics",
      "design",
      "erp",
      "language-tools",
      "logistics",
      "finance",
      "office",
      "video",
      "social-media",
      "web",
    ])
      expect(categories).toContain(c);
  });

  it("has 15 certified Hangzhou training bases whose courses close gaps in every family", () => {
    expect(catalogue.trainingBases).toHaveLength(15);
    for (const base of catalogue.trainingBases) {
      expect(base.city).toBe("hangzhou");
      expect(base.courses.length, base.key).toBeGreaterThanOrEqual(3);
      expect(base.courses.length, base.key).toBeLessThanOrEqual(6);
    }
    const unitFamily = new Map(
      flat.abilityUnits.map((u) => [u.key, flat.roles.find((r) => r.key === u.roleKey)!.familyKey]),
    );
    const taught = new Set(flat.courses.flatMap((c) => c.abilityUnits.map((u) => unitFamily.get(u))));
    for (const family of FAMILIES) expect(taught, family).toContain(family);
  });

  it("has 30+ search synonym groups in lower case, no term in two groups", () => {
    expect(catalogue.synonyms.length).toBeGreaterThanOrEqual(30);
    const groups = catalogue.synonyms.map((g) => new Set(g));
    const has = (...terms: string[]) => groups.some((g) => terms.every((t) => g.has(t)));
    expect(has("亚马逊", "amazon")).toBe(true);
    expect(has("独立站", "shopify", "dtc", "independent site")).toBe(true);
    expect(has("海外仓", "overseas warehouse")).toBe(true);
    expect(has("速卖通", "aliexpress")).toBe(true);
    expect(has("虾皮", "shopee")).toBe(true);
    expect(has("抖音海外版", "tiktok", "tiktok shop")).toBe(true);
    expect(has("运营", "operations")).toBe(true);
    expect(has("客服", "customer service")).toBe(true);
  });

  it("is rejected with every problem named when broken", () => {
    const broken = structuredClone(catalogue) as Catalogue;
    broken.families[1]!.roles[0]!.key = broken.families[0]!.roles[0]!.key;
    broken.families[2]!.nameZh = "Logistics";
    broken.trainingBases[0]!.courses[0]!.abilityUnits.push("no-such-unit");
    broken.trainingBases[0]!.courses[1]!.skills.push("no-such-skill");
    broken.skills[0]!.category = "no-such-category";
    broken.synonyms.push(["Amazon", "亚马逊"]);
    let error: unknown;
    try {
      parseCatalogue(broken, "broken.json");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CatalogueError);
    const message = (error as Error).message;
    expect(message).toContain("families[2].nameZh: must contain Chinese characters");
    expect(message).toContain("synonyms are lower case");
    // Shape errors come first; once the shape is right the references are checked.
    broken.families[2]!.nameZh = "跨境物流与海外仓";
    broken.synonyms.pop();
    broken.synonyms.push(["amazon"]);
    expect(() => parseCatalogue(broken, "broken.json")).toThrow(/at least two terms/);
    broken.synonyms.pop();
    broken.synonyms.push(["amazon", "亚马逊站"]);
    const references = (() => {
      try {
        parseCatalogue(broken, "broken.json");
        return "";
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(references).toContain('duplicate role key "platform-operations-assistant"');
    expect(references).toContain('unknown ability unit "no-such-unit"');
    expect(references).toContain('trainingBases[0].courses[1].skills[1]: unknown skill "no-such-skill"');
    expect(references).toContain('unknown skill category "no-such-category"');
    expect(references).toMatch(/"amazon" is also in synonyms\[\d+\]/);
  });
});

/** Removes a skill from the file and from the courses that name it. */
function removeSkill(c: Catalogue, key: string) {
  c.skills = c.skills.filter((s) => s.key !== key);
  for (const base of c.trainingBases)
    for (const course of base.courses) course.skills = (course.skills ?? []).filter((s) => s !== key);
}

describe("importing the catalogue", () => {
  const db = createPrismaClient(process.env.DATABASE_URL!);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "catalogue-test-"));
  const original = JSON.parse(fs.readFileSync(CATALOGUE_PATH, "utf8")) as Catalogue;
  let first: ImportSummary;

  const write = (name: string, edit: (c: Catalogue) => void) => {
    const copy = structuredClone(original);
    edit(copy);
    const file = path.join(dir, name);
    fs.writeFileSync(file, JSON.stringify(copy, null, 2));
    return file;
  };
  const rowCounts = () =>
    Promise.all([
      db.talentFamily.count(),
      db.talentRole.count(),
      db.abilityUnit.count(),
      db.skill.count(),
      db.language.count(),
      db.languageLevel.count(),
      db.marketplace.count(),
      db.trainingBase.count(),
      db.course.count(),
      db.courseAbilityUnit.count(),
      db.courseSkill.count(),
    ]);
  const expectedCounts = [
    10,
    flat.roles.length,
    flat.abilityUnits.length,
    catalogue.skills.length,
    catalogue.languages.length,
    flat.languageLevels.length,
    catalogue.marketplaces.length,
    15,
    flat.courses.length,
    flat.courses.reduce((n, c) => n + c.abilityUnits.length, 0),
    flat.courses.reduce((n, c) => n + c.skills.length, 0),
  ];

  beforeAll(async () => {
    first = await importCatalogue(db);
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await db.$disconnect();
  });

  it("creates every entry and records the version and checksum", async () => {
    expect(await rowCounts()).toEqual(expectedCounts);
    expect(first.counts.abilityUnit).toEqual({ created: flat.abilityUnits.length, updated: 0, deleted: 0, kept: 0 });
    const sha = crypto.createHash("sha256").update(fs.readFileSync(CATALOGUE_PATH)).digest("hex");
    expect(first.checksum).toBe(sha);
    const record = await db.catalogueImport.findUniqueOrThrow({ where: { id: first.importId } });
    expect(record).toMatchObject({ version: catalogue.version, checksum: sha });
    const role = await db.talentRole.findUniqueOrThrow({
      where: { key: "marketplace-operations-specialist" },
      include: { family: true, abilityUnits: true },
    });
    expect(role.family.key).toBe("platform-operation");
    expect(role.level).toBe("INTERMEDIATE");
    expect(role.abilityUnits.length).toBeGreaterThanOrEqual(5);
    const families = await db.talentFamily.findMany({ orderBy: { sortOrder: "asc" } });
    expect(families.map((f) => f.key)).toEqual(FAMILIES);
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await rowCounts();
    const lines: string[] = [];
    const again = await importCatalogue(db, { log: (line) => lines.push(line) });
    expect(await rowCounts()).toEqual(before);
    for (const counts of Object.values(again.counts))
      expect(counts).toEqual({ created: 0, updated: 0, deleted: 0, kept: 0 });
    expect(await db.catalogueImport.count()).toBeGreaterThanOrEqual(2);
    expect(lines[0]).toContain(`Imported talent catalogue ${catalogue.version}`);
  });

  it("updates a renamed or moved entry in place", async () => {
    const skillBefore = await db.skill.findUniqueOrThrow({ where: { key: "excel" } });
    const unitBefore = await db.abilityUnit.findUniqueOrThrow({ where: { key: "dta-charts" } });
    const file = write("renamed.json", (c) => {
      c.version = "2026.2";
      c.skills.find((s) => s.key === "excel")!.nameEn = "Microsoft Excel";
      c.families[0]!.descriptionEn += " Edited.";
      // move an ability unit from the data assistant to the data analyst
      const data = c.families.find((f) => f.key === "data-analysis")!;
      const assistant = data.roles.find((r) => r.key === "ecommerce-data-assistant")!;
      const unit = assistant.abilityUnits.splice(
        assistant.abilityUnits.findIndex((u) => u.key === "dta-charts"),
        1,
      )[0]!;
      data.roles.find((r) => r.key === "ecommerce-data-analyst")!.abilityUnits.push(unit);
    });
    const summary = await importCatalogue(db, { file });
    expect(summary.version).toBe("2026.2");
    expect(summary.counts.skill).toEqual({ created: 0, updated: 1, deleted: 0, kept: 0 });
    expect(summary.counts.family.updated).toBe(1);
    expect(summary.counts.abilityUnit.updated).toBe(1);
    const skillAfter = await db.skill.findUniqueOrThrow({ where: { key: "excel" } });
    expect(skillAfter.id).toBe(skillBefore.id);
    expect(skillAfter.nameEn).toBe("Microsoft Excel");
    const unitAfter = await db.abilityUnit.findUniqueOrThrow({ where: { key: "dta-charts" }, include: { role: true } });
    expect(unitAfter.id).toBe(unitBefore.id);
    expect(unitAfter.role.key).toBe("ecommerce-data-analyst");
    expect(await db.skill.count()).toBe(catalogue.skills.length);

    await importCatalogue(db);
    expect((await db.skill.findUniqueOrThrow({ where: { key: "excel" } })).nameEn).toBe(skillBefore.nameEn);
  });

  it("adds new entries and deletes removed ones that nothing references", async () => {
    const file = write("removed.json", (c) => {
      removeSkill(c, "keepa");
      c.skills.push({ key: "notion", category: "office", nameZh: "Notion 协作", nameEn: "Notion" });
      const base = c.trainingBases[0]!;
      base.courses = base.courses.filter((course) => course.key !== "marketplace-account-health");
      c.trainingBases[1]!.courses[0]!.abilityUnits.push("pom-new-market");
    });
    const summary = await importCatalogue(db, { file });
    expect(summary.counts.skill).toEqual({ created: 1, updated: 0, deleted: 1, kept: 0 });
    expect(summary.counts.course.deleted).toBe(1);
    expect(summary.counts.courseAbilityUnit.created).toBe(1);
    expect(summary.counts.courseAbilityUnit.deleted).toBe(2); // the deleted course's two links
    // keepa's course link and the deleted course's one skill link went with them
    expect(summary.counts.courseSkill).toEqual({ created: 0, updated: 0, deleted: 2, kept: 0 });
    expect(await db.skill.findUnique({ where: { key: "keepa" } })).toBeNull();
    expect(await db.skill.findUnique({ where: { key: "notion" } })).not.toBeNull();
    expect(await db.course.findUnique({ where: { key: "marketplace-account-health" } })).toBeNull();

    const restored = await importCatalogue(db);
    expect(restored.counts.skill).toEqual({ created: 1, updated: 0, deleted: 1, kept: 0 });
    expect(await rowCounts()).toEqual(expectedCounts);
  });

  it("keeps a removed entry that a job still uses, and says so", async () => {
    // A job that requires Keepa and the "mos-keyword-research" ability unit.
    await seedFairs(db);
    const ctx = createDemoContext({ ids: await loadCatalogueIds(db) });
    const rng = new Rng("catalogue-test");
    const company = buildCompany(rng, ctx, { verificationStatus: "VERIFIED" });
    const built = buildJob(rng, ctx, company, { roleKey: "marketplace-operations-specialist", marketplace: "amazon" });
    const keepa = await db.skill.findUniqueOrThrow({ where: { key: "keepa" } });
    const unit = await db.abilityUnit.findUniqueOrThrow({ where: { key: "mos-keyword-research" } });
    built.skills = built.skills.filter((s) => s.skillId !== keepa.id);
    built.skills.push({ ...built.skills[0]!, id: rng.id(), skillId: keepa.id, required: false, level: 1 });
    built.abilityUnits = built.abilityUnits.filter((u) => u.abilityUnitId !== unit.id);
    built.abilityUnits.push({ ...built.abilityUnits[0]!, id: rng.id(), abilityUnitId: unit.id, required: true });
    await insertDemoData(db, { colleges: [], majors: [], companies: [company], jobs: [built] });

    const file = write("still-used.json", (c) => {
      removeSkill(c, "keepa");
      const role = c.families[0]!.roles.find((r) => r.key === "marketplace-operations-specialist")!;
      role.abilityUnits = role.abilityUnits.filter((u) => u.key !== "mos-keyword-research");
      for (const base of c.trainingBases)
        for (const course of base.courses)
          course.abilityUnits = course.abilityUnits.filter((u) => u !== "mos-keyword-research");
    });
    const lines: string[] = [];
    const summary = await importCatalogue(db, { file, log: (line) => lines.push(line) });
    expect(summary.counts.skill).toEqual({ created: 0, updated: 0, deleted: 0, kept: 1 });
    expect(summary.counts.abilityUnit.kept).toBe(1);
    expect(summary.kept).toEqual(
      expect.arrayContaining([
        { entity: "skill", key: "keepa", references: { jobs: 1 } },
        { entity: "abilityUnit", key: "mos-keyword-research", references: { jobs: 1 } },
      ]),
    );
    expect(lines.some((l) => l.includes('kept skill "keepa"') && l.includes("1 jobs"))).toBe(true);
    expect(await db.skill.findUnique({ where: { key: "keepa" } })).not.toBeNull();
    expect(await db.jobSkill.count({ where: { skillId: keepa.id } })).toBe(1);

    // Back in the file: the same rows, nothing duplicated.
    const restored = await importCatalogue(db);
    expect(restored.counts.skill.created).toBe(0);
    expect((await db.skill.findUniqueOrThrow({ where: { key: "keepa" } })).id).toBe(keepa.id);
  });

  it("refuses an invalid file without touching the database", async () => {
    const before = await rowCounts();
    const file = write("invalid.json", (c) => {
      c.trainingBases[0]!.courses[0]!.abilityUnits.push("no-such-unit");
    });
    await expect(importCatalogue(db, { file })).rejects.toThrow(/unknown ability unit "no-such-unit"/);
    expect(await rowCounts()).toEqual(before);
  });

  it("is fast: a full import takes well under a few seconds", () => {
    expect(first.durationMs).toBeLessThan(5_000);
  });
});
