/**
 * A student's rights over their data (PIPL arts. 45 and 47): a copy of everything stored about
 * them, and deleting the account.
 *
 * Export: one JSON document (format below, `formatVersion` 1) with the account, the profile and
 * every section, consents with their history, sessions (without token hashes), the mail sent to
 * them (one-time link tokens blanked), who else looked at their résumé or contact details, the
 * job reports they filed, and the résumé itself as base64 — one file that is complete on its own.
 *
 * Deletion removes the personal data from the database in one transaction and, through the
 * candidate sync enqueued in it, the document from the candidates index. What remains is
 * anonymous: audit rows keep what was done to a profile id that no longer leads anywhere (their
 * actor and IP are cleared where the student was the actor), plus one "student.account_deleted"
 * row with the college, major and graduation year only, so the organizers' counts by college and
 * year stay right; job reports the student filed stay without their reporter.
 */
import { prisma } from "~/db.server";
import { audit } from "./audit.server";
import { enqueueCandidateSync, getStudentProfile } from "./profile.server";
import { verifyPassword } from "~/utils/password.server";

export const EXPORT_FORMAT_VERSION = 1;

/** One-time links in stored mail must not work for whoever finds the export file. */
export function blankTokens(text: string): string {
  return text.replace(/([?&]token=)[^&\s]+/g, "$1REMOVED");
}

export async function exportStudentData(userId: string, now = new Date()) {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      locale: true,
      createdAt: true,
      emailVerifiedAt: true,
      privacyVersion: true,
      privacyAcceptedAt: true,
      student: { select: { id: true } },
      consents: { orderBy: { givenAt: "asc" } },
      sessions: {
        select: {
          id: true,
          createdAt: true,
          lastSeenAt: true,
          expiresAt: true,
          ip: true,
          userAgent: true,
        },
        orderBy: { createdAt: "asc" },
      },
      jobReports: {
        select: { createdAt: true, jobId: true, reason: true, details: true, status: true },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  const profileId = user.student?.id;
  const [profile, resume, mails, views] = await Promise.all([
    profileId ? getStudentProfile(profileId) : null,
    profileId
      ? prisma.studentProfile
          .findUniqueOrThrow({
            where: { id: profileId },
            select: {
              resume: {
                select: { fileName: true, contentType: true, size: true, sha256: true, createdAt: true, data: true },
              },
            },
          })
          .then((row) => row.resume)
      : null,
    prisma.outgoingMail.findMany({
      where: { to: user.email },
      select: { createdAt: true, to: true, subject: true, text: true, sentAt: true },
      orderBy: { createdAt: "asc" },
    }),
    profileId
      ? prisma.auditLog.findMany({
          where: { subjectType: "StudentProfile", subjectId: profileId },
          select: {
            createdAt: true,
            action: true,
            actor: {
              select: {
                organizer: { select: { id: true } },
                membership: { select: { company: { select: { nameZh: true, nameEn: true } } } },
              },
            },
          },
          orderBy: { createdAt: "asc" },
        })
      : [],
  ]);

  const { student: _student, consents, sessions, jobReports, ...account } = user;
  const { user: _user, resume: _resume, ...sections } = profile ?? { user: null, resume: null };
  return {
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    account,
    profile: profile ? sections : null,
    consents,
    sessions,
    mails: mails.map((mail) => ({ ...mail, text: blankTokens(mail.text) })),
    accessLog: views.map((view) => ({
      at: view.createdAt,
      action: view.action,
      by: view.actor?.organizer
        ? { organizers: true }
        : view.actor?.membership
          ? { company: view.actor.membership.company }
          : null,
    })),
    jobReports,
    resume: resume
      ? {
          fileName: resume.fileName,
          contentType: resume.contentType,
          size: resume.size,
          sha256: resume.sha256,
          uploadedAt: resume.createdAt,
          base64: Buffer.from(resume.data).toString("base64"),
        }
      : null,
  };
}

export type StudentDataExport = Awaited<ReturnType<typeof exportStudentData>>;

/**
 * Deletes a student's account after checking the password again. Returns "wrong-password" and
 * changes nothing when it does not match.
 */
export async function deleteStudentAccount(userId: string, password: string): Promise<"deleted" | "wrong-password"> {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { passwordHash: true, email: true },
  });
  if (!(await verifyPassword(user.passwordHash, password))) return "wrong-password";
  await prisma.$transaction(async (tx) => {
    const profile = await tx.studentProfile.findUnique({
      where: { userId },
      select: {
        id: true,
        resumeId: true,
        graduationYear: true,
        college: { select: { key: true } },
        major: { select: { key: true } },
      },
    });
    if (profile) {
      await tx.$queryRaw`SELECT id FROM "StudentProfile" WHERE id = ${profile.id} FOR UPDATE`;
      // The sync finds no row and removes the document.
      await enqueueCandidateSync(tx, profile.id);
      // The profile points at its résumé (not the other way round): no cascade reaches the file.
      if (profile.resumeId) await tx.storedFile.delete({ where: { id: profile.resumeId } });
    }
    await tx.auditLog.updateMany({ where: { actorId: userId }, data: { actorId: null, ip: null } });
    await tx.outgoingMail.deleteMany({ where: { to: user.email } });
    await tx.emailToken.deleteMany({ where: { email: user.email } });
    await tx.loginFailure.deleteMany({ where: { email: user.email } });
    await tx.rateLimitBucket.deleteMany({
      where: { OR: [{ key: { endsWith: `:${user.email}` } }, { key: { endsWith: `:${userId}` } }] },
    });
    await audit(tx, {
      actorId: null,
      action: "student.account_deleted",
      subjectType: "StudentProfile",
      subjectId: profile?.id ?? "none",
      details: {
        collegeKey: profile?.college?.key ?? null,
        majorKey: profile?.major?.key ?? null,
        graduationYear: profile?.graduationYear ?? null,
      },
    });
    // Cascades: sessions, tokens, consents, the profile and all its sections.
    await tx.user.delete({ where: { id: userId } });
  });
  return "deleted";
}
