/**
 * Imports catalogue.json into the database: upserts every entry by its key, in one transaction,
 * with a few batched statements per table. Entries that left the file are deleted when nothing
 * references them (a job, a student's skill, …); otherwise they are kept and reported, so an edit
 * to the file can never break existing data. Every import is recorded in CatalogueImport.
 */
import { pathToFileURL } from "node:url";
import type { Prisma, PrismaClient } from "../../app/generated/prisma/client";
import { createPrismaClient } from "../client";
import { CATALOGUE_PATH, flattenCatalogue, readCatalogueFile } from "./schema";

export const CATALOGUE_ENTITIES = [
  "family",
  "role",
  "abilityUnit",
  "skill",
  "language",
  "languageLevel",
  "marketplace",
  "trainingBase",
  "course",
  "courseAbilityUnit",
  "courseSkill",
] as const;
export type CatalogueEntity = (typeof CATALOGUE_ENTITIES)[number];

export interface EntityCounts {
  created: number;
  updated: number;
  deleted: number;
  /** Left the file but still referenced, so kept in the database. */
  kept: number;
}

export interface KeptEntry {
  entity: CatalogueEntity;
  key: string;
  /** What still points at it, e.g. { jobs: 3 }. */
  references: Record<string, number>;
}

export interface ImportSummary {
  version: string;
  checksum: string;
  file: string;
  /** Id of the CatalogueImport row. */
  importId: string;
  counts: Record<CatalogueEntity, EntityCounts>;
  kept: KeptEntry[];
  durationMs: number;
}

export interface ImportOptions {
  file?: string;
  log?: (line: string) => void;
}

type Tx = Prisma.TransactionClient;
type Fields = Record<string, string | number | null>;
type Desired = { key: string } & Fields;
type Existing = { id: string; key: string };

// Any fixed number; only catalogue imports take this lock, so two imports never interleave.
const IMPORT_LOCK = 2026_0101;

function emptyCounts(): Record<CatalogueEntity, EntityCounts> {
  return Object.fromEntries(
    CATALOGUE_ENTITIES.map((e) => [e, { created: 0, updated: 0, deleted: 0, kept: 0 }]),
  ) as Record<CatalogueEntity, EntityCounts>;
}

/**
 * Creates the missing rows (one statement), updates the rows whose fields differ, and returns
 * key → id for every desired row plus the existing rows that are no longer in the file.
 */
async function syncRows<E extends Existing, D extends Desired>(
  counts: EntityCounts,
  existing: E[],
  desired: D[],
  create: (rows: D[]) => Promise<Existing[]>,
  update: (id: string, data: D) => Promise<unknown>,
): Promise<{ ids: Map<string, string>; stale: E[] }> {
  const byKey = new Map(existing.map((row) => [row.key, row]));
  const ids = new Map<string, string>();
  const toCreate: D[] = [];
  for (const row of desired) {
    const current = byKey.get(row.key);
    if (!current) {
      toCreate.push(row);
      continue;
    }
    ids.set(row.key, current.id);
    const before = current as unknown as Fields;
    if (Object.keys(row).some((field) => before[field] !== row[field])) {
      await update(current.id, row);
      counts.updated++;
    }
  }
  if (toCreate.length > 0) {
    for (const created of await create(toCreate)) ids.set(created.key, created.id);
    counts.created += toCreate.length;
  }
  const wanted = new Set(desired.map((row) => row.key));
  return { ids, stale: existing.filter((row) => !wanted.has(row.key)) };
}

function idOf(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Catalogue import: no id for key "${key}"`); // parseCatalogue checked references
  return id;
}

/** Makes a link table hold exactly `wanted` (pairs of ids): deletes the other links, creates the missing. */
async function syncLinks<L extends { id: string }>(
  counts: EntityCounts,
  wanted: (readonly [string, string])[],
  existing: L[],
  pairOf: (link: L) => [string, string],
  remove: (ids: string[]) => Promise<{ count: number }>,
  create: (pairs: [string, string][]) => Promise<{ count: number }>,
): Promise<void> {
  const missing = new Map(wanted.map(([a, b]) => [`${a}/${b}`, [a, b] as [string, string]]));
  const extra = existing.filter((link) => !missing.delete(pairOf(link).join("/"))).map((link) => link.id);
  if (extra.length > 0) counts.deleted = (await remove(extra)).count;
  if (missing.size > 0) counts.created = (await create([...missing.values()])).count;
}

/**
 * Deletes the stale rows that nothing references. `countReferences` returns, per stale row, the
 * Prisma `_count` of all its relations, so a relation added to the schema later is respected
 * without touching this file.
 */
async function removeStale(
  entity: CatalogueEntity,
  stale: Existing[],
  counts: Record<CatalogueEntity, EntityCounts>,
  kept: KeptEntry[],
  countReferences: (ids: string[]) => Promise<{ id: string; key: string; _count: Record<string, number> }[]>,
  deleteMany: (ids: string[]) => Promise<{ count: number }>,
) {
  if (stale.length === 0) return;
  const rows = await countReferences(stale.map((row) => row.id));
  const deletable: string[] = [];
  for (const row of rows) {
    const references = Object.fromEntries(Object.entries(row._count).filter(([, n]) => n > 0));
    if (Object.keys(references).length === 0) deletable.push(row.id);
    else {
      kept.push({ entity, key: row.key, references });
      counts[entity].kept++;
    }
  }
  if (deletable.length > 0) counts[entity].deleted += (await deleteMany(deletable)).count;
}

export async function importCatalogue(db: PrismaClient, options: ImportOptions = {}): Promise<ImportSummary> {
  const started = performance.now();
  const { catalogue, checksum, file } = readCatalogueFile(options.file ?? CATALOGUE_PATH);
  const flat = flattenCatalogue(catalogue);
  const counts = emptyCounts();
  const kept: KeptEntry[] = [];

  const importId = await db.$transaction(
    async (tx: Tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`);

      const families = await syncRows(
        counts.family,
        await tx.talentFamily.findMany(),
        catalogue.families.map((f, sortOrder) => ({
          key: f.key,
          nameZh: f.nameZh,
          nameEn: f.nameEn,
          descriptionZh: f.descriptionZh,
          descriptionEn: f.descriptionEn,
          sortOrder,
        })),
        (rows) => tx.talentFamily.createManyAndReturn({ data: rows, select: { id: true, key: true } }),
        (id, data) => tx.talentFamily.update({ where: { id }, data }),
      );

      const roles = await syncRows(
        counts.role,
        await tx.talentRole.findMany(),
        flat.roles.map((r) => ({
          key: r.key,
          familyId: idOf(families.ids, r.familyKey),
          nameZh: r.nameZh,
          nameEn: r.nameEn,
          domain: r.domain,
          level: r.level,
        })),
        (rows) => tx.talentRole.createManyAndReturn({ data: rows, select: { id: true, key: true } }),
        (id, data) => tx.talentRole.update({ where: { id }, data }),
      );

      const units = await syncRows(
        counts.abilityUnit,
        await tx.abilityUnit.findMany(),
        flat.abilityUnits.map((u) => ({
          key: u.key,
          roleId: idOf(roles.ids, u.roleKey),
          nameZh: u.nameZh,
          nameEn: u.nameEn,
        })),
        (rows) => tx.abilityUnit.createManyAndReturn({ data: rows, select: { id: true, key: true } }),
        (id, data) => tx.abilityUnit.update({ where: { id }, data }),
      );

      const skills = await syncRows(
        counts.skill,
        await tx.skill.findMany(),
        catalogue.skills.map((s) => ({ key: s.key, category: s.category, nameZh: s.nameZh, nameEn: s.nameEn })),
        (rows) => tx.skill.createManyAndReturn({ data: rows, select: { id: true, key: true } }),
        (id, data) => tx.skill.update({ where: { id }, data }),
      );

      const languages = await syncRows(
        counts.language,
        await tx.language.findMany(),
        catalogue.languages.map((l) => ({ key: l.key, nameZh: l.nameZh, nameEn: l.nameEn })),
        (rows) => tx.language.createManyAndReturn({ data: rows, select: { id: true, key: true } }),
        (id, data) => tx.language.update({ where: { id }, data }),
      );

      const levels = await syncRows(
        counts.languageLevel,
        await tx.languageLevel.findMany(),
        flat.languageLevels.map((v) => ({
          key: v.key,
          languageId: idOf(languages.ids, v.languageKey),
          scale: v.scale,
          nameZh: v.nameZh,
          nameEn: v.nameEn,
          cefr: v.cefr,
        })),
        (rows) => tx.languageLevel.createManyAndReturn({ data: rows, select: { id: true, key: true } }),
        (id, data) => tx.languageLevel.update({ where: { id }, data }),
      );

      const marketplaces = await syncRows(
        counts.marketplace,
        await tx.marketplace.findMany(),
        catalogue.marketplaces.map((m) => ({ key: m.key, nameZh: m.nameZh, nameEn: m.nameEn, website: m.website })),
        (rows) => tx.marketplace.createManyAndReturn({ data: rows, select: { id: true, key: true } }),
        (id, data) => tx.marketplace.update({ where: { id }, data }),
      );

      const bases = await syncRows(
        counts.trainingBase,
        await tx.trainingBase.findMany(),
        catalogue.trainingBases.map((b) => ({ key: b.key, nameZh: b.nameZh, nameEn: b.nameEn, city: b.city })),
        (rows) => tx.trainingBase.createManyAndReturn({ data: rows, select: { id: true, key: true } }),
        (id, data) => tx.trainingBase.update({ where: { id }, data }),
      );

      const courses = await syncRows(
        counts.course,
        await tx.course.findMany(),
        flat.courses.map((c) => ({
          key: c.key,
          trainingBaseId: idOf(bases.ids, c.trainingBaseKey),
          nameZh: c.nameZh,
          nameEn: c.nameEn,
          hours: c.hours,
        })),
        (rows) => tx.course.createManyAndReturn({ data: rows, select: { id: true, key: true } }),
        (id, data) => tx.course.update({ where: { id }, data }),
      );

      // Course ↔ ability unit and course ↔ skill links: exactly the file's pairs.
      const courseLinks = (field: "abilityUnits" | "skills", targets: Map<string, string>) =>
        flat.courses.flatMap((c) => c[field].map((key) => [idOf(courses.ids, c.key), idOf(targets, key)] as const));
      await syncLinks(
        counts.courseAbilityUnit,
        courseLinks("abilityUnits", units.ids),
        await tx.courseAbilityUnit.findMany({ select: { id: true, courseId: true, abilityUnitId: true } }),
        (l) => [l.courseId, l.abilityUnitId],
        (ids) => tx.courseAbilityUnit.deleteMany({ where: { id: { in: ids } } }),
        (pairs) =>
          tx.courseAbilityUnit.createMany({
            data: pairs.map(([courseId, abilityUnitId]) => ({ courseId, abilityUnitId })),
          }),
      );
      await syncLinks(
        counts.courseSkill,
        courseLinks("skills", skills.ids),
        await tx.courseSkill.findMany({ select: { id: true, courseId: true, skillId: true } }),
        (l) => [l.courseId, l.skillId],
        (ids) => tx.courseSkill.deleteMany({ where: { id: { in: ids } } }),
        (pairs) => tx.courseSkill.createMany({ data: pairs.map(([courseId, skillId]) => ({ courseId, skillId })) }),
      );

      // Children before parents, so a parent whose children all went is free to go too.
      const select = { id: true, key: true, _count: true } as const;
      const where = (ids: string[]) => ({ where: { id: { in: ids } } });
      await removeStale(
        "course",
        courses.stale,
        counts,
        kept,
        (ids) => tx.course.findMany({ ...where(ids), select }),
        (ids) => tx.course.deleteMany(where(ids)),
      );
      await removeStale(
        "trainingBase",
        bases.stale,
        counts,
        kept,
        (ids) => tx.trainingBase.findMany({ ...where(ids), select }),
        (ids) => tx.trainingBase.deleteMany(where(ids)),
      );
      await removeStale(
        "abilityUnit",
        units.stale,
        counts,
        kept,
        (ids) => tx.abilityUnit.findMany({ ...where(ids), select }),
        (ids) => tx.abilityUnit.deleteMany(where(ids)),
      );
      await removeStale(
        "role",
        roles.stale,
        counts,
        kept,
        (ids) => tx.talentRole.findMany({ ...where(ids), select }),
        (ids) => tx.talentRole.deleteMany(where(ids)),
      );
      await removeStale(
        "family",
        families.stale,
        counts,
        kept,
        (ids) => tx.talentFamily.findMany({ ...where(ids), select }),
        (ids) => tx.talentFamily.deleteMany(where(ids)),
      );
      await removeStale(
        "languageLevel",
        levels.stale,
        counts,
        kept,
        (ids) => tx.languageLevel.findMany({ ...where(ids), select }),
        (ids) => tx.languageLevel.deleteMany(where(ids)),
      );
      await removeStale(
        "language",
        languages.stale,
        counts,
        kept,
        (ids) => tx.language.findMany({ ...where(ids), select }),
        (ids) => tx.language.deleteMany(where(ids)),
      );
      await removeStale(
        "skill",
        skills.stale,
        counts,
        kept,
        (ids) => tx.skill.findMany({ ...where(ids), select }),
        (ids) => tx.skill.deleteMany(where(ids)),
      );
      await removeStale(
        "marketplace",
        marketplaces.stale,
        counts,
        kept,
        (ids) => tx.marketplace.findMany({ ...where(ids), select }),
        (ids) => tx.marketplace.deleteMany(where(ids)),
      );

      const record = await tx.catalogueImport.create({ data: { version: catalogue.version, checksum } });
      return record.id;
    },
    { timeout: 60_000, maxWait: 30_000 },
  );

  const summary: ImportSummary = {
    version: catalogue.version,
    checksum,
    file,
    importId,
    counts,
    kept,
    durationMs: Math.round(performance.now() - started),
  };
  const log = options.log;
  if (log) {
    log(`Imported talent catalogue ${summary.version} (sha256 ${checksum.slice(0, 12)}…) in ${summary.durationMs} ms.`);
    for (const entity of CATALOGUE_ENTITIES) {
      const c = counts[entity];
      if (c.created || c.updated || c.deleted || c.kept)
        log(`  ${entity}: ${c.created} created, ${c.updated} updated, ${c.deleted} deleted, ${c.kept} kept`);
    }
    for (const k of kept)
      log(
        `  kept ${k.entity} "${k.key}" although it left the file: still referenced by ${Object.entries(k.references)
          .map(([relation, n]) => `${n} ${relation}`)
          .join(", ")}`,
      );
  }
  return summary;
}

// `node --import tsx prisma/catalogue/import.ts [file]` (the npm script `catalogue:import`).
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set.");
    process.exit(1);
  }
  const db = createPrismaClient(url);
  try {
    await importCatalogue(db, { file: process.argv[2], log: console.log });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}
