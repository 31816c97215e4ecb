/**
 * Demo accounts: one organizer, an owner for every company and recruiters for about 40 % of them,
 * and the students (students.ts). Every account is verified and signs in with DEMO_PASSWORD
 * (users.ts); the addresses say who is who:
 *   organizer@demo.e-landing.cn
 *   owner.<company slug>@demo.e-landing.cn, recruiter1.<company slug>@… (up to recruiter3)
 *   student0001@demo.e-landing.cn … student6000@…
 *
 * The organizer has no TOTP key yet and enrols one at the first log-in, as organizers made with
 * `npm run organizer:create` do: the key is stored sealed with SESSION_SECRET
 * (app/utils/secret-box.server.ts), which differs per installation and is not known to the seed.
 */
import type {
  College,
  Company,
  CompanyMember,
  CompanyRole,
  Major,
  Organizer,
  User,
} from "../../../app/generated/prisma/client";
import type { DemoContext } from "./factories";
import { after, before } from "./helpers";
import type { Rng } from "./rng";
import { buildStudents, createStudentPool, FULL_SCALE_STUDENTS, type BuiltStudent, type StudentPool } from "./students";
import { buildUser, demoEmail, ORGANIZER_EMAIL } from "./users";

export interface BuiltMember {
  user: User;
  member: CompanyMember;
}

export interface BuiltOrganizer {
  user: User;
  organizer: Organizer;
}

export interface DemoAccounts {
  organizer: BuiltOrganizer;
  /** Per company in company order: its owner first, then its recruiters. */
  members: BuiltMember[];
  students: BuiltStudent[];
}

/** Share of companies with recruiters besides the owner. */
const RECRUITER_SHARE = 0.4;

export function ownerEmail(company: Pick<Company, "slug">): string {
  return demoEmail(`owner.${company.slug}`);
}

export function recruiterEmail(company: Pick<Company, "slug">, n: number): string {
  return demoEmail(`recruiter${n}.${company.slug}`);
}

export function buildOrganizer(rng: Rng, ctx: DemoContext): BuiltOrganizer {
  const createdAt = before(ctx.now, 430, rng.int(0, 1439));
  const user = buildUser(rng, { email: ORGANIZER_EMAIL, locale: "zh-CN", createdAt });
  return {
    user,
    organizer: {
      id: rng.id(),
      createdAt,
      updatedAt: createdAt,
      userId: user.id,
      // Enrolled at the first log-in (see the file comment).
      totpSecret: null,
      totpEnabledAt: null,
      totpLastStep: null,
    },
  };
}

/**
 * The owner who signed the company up (at the company's creation) and, for some companies, the
 * recruiters the owner invited once the company was verified (or, while pending, to prepare).
 */
export function buildCompanyMembers(rng: Rng, ctx: DemoContext, company: Company): BuiltMember[] {
  const member = (user: User, role: CompanyRole): BuiltMember => ({
    user,
    member: {
      id: rng.id(),
      createdAt: user.createdAt,
      updatedAt: user.createdAt,
      userId: user.id,
      companyId: company.id,
      role,
    },
  });
  const owner = buildUser(rng, {
    email: ownerEmail(company),
    locale: rng.chance(0.95) ? "zh-CN" : "en",
    createdAt: company.createdAt,
  });
  const members = [member(owner, "OWNER")];
  const recruiters = rng.chance(RECRUITER_SHARE)
    ? rng.weighted([
        [1, 50],
        [2, 35],
        [3, 15],
      ] as const)
    : 0;
  const from = company.verifiedAt ?? company.createdAt;
  for (let n = 1; n <= recruiters; n++) {
    const invited = after(from, rng.int(0, 60), rng.int(0, 1439));
    const createdAt = invited > ctx.now ? ctx.now : invited;
    const user = buildUser(rng, {
      email: recruiterEmail(company, n),
      locale: rng.chance(0.93) ? "zh-CN" : "en",
      createdAt,
    });
    members.push(member(user, "RECRUITER"));
  }
  return members;
}

export interface BuildAccountsOptions {
  /** 1 = 6,000 students. */
  scale: number;
}

/** Every demo account of a demo fair (its colleges, majors and companies already built). */
export function buildAccounts(
  root: Rng,
  ctx: DemoContext,
  data: { colleges: readonly College[]; majors: readonly Major[]; companies: readonly Company[] },
  options: BuildAccountsOptions,
): DemoAccounts {
  const pool: StudentPool = createStudentPool(ctx, data);
  const studentCount = Math.max(1, Math.round(FULL_SCALE_STUDENTS * options.scale));
  return {
    organizer: buildOrganizer(root.fork("organizer"), ctx),
    members: data.companies.flatMap((company, i) => buildCompanyMembers(root.fork(`members/${i}`), ctx, company)),
    students: buildStudents(root, ctx, pool, studentCount),
  };
}
