import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { CandidateProfileView } from "~/components/profile/candidate-view";
import { consentOverview } from "~/models/consent.server";
import { getProfileCatalogue, getStudentProfile, toCandidateView } from "~/models/profile.server";
import { requireStudent } from "~/utils/auth.server";
import { metaTranslator, pageMeta } from "~/utils/meta";

export const meta: MetaFunction = (args) => pageMeta(args, metaTranslator(args.matches)("profile.preview.metaTitle"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStudent(request);
  const [profile, catalogue, consents] = await Promise.all([
    getStudentProfile(user.student.id),
    getProfileCatalogue(),
    consentOverview(user.id),
  ]);
  if (!profile) throw new Response(null, { status: 404 });
  const options = { families: catalogue.families, resumeHref: "/student/resume" };
  const granted = (purpose: string) => consents.statuses.some((s) => s.purpose === purpose && s.granted);
  return {
    // Built on the server for each audience: the search view never carries contact details.
    search: toCandidateView(profile, "search", options),
    application: toCandidateView(profile, "application", options),
    discoverable: granted("DISCOVERABLE"),
    shareOnApply: granted("SHARE_ON_APPLY"),
  };
}

function Audience({
  title,
  lead,
  off,
  children,
}: {
  title: string;
  lead: string;
  off: string | null;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      <p className="mt-1 text-slate-700">{lead}</p>
      {off ? <p className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950">{off}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}

/** The student's profile exactly as each kind of company sees it, in the visitor's language. */
export default function ProfilePreview() {
  const { t } = useTranslation();
  const { search, application, discoverable, shareOnApply } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("profile.preview.title")}</h1>
      <p className="mt-2 text-slate-700">{t("profile.preview.lead")}</p>
      <p className="mt-3 flex flex-wrap gap-x-6">
        <Link to="/student/profile" className="inline-flex min-h-11 items-center text-brand-800 underline">
          {t("profile.preview.edit")}
        </Link>
        <Link to="/student/privacy" className="inline-flex min-h-11 items-center text-brand-800 underline">
          {t("profile.preview.manage")}
        </Link>
      </p>
      <Audience
        title={t("profile.preview.searchTitle")}
        lead={t("profile.preview.searchLead")}
        off={discoverable ? null : t("profile.preview.searchOff")}
      >
        <CandidateProfileView candidate={search} />
      </Audience>
      <Audience
        title={t("profile.preview.applicationTitle")}
        lead={t("profile.preview.applicationLead")}
        off={shareOnApply ? null : t("profile.preview.applicationOff")}
      >
        <CandidateProfileView candidate={application} />
      </Audience>
    </div>
  );
}
