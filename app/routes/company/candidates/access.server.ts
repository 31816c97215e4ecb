/**
 * What the candidate pages share: only members of a verified company may search candidates. A
 * pending (or suspended) company's member gets 403 with the reason, which the pages' error
 * boundary explains, instead of a bare "forbidden".
 */
import { data } from "@remix-run/node";
import { z } from "zod";
import { requireCompanyMember, requireVerifiedCompanyMember } from "~/utils/auth.server";

export const NOT_VERIFIED = "company-not-verified";

export async function requireCandidateSearcher(request: Request) {
  try {
    return await requireVerifiedCompanyMember(request);
  } catch (thrown) {
    if (thrown instanceof Response && thrown.status === 403) {
      // Members of an unverified company learn why; everyone else gets the plain 403.
      const member = await requireCompanyMember(request);
      throw data({ reason: NOT_VERIFIED, status: member.membership.company.verificationStatus }, { status: 403 });
    }
    throw thrown;
  }
}

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** A route's id parameter, or 404 (a malformed id is as unknown as another company's). */
export function routeId(params: Record<string, string | undefined>, name: string): string {
  const parsed = idSchema.safeParse(params[name]);
  if (!parsed.success) throw new Response(null, { status: 404 });
  return parsed.data;
}
