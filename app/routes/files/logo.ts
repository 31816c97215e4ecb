import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { getCompanyLogo } from "~/models/company.server";
import { fileResponse } from "~/models/files.server";
import { getCurrentUser } from "~/utils/auth.server";

const paramsSchema = z.object({ companyId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

/**
 * A company's logo. Verified companies' logos are public and cacheable (the page links them with
 * `?v=<file id>`, so a new logo gets a new URL and the old one may be cached for good). Until a
 * company is verified (or once suspended) its logo is shown only to its members and to
 * organizers: the portal does not host images for companies nobody has checked.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const parsed = paramsSchema.safeParse(params);
  const company = parsed.success ? await getCompanyLogo(parsed.data.companyId) : null;
  const logo = company?.logo;
  if (!company || !logo) throw new Response(null, { status: 404 });

  const isPublic = company.verificationStatus === "VERIFIED";
  if (!isPublic) {
    const user = await getCurrentUser(request);
    const member = user?.membership?.companyId === company.id;
    const organizer = Boolean(user?.organizer?.totpEnabledAt && user.secondFactorAt);
    if (!member && !organizer) throw new Response(null, { status: 404 });
  }

  const versioned = new URL(request.url).searchParams.get("v") === logo.id;
  const cache = !isPublic
    ? "private, no-store"
    : versioned
      ? "public, max-age=31536000, immutable"
      : "public, max-age=300";
  if (isPublic && request.headers.get("If-None-Match") === `"${logo.sha256}"`) {
    return new Response(null, { status: 304, headers: { ETag: `"${logo.sha256}"`, "Cache-Control": cache } });
  }
  return fileResponse(logo, { cache });
}
