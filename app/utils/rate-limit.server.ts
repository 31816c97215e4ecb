/**
 * Fixed-window rate limits counted in PostgreSQL, so that every app server sees the same count.
 * One upsert per request; old windows are deleted by a periodic queue job.
 */
import { prisma } from "~/db.server";

export interface RateLimitRule {
  /** What is limited and for whom, e.g. "api:203.0.113.7". */
  key: string;
  limit: number;
  windowSeconds: number;
}

export interface RateLimitState {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

export async function hitRateLimit(
  { key, limit, windowSeconds }: RateLimitRule,
  now = new Date(),
): Promise<RateLimitState> {
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("id", "key", "windowStart", "count", "createdAt", "updatedAt")
    VALUES (gen_random_uuid()::text, ${key}, ${windowStart}, 1, now(), now())
    ON CONFLICT ("key", "windowStart")
    DO UPDATE SET "count" = "RateLimitBucket"."count" + 1, "updatedAt" = now()
    RETURNING "count"`;
  const count = row?.count ?? 1;
  return {
    allowed: count <= limit,
    limit,
    remaining: Math.max(0, limit - count),
    resetSeconds: Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000),
  };
}

/** The standard RateLimit-* headers (and Retry-After when refused). */
export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    "RateLimit-Limit": String(state.limit),
    "RateLimit-Remaining": String(state.remaining),
    "RateLimit-Reset": String(state.resetSeconds),
    ...(state.allowed ? {} : { "Retry-After": String(state.resetSeconds) }),
  };
}
