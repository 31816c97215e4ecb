import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { CompletenessMeter } from "~/components/profile/completeness";
import { consentOverview } from "~/models/consent.server";
import { completenessOf, getStudentProfile } from "~/models/profile.server";
import { requireStudent } from "~/utils/auth.server";
import { metaTranslator, pageMeta } from "~/utils/meta";

export const meta: MetaFunction = (args) => pageMeta(args, metaTranslator(args.matches)("profile.dashboard.metaTitle"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStudent(request);
  const [profile, consents] = await Promise.all([getStudentProfile(user.student.id), consentOverview(user.id)]);
  if (!profile) throw new Response(null, { status: 404 });
  const granted = (purpose: string) => consents.statuses.some((s) => s.purpose === purpose && s.granted);
  return {
    email: user.email,
    completeness: completenessOf(profile),
    discoverable: granted("DISCOVERABLE"),
    shareOnApply: granted("SHARE_ON_APPLY"),
  };
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 p-5">
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      <div className="mt-3 space-y-3">{children}</div>
    </section>
  );
}

const linkClass = "inline-flex min-h-11 items-center text-brand-800 underline";

/** The student's home: how far the profile is, who can see it, and where to go next. */
export default function StudentHome() {
  const { t } = useTranslation();
  const { email, completeness, discoverable, shareOnApply } = useLoaderData<typeof loader>();
  const next = completeness.missing[0]?.step;
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("profile.dashboard.title")}</h1>
      <p className="mt-2 text-slate-700">{t("profile.dashboard.signedInAs", { email })}</p>
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        <Card title={t("profile.dashboard.profileTitle")}>
          <CompletenessMeter completeness={completeness} details={false} />
          <p>
            <Link
              to={next ? `/student/profile/${next}` : "/student/profile"}
              className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
            >
              {next ? t("profile.dashboard.continue") : t("profile.dashboard.edit")}
            </Link>
          </p>
          <p>
            <Link to="/student/profile/preview" className={linkClass}>
              {t("profile.dashboard.preview")}
            </Link>
          </p>
        </Card>
        <Card title={t("profile.dashboard.visibilityTitle")}>
          <p>{discoverable ? t("profile.dashboard.discoverableOn") : t("profile.dashboard.discoverableOff")}</p>
          <p>{shareOnApply ? t("profile.dashboard.shareOn") : t("profile.dashboard.shareOff")}</p>
          <p>
            <Link to="/student/privacy" className={linkClass}>
              {t("profile.dashboard.manage")}
            </Link>
          </p>
        </Card>
        <Card title={t("profile.dashboard.jobsTitle")}>
          <p>
            <Link to="/student/jobs-for-you" className={linkClass}>
              {t("matching.forYou.title")}
            </Link>
          </p>
          <p>
            <Link to="/student/saved-searches" className={linkClass}>
              {t("jobsearch.saved.title")}
            </Link>
          </p>
          <p>
            <Link to="/jobs" className={linkClass}>
              {t("profile.dashboard.jobs")}
            </Link>
          </p>
        </Card>
      </div>
    </div>
  );
}
