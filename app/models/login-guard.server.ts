/**
 * Log-in lock-out rules, counted in PostgreSQL so every app server applies them:
 * - 10 failures in 15 minutes for one account from one address lock that pair for 15 minutes;
 * - 100 failures in 15 minutes from one address lock the address for 15 minutes;
 * - failures for one account from many addresses slow the answers down instead of locking the
 *   account (an attacker cannot lock a student out).
 * Every function takes `now`, so the rules are tested by moving the clock, not by waiting.
 */
import { prisma } from "~/db.server";

export const WINDOW_MS = 15 * 60 * 1000;
export const PAIR_LIMIT = 10;
export const ADDRESS_LIMIT = 100;
/** Failures for an account (any address) before answers slow down, and the ceiling. */
const SLOW_AFTER = 5;
const SLOW_STEP_MS = 500;
const SLOW_MAX_MS = 5_000;

export interface LoginAttempt {
  email: string;
  ip: string;
  now?: Date;
}

/** When the newest `limit` failures all fall within the window, the lock runs from the newest. */
async function lockedUntil(where: { email?: string; ip: string }, limit: number, now: Date): Promise<Date | null> {
  const recent = await prisma.loginFailure.findMany({
    where: { ...where, createdAt: { gt: new Date(now.getTime() - 2 * WINDOW_MS), lte: now } },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { createdAt: true },
  });
  if (recent.length < limit) return null;
  const newest = recent[0]!.createdAt.getTime();
  const oldest = recent[limit - 1]!.createdAt.getTime();
  if (newest - oldest > WINDOW_MS) return null;
  const until = new Date(newest + WINDOW_MS);
  return until > now ? until : null;
}

/** The time until which this attempt is refused without checking the password, or null. */
export async function loginBlockedUntil({ email, ip, now = new Date() }: LoginAttempt): Promise<Date | null> {
  const [pair, address] = await Promise.all([
    lockedUntil({ email, ip }, PAIR_LIMIT, now),
    lockedUntil({ ip }, ADDRESS_LIMIT, now),
  ]);
  if (!pair) return address;
  if (!address) return pair;
  return pair > address ? pair : address;
}

/** How long to wait before answering, given the account's recent failures from anywhere. */
export async function loginDelayMs({ email, now = new Date() }: Omit<LoginAttempt, "ip">): Promise<number> {
  const failures = await prisma.loginFailure.count({
    where: { email, createdAt: { gt: new Date(now.getTime() - WINDOW_MS), lte: now } },
  });
  return Math.min(Math.max(0, failures - SLOW_AFTER) * SLOW_STEP_MS, SLOW_MAX_MS);
}

export async function recordLoginFailure({ email, ip, now = new Date() }: LoginAttempt): Promise<void> {
  await prisma.loginFailure.create({ data: { email, ip, createdAt: now } });
}

/** A successful log-in forgives that pair's failures. */
export async function clearLoginFailures({ email, ip }: LoginAttempt): Promise<void> {
  await prisma.loginFailure.deleteMany({ where: { email, ip } });
}
