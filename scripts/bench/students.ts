/**
 * Bench-only students: the demo fair's student factory continued past its 6,000 students (student
 * n is `buildStudent(Rng(DEMO_SEED).fork("student/<n-1>"))`, as in the seed), written with the
 * seed's own batch writer. Internships go to the seeded companies. The factory keeps its realistic mix, so about a third
 * of them are discoverable (confirmed email, current DISCOVERABLE consent) and become candidates.
 * Never part of `npm start` or the tests' seed.
 */
import type { PrismaClient } from "~/generated/prisma/client";
import { loadCatalogue } from "../../prisma/catalogue/schema";
import {
  buildOrganizer,
  buildStudent,
  createDemoContext,
  createStudentPool,
  DEMO_SEED,
  insertDemoData,
  loadCatalogueIds,
  Rng,
  SHOWCASE_STUDENTS,
  type BuiltStudent,
} from "../../prisma/seed/demo";

/** Students built and written per transaction: bounded memory, and a crash keeps what was written. */
const CHUNK = 2_000;

/** Students number `from + 1` … `to`; pure, like the seed's factory. */
export function buildBenchStudents(
  ctx: Parameters<typeof buildStudent>[1],
  pool: Parameters<typeof buildStudent>[2],
  from: number,
  to: number,
): BuiltStudent[] {
  const root = new Rng(DEMO_SEED);
  const students: BuiltStudent[] = [];
  for (let i = from; i < to; i++)
    students.push(buildStudent(root.fork(`student/${i}`), ctx, pool, i + 1, SHOWCASE_STUDENTS[i] ?? {}));
  return students;
}

/**
 * Adds students until the database holds `total` student profiles (the demo's come first). The
 * demo fair must be seeded. Returns how many were added; 0 when there were enough already.
 */
export async function addBenchStudents(
  db: PrismaClient,
  total: number,
  { now = new Date(), onProgress }: { now?: Date; onProgress?: (done: number, total: number) => void } = {},
): Promise<number> {
  const existing = await db.studentProfile.count();
  if (existing >= total) return 0;

  const catalogue = loadCatalogue();
  const ctx = createDemoContext({ catalogue, ids: await loadCatalogueIds(db, catalogue), now });
  const [colleges, majors, companies] = await Promise.all([
    db.college.findMany(),
    db.major.findMany(),
    db.company.findMany({ orderBy: { id: "asc" } }),
  ]);
  const pool = createStudentPool(ctx, { colleges, majors, companies });
  // insertDemoData writes accounts with their organizer: the demo's own, which exists, so it is skipped.
  const organizer = buildOrganizer(new Rng(DEMO_SEED).fork("organizer"), ctx);

  for (let from = existing; from < total; from += CHUNK) {
    const students = buildBenchStudents(ctx, pool, from, Math.min(total, from + CHUNK));
    await db.$transaction(
      (tx) =>
        insertDemoData(tx, {
          colleges: [],
          majors: [],
          companies: [],
          jobs: [],
          accounts: { organizer, members: [], students },
        }),
      { timeout: 10 * 60_000, maxWait: 30_000 },
    );
    onProgress?.(from + students.length - existing, total - existing);
  }
  return total - existing;
}
