/**
 * Who is asking, at the top of every loader and action that needs it. Each helper either returns
 * the user or throws: a redirect to log-in (not signed in), a redirect to finish a step (verify the
 * email, the organizer's second factor), or 403 (signed in, but not allowed).
 */
import { redirect } from "@remix-run/node";
import type { CompanyRole } from "~/generated/prisma/enums";
import { readSession, type SessionWithUser } from "~/models/session.server";

export type CurrentUser = SessionWithUser["user"] & { sessionId: string; secondFactorAt: Date | null };

export async function getCurrentUser(request: Request): Promise<CurrentUser | null> {
  const session = await readSession(request);
  return session ? { ...session.user, sessionId: session.id, secondFactorAt: session.secondFactorAt } : null;
}

function here(request: Request): string {
  const url = new URL(request.url);
  return `${url.pathname}${url.search}`;
}

export function forbidden(): Response {
  return new Response(null, { status: 403, statusText: "Forbidden" });
}

export async function requireUser(request: Request): Promise<CurrentUser> {
  const user = await getCurrentUser(request);
  if (!user) throw redirect(`/login?${new URLSearchParams({ redirectTo: here(request) })}`);
  return user;
}

/** Students and company members act only once their email address is confirmed. */
function requireVerifiedEmail(user: CurrentUser) {
  if (!user.emailVerifiedAt) throw redirect("/verify-email");
}

export async function requireStudent(request: Request) {
  const user = await requireUser(request);
  if (!user.student) throw forbidden();
  requireVerifiedEmail(user);
  return { ...user, student: user.student };
}

/** A member of some company (with `role`, only that role). The company may still be pending. */
export async function requireCompanyMember(request: Request, role?: CompanyRole) {
  const user = await requireUser(request);
  if (!user.membership || (role && user.membership.role !== role)) throw forbidden();
  requireVerifiedEmail(user);
  return { ...user, membership: user.membership };
}

/** A member of a company the organizers have verified: may publish jobs and see candidates. */
export async function requireVerifiedCompanyMember(request: Request, role?: CompanyRole) {
  const user = await requireCompanyMember(request, role);
  if (user.membership.company.verificationStatus !== "VERIFIED") throw forbidden();
  return user;
}

/** Organizers must have enrolled a TOTP authenticator and passed it in this session. */
export async function requireOrganizer(request: Request) {
  const user = await requireUser(request);
  if (!user.organizer) throw forbidden();
  if (!user.organizer.totpEnabledAt) {
    if (new URL(request.url).pathname !== "/organizer/security") throw redirect("/organizer/security");
  } else if (!user.secondFactorAt) {
    throw redirect(`/login/second-factor?${new URLSearchParams({ redirectTo: here(request) })}`);
  }
  return { ...user, organizer: user.organizer };
}

/** Where a user goes after logging in, by role. */
export function homeFor(user: { membership: unknown; organizer: unknown }): string {
  if (user.organizer) return "/organizer";
  if (user.membership) return "/company";
  return "/student";
}
