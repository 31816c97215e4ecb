import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CandidatesErrorBoundary } from "~/components/candidates/not-verified";
import { CriteriaSummary } from "~/components/candidates/criteria-summary";
import { CompanyNav } from "~/components/company/company-nav";
import { useFormat } from "~/i18n/format";
import { getCandidateSearchVocabulary, listCompanySavedSearches } from "~/models/candidate-search.server";
import { metaTranslator, pageMeta } from "~/utils/meta";
import { requireCandidateSearcher } from "./access.server";

export const meta: MetaFunction = (args) => pageMeta(args, metaTranslator(args.matches)("candidates.meta.savedTitle"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCandidateSearcher(request);
  const [saved, vocabulary] = await Promise.all([
    listCompanySavedSearches(user.membership.companyId),
    getCandidateSearchVocabulary(),
  ]);
  return {
    isOwner: user.membership.role === "OWNER",
    labels: vocabulary.labels,
    searches: saved,
  };
}

/** The company's shared saved searches: run, rename or delete each. */
export default function SavedCandidateSearches() {
  const { t } = useTranslation();
  const format = useFormat();
  const { isOwner, labels, searches } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("candidates.saved.title")}</h1>
      <CompanyNav isOwner={isOwner} />
      <p className="mt-4 text-slate-700">{t("candidates.saved.lead")}</p>
      {searches.length === 0 ? (
        <div className="mt-6 rounded-lg border border-dashed border-slate-300 p-6">
          <p>{t("candidates.saved.empty")}</p>
          <Link to="/company/candidates" className="mt-3 inline-flex min-h-11 items-center text-brand-800 underline">
            {t("candidates.saved.toSearch")}
          </Link>
        </div>
      ) : (
        <ul className="mt-6 space-y-4">
          {searches.map((search) => (
            <li key={search.id} className="rounded-lg border border-slate-300 p-4">
              <h2 className="break-words text-xl font-semibold">{search.name}</h2>
              <p className="text-sm text-slate-700">
                {t("candidates.saved.savedBy", { email: search.savedBy ?? "", date: format.date(search.createdAt) })}
              </p>
              <div className="mt-2">
                {search.criteria ? (
                  <CriteriaSummary criteria={search.criteria} labels={labels} />
                ) : (
                  <p className="text-amber-900">{t("candidates.saved.stale")}</p>
                )}
              </div>
              <p className="mt-3 flex flex-wrap gap-3">
                <Link
                  to={`/company/candidates?${search.query}`}
                  aria-label={t("candidates.saved.runLabel", { name: search.name })}
                  className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
                >
                  {t("candidates.saved.run")}
                </Link>
                <Link
                  to={`/company/candidates/saved/${search.id}`}
                  aria-label={t("candidates.saved.manageLabel", { name: search.name })}
                  className="inline-flex min-h-11 items-center rounded-md border border-brand-700 px-4 font-semibold text-brand-800 hover:bg-brand-50"
                >
                  {t("candidates.saved.manage")}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export { CandidatesErrorBoundary as ErrorBoundary };
