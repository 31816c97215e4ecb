import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CompletenessMeter } from "~/components/profile/completeness";
import { useStepStatus } from "~/components/profile/step-nav";
import { PROFILE_STEPS } from "~/models/profile-steps";
import { completenessOf, getStudentProfile } from "~/models/profile.server";
import { requireStudent } from "~/utils/auth.server";
import { metaTranslator, pageMeta } from "~/utils/meta";

export const meta: MetaFunction = (args) => pageMeta(args, metaTranslator(args.matches)("profile.builder.metaTitle"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStudent(request);
  const profile = await getStudentProfile(user.student.id);
  if (!profile) throw new Response(null, { status: 404 });
  return { completeness: completenessOf(profile) };
}

/** The builder's overview: how complete the profile is, and every step with its status. */
export default function ProfileOverview() {
  const { t } = useTranslation();
  const { completeness } = useLoaderData<typeof loader>();
  const status = useStepStatus(completeness);
  const firstMissing = completeness.missing[0]?.step ?? PROFILE_STEPS[0];
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("profile.builder.title")}</h1>
      <p className="mt-2 text-slate-700">{t("profile.builder.lead")}</p>
      <div className="mt-6">
        <CompletenessMeter completeness={completeness} />
      </div>
      <p className="mt-4 flex flex-wrap gap-3">
        <Link
          to={`/student/profile/${firstMissing}`}
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
        >
          {completeness.missing.length > 0 ? t("profile.dashboard.continue") : t("profile.dashboard.edit")}
        </Link>
        <Link
          to="/student/profile/preview"
          className="inline-flex min-h-11 items-center rounded-md border border-brand-700 px-5 font-semibold text-brand-800"
        >
          {t("profile.builder.preview")}
        </Link>
      </p>
      <h2 className="mt-8 text-2xl font-bold">{t("profile.builder.stepsTitle")}</h2>
      <ol className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200">
        {PROFILE_STEPS.map((step, index) => {
          const { done, text } = status(step);
          return (
            <li key={step} className="flex items-center justify-between gap-3 px-4 py-2">
              <span>
                {t("profile.builder.stepItem", { number: index + 1, title: t(`profile.steps.${step}.title`) })}
              </span>
              <span className="flex items-center gap-3">
                <span
                  className={
                    done === null
                      ? "text-slate-700"
                      : done
                        ? "font-medium text-emerald-800"
                        : "font-medium text-amber-800"
                  }
                >
                  {text}
                </span>
                <Link
                  to={`/student/profile/${step}`}
                  className="inline-flex min-h-11 items-center text-brand-800 underline"
                >
                  <span aria-hidden="true">{t("profile.builder.edit")}</span>
                  <span className="sr-only">
                    {t("profile.builder.editStep", { step: t(`profile.steps.${step}.title`) })}
                  </span>
                </Link>
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
