/**
 * Consents under PIPL: separate for each purpose, versioned, with their history kept. A consent
 * is a row given at a time for one version of its text; withdrawing sets withdrawnAt (the row
 * stays). Giving again after a withdrawal, or for a newer version, adds a new row. Only a
 * consent for the current version counts (app/data/privacy.ts), so a changed text asks again.
 *
 * DISCOVERABLE decides whether the student is in the candidates index: every consent change
 * enqueues the candidate sync in the same transaction.
 */
import { CONSENT_VERSIONS, PRIVACY_VERSION } from "~/data/privacy";
import { prisma } from "~/db.server";
import type { Consent, Prisma } from "~/generated/prisma/client";
import type { ConsentPurpose } from "~/generated/prisma/enums";
import { enqueueCandidateSync } from "./profile.server";

type Tx = Prisma.TransactionClient;

export const CONSENT_PURPOSES: ConsentPurpose[] = ["DISCOVERABLE", "SHARE_ON_APPLY"];

export interface ConsentStatus {
  purpose: ConsentPurpose;
  /** The version a student agrees to now. */
  currentVersion: string;
  /** The consent not withdrawn, if any (maybe for an older version). */
  active: Pick<Consent, "id" | "version" | "givenAt"> | null;
  /** Active and for the current version: the purpose may be pursued. */
  granted: boolean;
}

/** Whether `consents` (one user's) include an active one for `purpose` of the current version. */
export function hasConsent(
  consents: Pick<Consent, "purpose" | "version" | "withdrawnAt">[],
  purpose: ConsentPurpose,
): boolean {
  return consents.some(
    (consent) => consent.purpose === purpose && !consent.withdrawnAt && consent.version === CONSENT_VERSIONS[purpose],
  );
}

export async function consentOverview(userId: string) {
  const [user, history] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { privacyVersion: true, privacyAcceptedAt: true } }),
    prisma.consent.findMany({ where: { userId }, orderBy: [{ givenAt: "desc" }, { createdAt: "desc" }] }),
  ]);
  const statuses: ConsentStatus[] = CONSENT_PURPOSES.map((purpose) => {
    const active = history.find((consent) => consent.purpose === purpose && !consent.withdrawnAt) ?? null;
    return {
      purpose,
      currentVersion: CONSENT_VERSIONS[purpose],
      active: active && { id: active.id, version: active.version, givenAt: active.givenAt },
      granted: hasConsent(history, purpose),
    };
  });
  return {
    privacy: {
      currentVersion: PRIVACY_VERSION,
      acceptedVersion: user.privacyVersion,
      acceptedAt: user.privacyAcceptedAt,
      current: user.privacyVersion === PRIVACY_VERSION,
    },
    statuses,
    history,
  };
}

/** One consent change of a user at a time, so that two clicks never leave two active rows. */
async function lockConsents(tx: Tx, userId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`consent:${userId}`}, 0))`;
}

/** Only DISCOVERABLE decides about the document, but every consent change re-syncs: one rule, cheap. */
async function syncCandidateOf(tx: Tx, userId: string) {
  const profile = await tx.studentProfile.findUnique({ where: { userId }, select: { id: true } });
  if (profile) await enqueueCandidateSync(tx, profile.id);
}

/**
 * Gives the consent for the current version. Idempotent: an active consent of that version stays
 * as it is; one for an older version is withdrawn and replaced, so the history shows both.
 */
export async function giveConsent(userId: string, purpose: ConsentPurpose, now = new Date()): Promise<void> {
  const version = CONSENT_VERSIONS[purpose];
  await prisma.$transaction(async (tx) => {
    await lockConsents(tx, userId);
    const active = await tx.consent.findMany({ where: { userId, purpose, withdrawnAt: null } });
    if (active.some((consent) => consent.version === version)) return;
    await tx.consent.updateMany({ where: { userId, purpose, withdrawnAt: null }, data: { withdrawnAt: now } });
    await tx.consent.create({ data: { userId, purpose, version, givenAt: now } });
    await syncCandidateOf(tx, userId);
  });
}

/** Withdraws the consent (every active row of the purpose); does nothing when none is active. */
export async function withdrawConsent(userId: string, purpose: ConsentPurpose, now = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await lockConsents(tx, userId);
    const { count } = await tx.consent.updateMany({
      where: { userId, purpose, withdrawnAt: null },
      data: { withdrawnAt: now },
    });
    if (count > 0) await syncCandidateOf(tx, userId);
  });
}

/** Records that the user accepted the current privacy notice. */
export async function acceptPrivacyNotice(userId: string, now = new Date()): Promise<void> {
  await prisma.user.update({
    where: { id: userId },
    data: { privacyVersion: PRIVACY_VERSION, privacyAcceptedAt: now },
  });
}
