import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { CriteriaProblems } from "~/components/candidates/criteria-problems";
import { CandidateSearchForm, EMPTY_CRITERIA } from "~/components/candidates/search-form";
import { usePlaceNames } from "~/components/jobs/place";
import { HowScored, MatchExplanation } from "~/components/matching/match-explanation";
import { Pagination } from "~/components/pagination";
import { useFormat } from "~/i18n/format";
import { LOCALE_PARAM } from "~/i18n/urls";
import { getCandidateSearchVocabulary } from "~/models/candidate-search.server";
import { jobForRanking, rankedCandidatesForJob } from "~/models/matching.server";
import { requireVerifiedCompanyMember } from "~/utils/auth.server";
import { pickLocalized } from "~/i18n/pick";
import { metaLocale, metaTranslator, pageMeta } from "~/utils/meta";
import { parseJobId } from "./posting.server";

export const meta: MetaFunction<typeof loader> = (args) => {
  const t = metaTranslator(args.matches);
  const job = args.data?.job;
  return pageMeta(
    args,
    t("matching.candidates.metaTitle", { title: job ? pickLocalized(job, "title", metaLocale(args.matches)) : "" }),
  );
};

/**
 * A job's discoverable candidates, best match first: verified members of the job's own company
 * only. The candidate search's criteria (must / exclude / ranges, words) narrow the list; the
 * match score orders it.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireVerifiedCompanyMember(request);
  const job = await jobForRanking(user.membership.companyId, parseJobId(params));
  const query = new URL(request.url).searchParams;
  query.delete(LOCALE_PARAM); // the page's language, not a criterion
  const [result, vocabulary] = await Promise.all([
    rankedCandidatesForJob(job.id, query),
    getCandidateSearchVocabulary(),
  ]);
  const status = { ok: 200, invalid: 400, unavailable: 503 }[result.status];
  return data(
    {
      job: { id: job.id, titleZh: job.titleZh, titleEn: job.titleEn },
      labels: vocabulary.labels,
      result,
      q: query.get("q") ?? "",
    },
    { status },
  );
}

export default function RankedCandidates() {
  const { t } = useTranslation();
  const { job, result, labels, q } = useLoaderData<typeof loader>();
  const format = useFormat();
  const place = usePlaceNames();
  const zh = format.locale === "zh-CN";
  const title = zh ? job.titleZh : job.titleEn;
  const listId = useId();
  const path = `/company/jobs/${job.id}/candidates`;
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <p>
        <Link to={`/company/jobs/${job.id}`} className="inline-flex min-h-11 items-center text-brand-800 underline">
          {t("matching.candidates.backToJob")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("matching.candidates.title")}</h1>
      <p className="mt-2 text-slate-800">{t("matching.candidates.lead", { title })}</p>
      <div className="mt-6 grid gap-8 md:grid-cols-[22rem_1fr]">
        <details open>
          <summary className="min-h-11 cursor-pointer py-2 text-lg font-semibold">
            {t("matching.candidates.filters")}
          </summary>
          <CandidateSearchForm
            key={JSON.stringify(result.status === "invalid" ? null : result.criteria)}
            values={result.status === "invalid" ? { ...EMPTY_CRITERIA, q } : result.criteria}
            labels={labels}
            action={path}
            sortable={false}
          />
        </details>
        <div>
          {result.status === "invalid" ? (
            <CriteriaProblems problems={result.problems} resetTo={path} />
          ) : result.status === "unavailable" ? (
            <div role="status" className="mt-6 rounded-md border border-amber-300 bg-amber-50 p-4">
              <h2 className="font-semibold text-amber-950">{t("matching.candidates.unavailableTitle")}</h2>
              <p className="text-amber-950">{t("matching.candidates.unavailableBody")}</p>
            </div>
          ) : (
            <section aria-labelledby={listId} className="mt-6">
              <h2 id={listId} className="text-xl font-bold">
                {t("matching.candidates.count", { count: result.total })}
              </h2>
              <HowScored />
              {result.candidates.length === 0 ? (
                <p className="mt-4">{t("matching.candidates.empty")}</p>
              ) : (
                <ol aria-label={t("matching.candidates.resultsLabel")} className="mt-4 space-y-4">
                  {result.candidates.map((c) => (
                    <li key={c.id} className="rounded-lg border border-slate-200 p-4">
                      <h3 className="text-lg font-semibold">
                        {(zh ? c.headlineZh : c.headlineEn) || (zh ? c.headlineEn : c.headlineZh)}
                      </h3>
                      <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-slate-700">
                        {c.college ? <span>{zh ? c.college.nameZh : c.college.nameEn}</span> : null}
                        {c.major ? <span>{zh ? c.major.nameZh : c.major.nameEn}</span> : null}
                        {c.graduationYear ? (
                          <span>{t("matching.candidates.graduation", { year: c.graduationYear })}</span>
                        ) : null}
                        {c.degree ? <span>{t(`enums.education.${c.degree as "NONE"}`)}</span> : null}
                        {c.city ? <span>{place.city(c.city)}</span> : null}
                      </p>
                      <MatchExplanation match={c.match} audience="employer" />
                      <p className="mt-2">
                        <Link
                          to={`/company/candidates/${c.id}`}
                          className="inline-flex min-h-11 items-center text-brand-800 underline"
                        >
                          {t("matching.candidates.viewProfile")}
                        </Link>
                      </p>
                    </li>
                  ))}
                </ol>
              )}
              <Pagination path={path} page={result.page} totalPages={result.totalPages} />
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
