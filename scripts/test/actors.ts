/**
 * The people of the authorization tests, made through the app's own functions: two students,
 * the owner of a verified company X (from the demo seed), recruiters of X, of another verified
 * company Y and of a pending one, and an organizer who has passed two-step verification. Each
 * comes with a session cookie.
 */
import { prisma } from "~/db.server";
import { confirmEmail, signUpStudent } from "~/models/account.server";
import { checkOrganizerCode, createOrganizer, pendingTotpSecret } from "~/models/organizer.server";
import { createSession } from "~/models/session.server";
import { hashPassword } from "~/utils/password.server";
import { totpCode, totpStep } from "~/utils/totp.server";
import { PRIVACY_VERSION } from "~/data/privacy";

export const ACTORS = [
  "anonymous",
  "studentA",
  "studentB",
  "ownerX",
  "recruiterX",
  "recruiterY",
  "pendingRecruiter",
  "organizer",
] as const;
export type Actor = (typeof ACTORS)[number];

export interface Cast {
  cookies: Record<Actor, string | null>;
  users: Record<Exclude<Actor, "anonymous">, string>;
  companyX: { id: string; jobId: string };
  companyY: { id: string; jobId: string };
  pendingCompany: { id: string };
}

const origin = { ip: "203.0.113.200", userAgent: "authorization test" };
const cookieOf = (setCookie: string) => setCookie.split(";")[0]!;

async function student(email: string) {
  await signUpStudent({ email, password: "student password 123", locale: "en" });
  const mail = await prisma.outgoingMail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
  const token = new URL(mail.text.match(/https?:\/\/\S+/)![0]).searchParams.get("token")!;
  const user = (await confirmEmail(token))!;
  return { id: user.id, cookie: cookieOf(await createSession(user.id, origin)) };
}

async function member(email: string, companyId: string) {
  const user = await prisma.user.create({
    data: {
      email,
      passwordHash: await hashPassword("recruiter password 123"),
      emailVerifiedAt: new Date(),
      privacyVersion: PRIVACY_VERSION,
      privacyAcceptedAt: new Date(),
      membership: { create: { companyId, role: "RECRUITER" } },
    },
  });
  return { id: user.id, cookie: cookieOf(await createSession(user.id, origin)) };
}

async function organizer(email: string) {
  const id = await createOrganizer(email, "organizer password 123");
  const secret = (await pendingTotpSecret(id))!;
  if (!(await checkOrganizerCode(id, totpCode(secret, totpStep(new Date()))))) throw new Error("TOTP enrolment failed");
  return { id, cookie: cookieOf(await createSession(id, origin, { secondFactor: true })) };
}

/** Needs the demo slice (seedSmallDemo) for its companies and jobs. */
export async function createCast(): Promise<Cast> {
  const [x, y] = await prisma.company.findMany({
    where: { verificationStatus: "VERIFIED", jobs: { some: { status: "PUBLISHED" } } },
    orderBy: { id: "asc" },
    take: 2,
    select: { id: true, jobs: { where: { status: "PUBLISHED" }, select: { id: true }, take: 1 } },
  });
  const pending =
    (await prisma.company.findFirst({ where: { verificationStatus: "PENDING" }, select: { id: true } })) ??
    (await prisma.company.update({
      where: { id: (await prisma.company.findFirstOrThrow({ where: { id: { notIn: [x!.id, y!.id] } } })).id },
      data: { verificationStatus: "PENDING" },
      select: { id: true },
    }));
  const owner = await prisma.companyMember.findFirstOrThrow({
    where: { companyId: x!.id, role: "OWNER" },
    select: { userId: true },
  });
  const people = {
    studentA: await student("student.a@example.com"),
    studentB: await student("student.b@example.com"),
    ownerX: { id: owner.userId, cookie: cookieOf(await createSession(owner.userId, origin)) },
    recruiterX: await member("recruiter.x@example.com", x!.id),
    recruiterY: await member("recruiter.y@example.com", y!.id),
    pendingRecruiter: await member("recruiter.pending@example.com", pending.id),
    organizer: await organizer("organizer@example.com"),
  };
  return {
    cookies: {
      anonymous: null,
      ...(Object.fromEntries(Object.entries(people).map(([actor, p]) => [actor, p.cookie])) as Record<
        Exclude<Actor, "anonymous">,
        string
      >),
    },
    users: Object.fromEntries(Object.entries(people).map(([actor, p]) => [actor, p.id])) as Cast["users"],
    companyX: { id: x!.id, jobId: x!.jobs[0]!.id },
    companyY: { id: y!.id, jobId: y!.jobs[0]!.id },
    pendingCompany: pending,
  };
}
