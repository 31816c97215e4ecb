/**
 * Organizer accounts: created from the command line only (npm run organizer:create), and
 * protected by a TOTP second factor whose key is stored encrypted.
 */
import { prisma } from "~/db.server";
import { hashPassword } from "~/utils/password.server";
import { derive, open, seal } from "~/utils/secret-box.server";
import { base32Encode, verifyTotp } from "~/utils/totp.server";
import { PRIVACY_VERSION } from "~/data/privacy";
import { normalizeEmail } from "./account.server";

/** Creates (or makes an organizer of) the account; the email counts as verified. */
export async function createOrganizer(email: string, password: string, now = new Date()) {
  const address = normalizeEmail(email);
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.upsert({
      where: { email: address },
      create: {
        email: address,
        passwordHash,
        emailVerifiedAt: now,
        privacyVersion: PRIVACY_VERSION,
        privacyAcceptedAt: now,
        locale: "zh-CN",
      },
      update: { passwordHash, emailVerifiedAt: now },
      select: { id: true, student: { select: { id: true } }, membership: { select: { id: true } } },
    });
    if (user.student || user.membership) throw new Error(`${address} is a student or company account`);
    await tx.organizer.upsert({ where: { userId: user.id }, create: { userId: user.id }, update: {} });
    return user.id;
  });
}

/**
 * The key an organizer enrols, until enrolment stores it: derived from the account and the
 * server's secret, so showing the enrolment page writes nothing and shows the same key each time.
 */
function enrolmentKey(organizer: { id: string; createdAt: Date }): string {
  return base32Encode(derive(`totp-enrolment:${organizer.id}:${organizer.createdAt.toISOString()}`).subarray(0, 20));
}

/** The key to enrol, or null once enrolled. Reads only. */
export async function pendingTotpSecret(userId: string): Promise<string | null> {
  const organizer = await prisma.organizer.findUniqueOrThrow({ where: { userId } });
  return organizer.totpEnabledAt ? null : enrolmentKey(organizer);
}

/**
 * Checks a code against the enrolled key, or (before enrolment) the key to enrol, which the first
 * good code stores, sealed. A code is accepted once.
 */
export async function checkOrganizerCode(userId: string, code: string, now = new Date()): Promise<boolean> {
  const organizer = await prisma.organizer.findUniqueOrThrow({ where: { userId } });
  const enrolled = !!organizer.totpEnabledAt;
  const secret = enrolled ? (organizer.totpSecret ? open(organizer.totpSecret) : null) : enrolmentKey(organizer);
  if (!secret) return false;
  const step = verifyTotp(secret, code, now, organizer.totpLastStep);
  if (step === null) return false;
  // Conditional update: two requests racing with the same code cannot both pass.
  const { count } = await prisma.organizer.updateMany({
    where: { userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: enrolled ? { totpLastStep: step } : { totpLastStep: step, totpEnabledAt: now, totpSecret: seal(secret) },
  });
  return count === 1;
}
