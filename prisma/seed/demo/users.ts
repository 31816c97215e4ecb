/**
 * Demo log-ins: every demo account has an address at DEMO_EMAIL_DOMAIN and the password
 * DEMO_PASSWORD. Its argon2id hash is computed once and pasted here (demo.test.ts checks it), so
 * that seeding 7,000 accounts takes no hashing at all; argon2 salts every hash, so all accounts
 * sharing one hash says nothing more than that they share the published password.
 */
import type { User } from "../../../app/generated/prisma/client";
import { PRIVACY_VERSION } from "../../../app/data/privacy";
import { after } from "./helpers";
import type { Rng } from "./rng";

export const DEMO_EMAIL_DOMAIN = "demo.e-landing.cn";

/** The one password of every demo account (students, company members, the organizer). */
export const DEMO_PASSWORD = "elanding-demo-2026";

/**
 * `hash(DEMO_PASSWORD, { algorithm: 2 (argon2id), memoryCost: 19456, timeCost: 2, parallelism: 1 })`
 * with @node-rs/argon2: the parameters of app/utils/password.server.ts.
 */
export const DEMO_PASSWORD_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$YpMLgYebGIZ/H+2y/txYag$X2PGR2oLS2IBK40cy2VEYJaPC08IR0GE8bxgwhDTDdI";

export const ORGANIZER_EMAIL = `organizer@${DEMO_EMAIL_DOMAIN}`;

export function demoEmail(localPart: string): string {
  return `${localPart}@${DEMO_EMAIL_DOMAIN}`.toLowerCase();
}

/** A verified demo user who signed up (and accepted the privacy notice) at `createdAt`. */
export function buildUser(
  rng: Rng,
  fields: { id?: string; email: string; locale: "zh-CN" | "en"; createdAt: Date; updatedAt?: Date },
): User {
  const { createdAt } = fields;
  // Confirmed within the hour, mostly within minutes.
  const emailVerifiedAt = after(createdAt, 0, rng.chance(0.8) ? rng.int(1, 15) : rng.int(16, 60));
  return {
    id: fields.id ?? rng.id(),
    createdAt,
    updatedAt: fields.updatedAt && fields.updatedAt > emailVerifiedAt ? fields.updatedAt : emailVerifiedAt,
    email: fields.email,
    passwordHash: DEMO_PASSWORD_HASH,
    locale: fields.locale,
    emailVerifiedAt,
    privacyVersion: PRIVACY_VERSION,
    privacyAcceptedAt: createdAt,
  };
}
