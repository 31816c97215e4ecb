/**
 * Demo data. `npm run db:seed` (or `prisma db seed`) upserts it; `-- --reset` deletes it first;
 * `npm start` seeds only an empty database. Deterministic: every run writes the same rows.
 */
import { pathToFileURL } from "node:url";
import type { PrismaClient } from "../app/generated/prisma/client";
import { createPrismaClient } from "./client";
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

export interface SeedOptions {
  /** Delete the demo data first. */
  reset?: boolean;
  /** Do nothing if the database already has data (used by `npm start`). */
  ifEmpty?: boolean;
  log?: (line: string) => void;
}

/** Returns false when `ifEmpty` found data and nothing was written. */
export async function seed(databaseUrl: string, options: SeedOptions = {}): Promise<boolean> {
  const log = options.log ?? console.log;
  const db = createPrismaClient(databaseUrl);
  try {
    if (options.ifEmpty && (await db.fair.count()) > 0) return false;
    if (options.reset) await db.fair.deleteMany();
    const sessions = await db.$transaction((tx) => seedFairs(tx as PrismaClient), { timeout: 60_000 });
    log(`Seeded ${FAIRS.length} fairs with ${sessions} sessions.`);
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
