/**
 * Demo data at the scale of a real fair: the talent catalogue, 3 fairs with 12 sessions, 20
 * colleges, 1,300 companies and 15,000 jobs. Deterministic (seeded PRNG): every run writes the
 * same rows. `npm start` seeds an empty database; `npm run db:seed -- --reset` starts over (both
 * then rebuild the search index); `prisma db seed` runs this file.
 */
import { pathToFileURL } from "node:url";
import type { PrismaClient } from "../app/generated/prisma/client";
import { progressBar } from "../scripts/lib/progress";
import { importCatalogue } from "./catalogue/import";
import { createPrismaClient } from "./client";
import { seedDemo } from "./seed/demo";
import { FAIRS } from "./seed/fairs";

const hangzhou = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

export async function seedFairs(db: PrismaClient): Promise<number> {
  let sessions = 0;
  for (const { sessions: sessionSeeds, ...fair } of FAIRS) {
    const { id: fairId } = await db.fair.upsert({ where: { slug: fair.slug }, create: fair, update: fair });
    for (const { date, ...session } of sessionSeeds) {
      const data = { ...session, fairId, startsAt: hangzhou(date, "09:00"), endsAt: hangzhou(date, "16:00") };
      await db.fairSession.upsert({ where: { slug: session.slug }, create: data, update: data });
      sessions++;
    }
  }
  return sessions;
}

/** Companies or jobs present means someone's data: `npm start` never seeds over it. */
async function hasData(db: PrismaClient): Promise<boolean> {
  const [companies, jobs] = await Promise.all([db.company.count(), db.job.count()]);
  return companies + jobs > 0;
}

/** Deletes the demo's fair, college, company and job data (cascading to their relations). */
async function deleteDemoData(db: PrismaClient): Promise<void> {
  await db.$transaction([db.job.deleteMany(), db.company.deleteMany(), db.college.deleteMany(), db.fair.deleteMany()]);
}

export interface SeedOptions {
  /** Delete the demo data first. */
  reset?: boolean;
  /** Do nothing if the database already has companies or jobs (used by `npm start`). */
  ifEmpty?: boolean;
  /** Fraction of the full demo (tests use a small one). */
  scale?: number;
  log?: (line: string) => void;
  /** No progress bar (tests). */
  quiet?: boolean;
}

/** Returns false when `ifEmpty` found data and nothing was written. */
export async function seed(databaseUrl: string, options: SeedOptions = {}): Promise<boolean> {
  const log = options.log ?? console.log;
  const db = createPrismaClient(databaseUrl);
  try {
    if (options.ifEmpty && (await hasData(db))) return false;
    if (options.reset) await deleteDemoData(db);
    await importCatalogue(db, { log });
    const sessions = await db.$transaction((tx) => seedFairs(tx as PrismaClient), { timeout: 60_000 });
    log(`Seeded ${FAIRS.length} fairs with ${sessions} sessions.`);
    const progress = options.quiet
      ? { update: () => undefined, finish: () => undefined }
      : progressBar("Seeding the demo fair");
    const counts = await seedDemo(db, {
      scale: options.scale,
      onProgress: (done, total) => progress.update(done, total),
    });
    const n = (count: number) => count.toLocaleString("en");
    progress.finish(
      `${counts.colleges} colleges, ${n(counts.companies)} companies, ${n(counts.jobs)} jobs; ` +
        `accounts: ${n(counts.students)} students, ${n(counts.companyMembers)} company members, ${counts.organizers} organizer(s)`,
    );
    return true;
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set: run `npm run db:seed`, which starts the embedded database.");
    process.exit(1);
  }
  await seed(url, { reset: process.argv.includes("--reset") });
}
