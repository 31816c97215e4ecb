/**
 * Accounts: sign-up with email verification, log-in, password reset and change. Answers never
 * reveal whether an address has an account: sign-up and reset say "check your mail" either way,
 * and the mail tells the owner what happened.
 */
import { PRIVACY_VERSION } from "~/data/privacy";
import { prisma } from "~/db.server";
import { appUrl } from "~/env.server";
import type { EmailTokenPurpose, Prisma } from "~/generated/prisma/client";
import type { Locale } from "~/i18n/config";
import { decoyHash, hashPassword, verifyPassword } from "~/utils/password.server";
import { hashToken, randomToken } from "~/utils/tokens.server";
import { composeMail, queueMail } from "./mail.server";
import { endAllSessions } from "./session.server";

type Tx = Prisma.TransactionClient;

export const TOKEN_HOURS: Record<EmailTokenPurpose, number> = {
  VERIFY_EMAIL: 48,
  RESET_PASSWORD: 2,
  INVITE_RECRUITER: 7 * 24,
};

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function linkTo(path: string, token: string): string {
  return `${appUrl().origin}${path}?${new URLSearchParams({ token })}`;
}

/** Stores a one-time token (its hash) and returns the token for the link. */
export async function createEmailToken(
  db: Tx,
  data: { purpose: EmailTokenPurpose; email: string; userId?: string; companyId?: string; invitedById?: string },
  now = new Date(),
): Promise<string> {
  const token = randomToken();
  await db.emailToken.create({
    data: {
      ...data,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + TOKEN_HOURS[data.purpose] * 3600 * 1000),
    },
  });
  return token;
}

/** The unused, unexpired token of that purpose, or null. */
export function findEmailToken(token: string, purpose: EmailTokenPurpose, now = new Date()) {
  return prisma.emailToken.findFirst({
    where: { tokenHash: hashToken(token), purpose, usedAt: null, expiresAt: { gt: now } },
    include: { user: { select: { id: true, email: true, locale: true } } },
  });
}

export interface NewAccount {
  email: string;
  password: string;
  locale: Locale;
}

/**
 * Creates a user waiting for email verification and mails the link — or, when the address
 * already has an account, mails its owner a reset link instead. Returns the new user id, or null
 * for an existing address (callers must answer the same either way).
 */
export async function createAccount(
  tx: Tx,
  account: NewAccount & { passwordHash: string },
  now = new Date(),
): Promise<string | null> {
  const email = normalizeEmail(account.email);
  const existing = await tx.user.findUnique({ where: { email }, select: { id: true, locale: true } });
  if (existing) {
    const token = await createEmailToken(tx, { purpose: "RESET_PASSWORD", email, userId: existing.id }, now);
    const link = linkTo("/reset-password", token);
    await queueMail(tx, composeMail(existing.locale as Locale, "mail.existing", email, { link }));
    return null;
  }
  const user = await tx.user.create({
    data: {
      email,
      passwordHash: account.passwordHash,
      locale: account.locale,
      privacyVersion: PRIVACY_VERSION,
      privacyAcceptedAt: now,
    },
    select: { id: true },
  });
  const token = await createEmailToken(tx, { purpose: "VERIFY_EMAIL", email, userId: user.id }, now);
  await queueMail(
    tx,
    composeMail(account.locale, "mail.verify", email, {
      link: linkTo("/verify-email", token),
      hours: TOKEN_HOURS.VERIFY_EMAIL,
    }),
  );
  return user.id;
}

export async function signUpStudent(account: NewAccount, now = new Date()): Promise<void> {
  // Hashed before the transaction (it takes tens of milliseconds), and for existing addresses too.
  const passwordHash = await hashPassword(account.password);
  await prisma.$transaction(async (tx) => {
    const userId = await createAccount(tx, { ...account, passwordHash }, now);
    if (userId) await tx.studentProfile.create({ data: { userId } });
  });
}

/** Marks the address verified; returns the user to sign in, or null for a bad link. */
export async function confirmEmail(token: string, now = new Date()) {
  const row = await findEmailToken(token, "VERIFY_EMAIL", now);
  if (!row?.user) return null;
  await prisma.$transaction([
    prisma.emailToken.update({ where: { id: row.id }, data: { usedAt: now } }),
    prisma.user.update({ where: { id: row.user.id }, data: { emailVerifiedAt: now } }),
  ]);
  return row.user;
}

export async function resendVerification(userId: string, now = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    if (user.emailVerifiedAt) return;
    const token = await createEmailToken(tx, { purpose: "VERIFY_EMAIL", email: user.email, userId }, now);
    await queueMail(
      tx,
      composeMail(user.locale as Locale, "mail.verify", user.email, {
        link: linkTo("/verify-email", token),
        hours: TOKEN_HOURS.VERIFY_EMAIL,
      }),
    );
  });
}

/** The user with that email and password, or null; as slow for unknown addresses as for known. */
export async function authenticate(email: string, password: string) {
  const user = await prisma.user.findUnique({
    where: { email: normalizeEmail(email) },
    select: {
      id: true,
      passwordHash: true,
      student: { select: { id: true } },
      membership: { select: { companyId: true } },
      organizer: { select: { totpEnabledAt: true } },
    },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  return user && ok ? user : null;
}

/** Mails a reset link if the address has an account; says nothing either way. */
export async function requestPasswordReset(email: string, now = new Date()): Promise<void> {
  const address = normalizeEmail(email);
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: address }, select: { id: true, locale: true } });
    if (!user) return;
    const token = await createEmailToken(tx, { purpose: "RESET_PASSWORD", email: address, userId: user.id }, now);
    await queueMail(
      tx,
      composeMail(user.locale as Locale, "mail.reset", address, {
        link: linkTo("/reset-password", token),
        hours: TOKEN_HOURS.RESET_PASSWORD,
      }),
    );
  });
}

/** Sets a new password from a reset link and logs the user out everywhere. */
export async function resetPassword(token: string, password: string, now = new Date()): Promise<boolean> {
  const row = await findEmailToken(token, "RESET_PASSWORD", now);
  if (!row?.user) return false;
  const passwordHash = await hashPassword(password);
  await prisma.$transaction([
    prisma.emailToken.update({ where: { id: row.id }, data: { usedAt: now } }),
    // Reaching the mailbox proves the address too.
    prisma.user.update({ where: { id: row.user.id }, data: { passwordHash, emailVerifiedAt: now } }),
    prisma.session.deleteMany({ where: { userId: row.user.id } }),
  ]);
  return true;
}

export async function changePassword(
  userId: string,
  current: string,
  next: string,
  keepSessionId: string,
): Promise<"changed" | "wrong-password"> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, current))) return "wrong-password";
  await prisma.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(next) } });
  await endAllSessions(userId, keepSessionId);
  return "changed";
}
