/**
 * Sessions in PostgreSQL: the cookie holds a random token (signed, httpOnly, SameSite=Lax, Secure
 * on https), the table holds its sha256. Deleting rows revokes sessions on every app server.
 */
import { createCookie } from "@remix-run/node";
import { prisma } from "~/db.server";
import { appUrl, getEnv } from "~/env.server";
import { hashToken, randomToken } from "~/utils/tokens.server";

const SESSION_DAYS = 30;
/** lastSeenAt is refreshed at most this often, so reading a page does not always write. */
const TOUCH_AFTER_MS = 10 * 60 * 1000;

function sessionCookie() {
  const secrets = getEnv().SESSION_SECRET;
  if (!secrets) throw new Error("SESSION_SECRET is not set; start the portal with `npm start`.");
  return createCookie("__session", {
    httpOnly: true,
    sameSite: "lax",
    secure: appUrl().protocol === "https:",
    path: "/",
    maxAge: SESSION_DAYS * 24 * 3600,
    // The first signs; all verify — so a secret can be rotated without logging everyone out.
    secrets,
  });
}

export interface RequestOrigin {
  ip: string;
  userAgent: string | null;
}

export function requestOrigin(request: Request, clientIp: string): RequestOrigin {
  return { ip: clientIp, userAgent: request.headers.get("User-Agent")?.slice(0, 500) ?? null };
}

/** Starts a session; returns the Set-Cookie header value. */
export async function createSession(
  userId: string,
  origin: RequestOrigin,
  { secondFactor = false, now = new Date() }: { secondFactor?: boolean; now?: Date } = {},
): Promise<string> {
  const token = randomToken();
  await prisma.session.create({
    data: {
      userId,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + SESSION_DAYS * 24 * 3600 * 1000),
      ip: origin.ip,
      userAgent: origin.userAgent,
      secondFactorAt: secondFactor ? now : null,
    },
  });
  return sessionCookie().serialize(token);
}

const SESSION_INCLUDE = {
  user: {
    select: {
      id: true,
      email: true,
      locale: true,
      emailVerifiedAt: true,
      student: { select: { id: true } },
      membership: {
        select: {
          companyId: true,
          role: true,
          company: { select: { nameZh: true, nameEn: true, verificationStatus: true } },
        },
      },
      organizer: { select: { totpEnabledAt: true } },
    },
  },
} as const;

async function sessionToken(request: Request): Promise<string | null> {
  const token: unknown = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof token === "string" && token.length > 0 ? token : null;
}

/** The live session of the request and its user, or null. */
export async function readSession(request: Request, now = new Date()) {
  const token = await sessionToken(request);
  if (!token) return null;
  const session = await prisma.session.findUnique({ where: { tokenHash: hashToken(token) }, include: SESSION_INCLUDE });
  if (!session || session.expiresAt <= now) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  return session;
}

export type SessionWithUser = NonNullable<Awaited<ReturnType<typeof readSession>>>;

export async function markSecondFactor(sessionId: string, now = new Date()) {
  await prisma.session.update({ where: { id: sessionId }, data: { secondFactorAt: now } });
}

/** Ends the request's session (if any); returns a Set-Cookie header that clears the cookie. */
export async function endSession(request: Request): Promise<string> {
  const token = await sessionToken(request);
  if (token) await prisma.session.deleteMany({ where: { tokenHash: hashToken(token) } });
  return sessionCookie().serialize("", { maxAge: 0 });
}

/** "Log out everywhere": every session of the user, optionally but one. */
export async function endAllSessions(userId: string, exceptSessionId?: string) {
  const { count } = await prisma.session.deleteMany({
    where: { userId, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
  });
  return count;
}
