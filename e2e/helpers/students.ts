/**
 * A student of their own for a test that changes the student's settings: a copy of a demo
 * student's profile (skills, ability units, languages, marketplaces, wishes) under a new, confirmed
 * account. Runs as a command against the e2e server's database, like companies.ts.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PrismaClient } from "../../app/generated/prisma/client";

const root = path.resolve(import.meta.dirname, "../..");

export interface StudentCopyOptions {
  email: string;
  /** The demo student whose profile is copied, e.g. "student0001@demo.e-landing.cn". */
  copyOf: string;
  password?: string;
}

export interface StudentAccount {
  email: string;
  password: string;
  profileId: string;
}

export async function copyStudentAccount(db: PrismaClient, options: StudentCopyOptions): Promise<StudentAccount> {
  const { hashPassword } = await import("../../app/utils/password.server");
  const password = options.password ?? "student password 123";
  const source = await db.user.findUniqueOrThrow({
    where: { email: options.copyOf },
    include: { student: { include: { skills: true, abilityUnits: true, languages: true, marketplaces: true } } },
  });
  const profile = source.student!;
  const passwordHash = await hashPassword(password);
  const email = options.email.trim().toLowerCase();
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        email,
        passwordHash,
        locale: source.locale,
        emailVerifiedAt: new Date(),
        privacyVersion: source.privacyVersion,
        privacyAcceptedAt: new Date(),
      },
    });
    const copy = await tx.studentProfile.create({
      data: {
        userId: user.id,
        fullNameZh: profile.fullNameZh,
        fullNameEn: profile.fullNameEn,
        city: profile.city,
        headlineZh: profile.headlineZh,
        headlineEn: profile.headlineEn,
        collegeId: profile.collegeId,
        majorId: profile.majorId,
        degree: profile.degree,
        graduationYear: profile.graduationYear,
        desiredFamilies: profile.desiredFamilies,
        desiredCities: profile.desiredCities,
        desiredSalaryMin: profile.desiredSalaryMin,
        availableFrom: profile.availableFrom,
        skills: { create: profile.skills.map(({ skillId, level }) => ({ skillId, level })) },
        abilityUnits: {
          create: profile.abilityUnits.map(({ abilityUnitId, level, evidence }) => ({
            abilityUnitId,
            level,
            evidence,
          })),
        },
        languages: { create: profile.languages.map(({ languageId, levelId }) => ({ languageId, levelId })) },
        marketplaces: { create: profile.marketplaces.map(({ marketplaceId }) => ({ marketplaceId })) },
      },
    });
    return { email, password, profileId: copy.id };
  });
}

/** The same, in the e2e server's database (DATA_DIR=.data/e2e), from a Playwright test. */
export function copyStudentAccountInE2e(options: StudentCopyOptions): StudentAccount {
  const result = spawnSync(process.execPath, ["--import", "tsx", "e2e/helpers/students.ts", JSON.stringify(options)], {
    cwd: root,
    env: { ...process.env, DATA_DIR: path.join(root, ".data", "e2e") },
    encoding: "utf8",
  });
  const line = result.stdout.split("\n").find((l) => l.startsWith("{"));
  if (result.status !== 0 || !line) throw new Error(`copying the student failed: ${result.stderr || result.stdout}`);
  return JSON.parse(line) as StudentAccount;
}

// As a command: `node --import tsx e2e/helpers/students.ts '{"email":…,"copyOf":…}'` prints the account as JSON.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { runCommand } = await import("../../scripts/lib/cli");
  runCommand(async () => {
    const { parseEnv } = await import("../../app/env.server");
    const { exportServices, startServices } = await import("../../scripts/lib/services");
    const services = await startServices(parseEnv(), { join: true, withoutSearch: true, log: () => undefined });
    exportServices(services);
    const { createPrismaClient } = await import("../../prisma/client");
    const db = createPrismaClient(services.databaseUrl);
    try {
      console.log(
        JSON.stringify(await copyStudentAccount(db, JSON.parse(process.argv[2] ?? "{}") as StudentCopyOptions)),
      );
    } finally {
      await db.$disconnect();
      await services.stop();
    }
  });
}
