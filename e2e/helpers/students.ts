/**
 * A student of their own for a test that changes the student's settings: a copy of a demo
 * student's profile (skills, ability units, languages, marketplaces, wishes) under a new, confirmed
 * account. Runs as a command against the e2e server's database, like companies.ts.
 */
import type { PrismaClient } from "../../app/generated/prisma/client";
import { runAsCommand, runInE2e } from "./command";

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
  return runInE2e<StudentAccount>("e2e/helpers/students.ts", options);
}

// As a command (see command.ts): the options as JSON.
await runAsCommand(import.meta.url, (db, input) => copyStudentAccount(db, input as StudentCopyOptions));
