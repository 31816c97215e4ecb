import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation, useSearchParams, useSubmit } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { FacetFilters } from "~/components/jobs/facet-filters";
import { JobCardItem } from "~/components/jobs/job-card";
import { NearPointForm } from "~/components/jobs/near-filter";
import { SaveSearch, type SearchViewer } from "~/components/jobs/save-search";
import { SearchSuggestions } from "~/components/jobs/suggestions";
import { Pagination } from "~/components/pagination";
import { JOB_FACET_NAMES, JOB_SORTS, NEAR_RADIUS_DEFAULT, TYPING_DEBOUNCE_MS } from "~/data/job-search";
import { useFormat } from "~/i18n/format";
import { LOCALE_PARAM } from "~/i18n/urls";
import { getJobSearchVocabulary, searchPublicJobs } from "~/models/job-search.server";
import { getCurrentUser } from "~/utils/auth.server";
import { metaTranslator, pageMeta } from "~/utils/meta";

/** Public: anyone may search; who is asking only decides what the "save this search" box offers. */
export async function loader({ request }: LoaderFunctionArgs) {
  const query = new URL(request.url).searchParams;
  query.delete(LOCALE_PARAM); // the page's language, not a search parameter
  const [user, outcome, vocabulary] = await Promise.all([
    getCurrentUser(request),
    searchPublicJobs(query),
    getJobSearchVocabulary(),
  ]);
  const viewer: SearchViewer = !user ? "anonymous" : user.student && user.emailVerifiedAt ? "student" : "member";
  const status = { ok: 200, invalid: 400, unavailable: 503 }[outcome.status];
  return data({ outcome, labels: vocabulary.labels, viewer }, { status });
}

export const meta: MetaFunction<typeof loader> = (args) => {
  const t = metaTranslator(args.matches);
  const q = new URLSearchParams(args.location.search).get("q")?.trim();
  return pageMeta(args, q ? t("jobs.meta.searchTitle", { q }) : t("jobs.meta.title"), t("jobs.meta.description"));
};

export default function Jobs() {
  const { outcome, labels, viewer } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const format = useFormat();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const submit = useSubmit();
  const form = useRef<HTMLFormElement>(null);
  const queryInput = useRef<HTMLInputElement>(null);
  const typing = useRef<ReturnType<typeof setTimeout>>(undefined);
  const searching = navigation.state === "loading" && navigation.location.pathname === "/jobs";
  const params = outcome.status === "invalid" ? null : outcome.params;
  const q = searchParams.get("q") ?? "";
  const selectedCount = params
    ? JOB_FACET_NAMES.reduce((n, facet) => n + params[facet].length, 0) +
      (params.posted ? 1 : 0) +
      (params.near ? 1 : 0)
    : 0;

  // With JavaScript, a changed filter or sort applies at once; without it, the Apply button does.
  // Each submission is a navigation: Remix aborts the one in flight, so a late answer never
  // replaces a newer one.
  const applyNow = () => {
    clearTimeout(typing.current);
    if (form.current) submit(form.current, { preventScrollReset: true });
  };
  // While typing: results follow the words after a pause, replacing the history entry (one entry
  // per search, not per keystroke); the page number starts again.
  const typed = () => {
    clearTimeout(typing.current);
    typing.current = setTimeout(() => {
      if (!form.current) return;
      const data = new FormData(form.current);
      data.delete("page");
      submit(data, { method: "get", action: "/jobs", replace: true, preventScrollReset: true });
    }, TYPING_DEBOUNCE_MS);
  };
  useEffect(() => () => clearTimeout(typing.current), []);
  // A link (a suggestion, "clear") may change the words: show them, unless the visitor is typing.
  useEffect(() => {
    if (queryInput.current && document.activeElement !== queryInput.current) queryInput.current.value = q;
  }, [q]);

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("jobs.title")}</h1>
      <p className="mt-2 text-slate-700">{t("jobs.lead")}</p>

      <Form ref={form} method="get" action="/jobs" className="mt-6" aria-label={t("jobs.form.label")}>
        <div role="search" className="flex flex-col gap-2 sm:flex-row sm:items-end">
          <div className="flex-1">
            <label htmlFor="q" className="block text-sm font-medium text-slate-800">
              {t("jobs.form.query")}
            </label>
            <input
              ref={queryInput}
              id="q"
              name="q"
              type="search"
              defaultValue={q}
              onChange={typed}
              autoComplete="off"
              // The results exist only when the search was valid.
              aria-controls={outcome.status === "invalid" ? undefined : "results"}
              maxLength={200}
              placeholder={t("jobs.form.placeholder")}
              className="mt-1 min-h-11 w-full rounded-md border border-slate-400 px-3"
            />
          </div>
          <button
            type="submit"
            className="min-h-11 rounded-md bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800"
          >
            {t("jobs.form.submit")}
          </button>
        </div>

        {outcome.status === "invalid" ? (
          <section role="alert" className="mt-6 rounded-lg border border-red-300 bg-red-50 p-4">
            <h2 className="font-semibold text-red-900">{t("jobs.invalid.title")}</h2>
            <ul className="mt-2 list-disc pl-5 text-red-900">
              {outcome.problems.map((problem, i) => (
                <li key={i}>
                  {t(`jobs.problems.${problem.code}`, {
                    param: problem.param,
                    defaultValue: t("jobs.problems.invalid", { param: problem.param }),
                  })}
                </li>
              ))}
            </ul>
            <Link to="/jobs" className="mt-3 inline-block font-medium text-brand-800 underline">
              {t("jobs.invalid.reset")}
            </Link>
          </section>
        ) : (
          <div className="mt-6 grid gap-6 md:grid-cols-[17rem_1fr]">
            <FacetFilters
              params={params!}
              facets={outcome.status === "ok" ? outcome.result.facets : null}
              posted={outcome.status === "ok" ? outcome.result.posted : null}
              labels={labels}
              selectedCount={selectedCount}
              onChange={applyNow}
            />
            <section id="results" aria-labelledby="results-heading" aria-busy={searching}>
              <div className="flex flex-wrap items-center justify-between gap-3">
                <h2 id="results-heading" className="text-lg font-semibold" aria-live="polite">
                  {outcome.status === "ok"
                    ? t(params!.q ? "jobs.results.countForQuery" : "jobs.results.count", {
                        count: outcome.result.totalHits,
                        total: format.number(outcome.result.totalHits),
                        q: params!.q,
                      })
                    : t("jobs.unavailable.title")}
                </h2>
                <div className="flex items-center gap-2">
                  <label htmlFor="sort" className="text-sm font-medium">
                    {t("jobs.form.sort")}
                  </label>
                  <select
                    id="sort"
                    name="sort"
                    defaultValue={params!.sort}
                    onChange={applyNow}
                    className="min-h-11 rounded-md border border-slate-400 px-2"
                  >
                    {JOB_SORTS.map((sort) => (
                      // Distance needs a place: offered once "near" is set.
                      <option key={sort} value={sort} disabled={sort === "distance" && !params!.near}>
                        {t(`jobs.sort.${sort}`)}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              <p className="mt-1 min-h-6 text-sm text-slate-700" role="status">
                {searching ? t("jobs.results.loading") : ""}
              </p>
              <div className={searching ? "opacity-60 transition-opacity" : undefined}>
                {outcome.status === "unavailable" ? (
                  <div role="status" className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-5">
                    <p className="text-amber-950">{t("jobs.unavailable.body")}</p>
                    <Link
                      to={`/jobs?${searchParams.toString()}`}
                      reloadDocument
                      className="mt-3 inline-block font-medium text-brand-800 underline"
                    >
                      {t("jobs.unavailable.retry")}
                    </Link>
                  </div>
                ) : outcome.result.jobs.length === 0 ? (
                  <>
                    <SearchSuggestions suggestions={outcome.suggestions} />
                    <div className="mt-4 rounded-lg border border-dashed border-slate-300 p-6">
                      <h3 className="text-lg font-semibold">{t("jobs.empty.title")}</h3>
                      <p className="mt-2 text-slate-700">{t("jobs.empty.tips")}</p>
                      <ul className="mt-1 list-disc pl-5 text-slate-700">
                        <li>{t("jobs.empty.spelling")}</li>
                        <li>
                          {selectedCount > 0 ? (
                            <Link
                              to={q ? `/jobs?q=${encodeURIComponent(q)}` : "/jobs"}
                              className="text-brand-800 underline"
                            >
                              {t("jobs.empty.fewerFilters")}
                            </Link>
                          ) : (
                            t("jobs.empty.fewerFilters")
                          )}
                        </li>
                        <li>{t("jobs.empty.broader")}</li>
                      </ul>
                    </div>
                  </>
                ) : (
                  <>
                    <ol className="mt-4 space-y-3">
                      {outcome.result.jobs.map((job) => (
                        <JobCardItem key={job.id} job={job} />
                      ))}
                    </ol>
                    <Pagination path="/jobs" page={params!.page} totalPages={outcome.result.totalPages} />
                  </>
                )}
              </div>
            </section>
          </div>
        )}
      </Form>
      <NearPointForm radius={params?.radius ?? NEAR_RADIUS_DEFAULT} />
      {outcome.status === "ok" ? <SaveSearch viewer={viewer} /> : null}
    </div>
  );
}
