/**
 * Recruiters: the owner invites them by mailed link (an INVITE_RECRUITER EmailToken, 7 days);
 * accepting creates the account (the link proves the address) or adds an existing account without
 * a role. Every function takes the company id of the member asking and touches only its rows.
 */
import { PRIVACY_VERSION } from "~/data/privacy";
import { prisma } from "~/db.server";
import type { Prisma } from "~/generated/prisma/client";
import { isLocale, type Locale } from "~/i18n/config";
import { pickLocalized } from "~/i18n/pick";
import { hashPassword } from "~/utils/password.server";
import { hashToken } from "~/utils/tokens.server";
import { createEmailToken, findEmailToken, linkTo, normalizeEmail, TOKEN_HOURS } from "./account.server";
import { isUniqueViolation } from "./company.server";
import { composeMail, queueMail } from "./mail.server";

/** Invitations one company may send per hour. */
export const INVITATIONS_PER_HOUR = 20;

export type InviteResult = { ok: true } | { ok: false; problem: "already-member" | "suspended" };

/**
 * Mails an invitation to `email`, replacing any pending one to the same address. Whether the
 * address has an account elsewhere is not told (the link's page says so to its addressee only).
 */
export async function inviteRecruiter(
  { companyId, inviterId, email, locale }: { companyId: string; inviterId: string; email: string; locale: Locale },
  now = new Date(),
): Promise<InviteResult> {
  const address = normalizeEmail(email);
  return prisma.$transaction(async (tx) => {
    const company = await tx.company.findUniqueOrThrow({
      where: { id: companyId },
      select: { nameZh: true, nameEn: true, verificationStatus: true },
    });
    if (company.verificationStatus === "SUSPENDED") return { ok: false, problem: "suspended" } as const;
    const member = await tx.companyMember.findFirst({ where: { companyId, user: { email: address } } });
    if (member) return { ok: false, problem: "already-member" } as const;
    await tx.emailToken.deleteMany({
      where: { companyId, email: address, purpose: "INVITE_RECRUITER", usedAt: null },
    });
    const token = await createEmailToken(
      tx,
      { purpose: "INVITE_RECRUITER", email: address, companyId, invitedById: inviterId },
      now,
    );
    const inviter = await tx.user.findUniqueOrThrow({ where: { id: inviterId }, select: { email: true } });
    const existing = await tx.user.findUnique({ where: { email: address }, select: { locale: true } });
    const mailLocale: Locale = existing && isLocale(existing.locale) ? existing.locale : locale;
    await queueMail(
      tx,
      composeMail(mailLocale, "company.mail.invite", address, {
        company: pickLocalized(company, "name", mailLocale),
        inviter: inviter.email,
        link: linkTo("/invite", token),
        days: TOKEN_HOURS.INVITE_RECRUITER / 24,
      }),
    );
    return { ok: true } as const;
  });
}

/** The members of the company, and its invitations that can still be accepted. */
export async function listMembersAndInvitations(companyId: string, now = new Date()) {
  const [members, invitations] = await Promise.all([
    prisma.companyMember.findMany({
      where: { companyId },
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
      select: { id: true, role: true, createdAt: true, userId: true, user: { select: { email: true } } },
    }),
    prisma.emailToken.findMany({
      where: { companyId, purpose: "INVITE_RECRUITER", usedAt: null, expiresAt: { gt: now } },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, createdAt: true, expiresAt: true, invitedBy: { select: { email: true } } },
    }),
  ]);
  return { members, invitations };
}

/** Withdraws a pending invitation of this company; false when there is none with that id. */
export async function revokeInvitation(companyId: string, invitationId: string): Promise<boolean> {
  const { count } = await prisma.emailToken.deleteMany({
    where: { id: invitationId, companyId, purpose: "INVITE_RECRUITER", usedAt: null },
  });
  return count === 1;
}

/** A member of this company (for the confirmation page), or null. */
export function getCompanyMember(companyId: string, memberId: string) {
  return prisma.companyMember.findFirst({
    where: { id: memberId, companyId },
    select: { id: true, role: true, createdAt: true, user: { select: { email: true } } },
  });
}

/**
 * Removes a recruiter from the company and ends their sessions. The owner cannot be removed. The
 * account stays (without a role); jobs it created stay with the company.
 */
export async function removeRecruiter(companyId: string, memberId: string): Promise<"removed" | "not-found" | "owner"> {
  return prisma.$transaction(async (tx) => {
    const member = await tx.companyMember.findFirst({ where: { id: memberId, companyId } });
    if (!member) return "not-found";
    if (member.role === "OWNER") return "owner";
    await tx.companyMember.delete({ where: { id: member.id } });
    await tx.session.deleteMany({ where: { userId: member.userId } });
    return "removed";
  });
}

// ---------------------------------------------------------------------------------------------
// Accepting (the link's page).

/** The invitation behind a link, with its company; null when unknown, used or expired. */
export async function findInvitation(token: string, now = new Date()) {
  const row = await findEmailToken(token, "INVITE_RECRUITER", now);
  if (!row?.companyId) return null;
  const company = await prisma.company.findUnique({
    where: { id: row.companyId },
    select: { id: true, nameZh: true, nameEn: true },
  });
  return company ? { id: row.id, email: row.email, expiresAt: row.expiresAt, company } : null;
}

export type Invitation = NonNullable<Awaited<ReturnType<typeof findInvitation>>>;

interface Asker {
  email: string;
  student: unknown;
  membership: unknown;
  organizer: unknown;
}

/**
 * What the link's page offers:
 * - "new-account": nobody signed in, the address has no account → set a password;
 * - "log-in": nobody signed in, the address has an account → log in first;
 * - "accept": signed in as the invited address, without a role yet → accept;
 * - "wrong-account": signed in as someone else; "has-role": already a student, member or organizer.
 */
export async function invitationState(
  invitation: Invitation,
  user: Asker | null,
): Promise<"new-account" | "log-in" | "accept" | "wrong-account" | "has-role"> {
  if (!user) {
    const existing = await prisma.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
    return existing ? "log-in" : "new-account";
  }
  if (normalizeEmail(user.email) !== invitation.email) return "wrong-account";
  if (user.student || user.membership || user.organizer) return "has-role";
  return "accept";
}

type ClaimProblem = "invalid" | "account-exists" | "wrong-account" | "has-role";

/** Marks the token used if it still can be; returns its row (in the caller's transaction). */
async function claimInvitation(tx: Prisma.TransactionClient, token: string, now: Date) {
  const row = await tx.emailToken.findFirst({
    where: { tokenHash: hashToken(token), purpose: "INVITE_RECRUITER", usedAt: null, expiresAt: { gt: now } },
  });
  if (!row?.companyId) return null;
  // Conditional: two tabs accepting at once cannot both use it.
  const { count } = await tx.emailToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
  return count === 1 ? { ...row, companyId: row.companyId } : null;
}

class Refusal extends Error {
  constructor(readonly problem: ClaimProblem) {
    super(problem);
  }
}

/**
 * A new account for the invited address (verified: the link proves it) and its membership as a
 * recruiter. Returns the new user's id to sign them in.
 */
export async function acceptInvitationWithNewAccount(
  { token, password, locale }: { token: string; password: string; locale: Locale },
  now = new Date(),
): Promise<{ ok: true; userId: string } | { ok: false; problem: ClaimProblem }> {
  // Cheap check first: no password hashing for links that cannot work.
  if (!(await findInvitation(token, now))) return { ok: false, problem: "invalid" };
  const passwordHash = await hashPassword(password);
  try {
    const userId = await prisma.$transaction(async (tx) => {
      const row = await claimInvitation(tx, token, now);
      if (!row) throw new Refusal("invalid");
      if (await tx.user.findUnique({ where: { email: row.email }, select: { id: true } }))
        throw new Refusal("account-exists");
      const user = await tx.user.create({
        data: {
          email: row.email,
          passwordHash,
          locale,
          emailVerifiedAt: now,
          privacyVersion: PRIVACY_VERSION,
          privacyAcceptedAt: now,
        },
        select: { id: true },
      });
      await tx.companyMember.create({ data: { userId: user.id, companyId: row.companyId, role: "RECRUITER" } });
      return user.id;
    });
    return { ok: true, userId };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.problem };
    if (isUniqueViolation(error)) return { ok: false, problem: "account-exists" };
    throw error;
  }
}

/** The signed-in user (the invited address, without a role) joins as a recruiter. */
export async function acceptInvitationForUser(
  { token, userId }: { token: string; userId: string },
  now = new Date(),
): Promise<{ ok: true } | { ok: false; problem: ClaimProblem }> {
  try {
    await prisma.$transaction(async (tx) => {
      const row = await claimInvitation(tx, token, now);
      if (!row) throw new Refusal("invalid");
      const user = await tx.user.findUniqueOrThrow({
        where: { id: userId },
        select: {
          email: true,
          emailVerifiedAt: true,
          student: { select: { id: true } },
          membership: { select: { id: true } },
          organizer: { select: { id: true } },
        },
      });
      if (user.email !== row.email) throw new Refusal("wrong-account");
      if (user.student || user.membership || user.organizer) throw new Refusal("has-role");
      await tx.companyMember.create({ data: { userId, companyId: row.companyId, role: "RECRUITER" } });
      if (!user.emailVerifiedAt) await tx.user.update({ where: { id: userId }, data: { emailVerifiedAt: now } });
    });
    return { ok: true };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.problem };
    if (isUniqueViolation(error)) return { ok: false, problem: "has-role" };
    throw error;
  }
}
