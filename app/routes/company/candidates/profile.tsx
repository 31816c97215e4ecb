import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CandidatesErrorBoundary } from "~/components/candidates/not-verified";
import { CandidateProfileView } from "~/components/profile/candidate-view";
import { viewCandidateProfile } from "~/models/candidate-search.server";
import { metaTranslator, pageMeta } from "~/utils/meta";
import { requireCandidateSearcher, routeId } from "./access.server";

export const meta: MetaFunction = (args) =>
  pageMeta(args, metaTranslator(args.matches)("candidates.meta.profileTitle"));

/**
 * A discoverable candidate's profile. Opening it is the "view" the audit log records (one row per
 * request, written before the profile is sent): a read that is logged, not a change of state.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireCandidateSearcher(request);
  const profileId = routeId(params, "profileId");
  const candidate = await viewCandidateProfile(profileId, {
    userId: user.id,
    companyId: user.membership.companyId,
    ip: context.clientIp,
  });
  // Unknown, or no longer discoverable (consent withdrawn): the same 404.
  if (!candidate) throw new Response(null, { status: 404 });
  return { candidate };
}

export default function CandidateProfile() {
  const { t } = useTranslation();
  const { candidate } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <p>
        <Link to="/company/candidates" className="inline-flex min-h-11 items-center text-brand-800 underline">
          {t("candidates.profile.back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("candidates.meta.profileTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("candidates.profile.lead")}</p>
      <p className="mt-1 text-sm text-slate-700">{t("candidates.profile.logged")}</p>
      <div className="mt-6">
        <CandidateProfileView candidate={candidate} level={2} />
      </div>
    </div>
  );
}

export { CandidatesErrorBoundary as ErrorBoundary };
