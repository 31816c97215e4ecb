import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { CandidateCardItem } from "~/components/candidates/candidate-card";
import { CriteriaProblems } from "~/components/candidates/criteria-problems";
import { CriteriaSummary } from "~/components/candidates/criteria-summary";
import { FacetCounts } from "~/components/candidates/facet-counts";
import { CandidatesErrorBoundary } from "~/components/candidates/not-verified";
import { CandidateSearchForm, EMPTY_CRITERIA, type SearchFormValues } from "~/components/candidates/search-form";
import { CompanyNav } from "~/components/company/company-nav";
import { SAVED_SEARCHES_MAX, SAVED_SEARCH_NAME_MAX } from "~/data/candidate-search";
import { FormErrors, SubmitButton, TextField } from "~/components/forms";
import { Pagination } from "~/components/pagination";
import { useFormat } from "~/i18n/format";
import { LOCALE_PARAM } from "~/i18n/urls";
import { getCandidateSearchVocabulary, saveCandidateSearch, searchCandidates } from "~/models/candidate-search.server";
import { setFlash } from "~/utils/flash.server";
import { formError, invalid, validateForm } from "~/utils/forms.server";
import { metaTranslator, pageMeta } from "~/utils/meta";
import { requireCandidateSearcher } from "./access.server";

export const meta: MetaFunction = (args) => pageMeta(args, metaTranslator(args.matches)("candidates.meta.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCandidateSearcher(request);
  const query = new URL(request.url).searchParams;
  query.delete(LOCALE_PARAM); // the page's language, not a criterion
  const [outcome, vocabulary] = await Promise.all([searchCandidates(query), getCandidateSearchVocabulary()]);
  const status = { ok: 200, invalid: 400, unavailable: 503 }[outcome.status];
  return data(
    { outcome, labels: vocabulary.labels, isOwner: user.membership.role === "OWNER", q: query.get("q") ?? "" },
    { status },
  );
}

const saveSchema = z.object({
  intent: z.literal("save"),
  name: z.string().trim().min(1).max(SAVED_SEARCH_NAME_MAX),
  // The canonical query string the page rendered; parsed again by the model.
  query: z.string().max(8_000),
});

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireCandidateSearcher(request);
  const result = validateForm(await request.formData(), saveSchema);
  if (!result.ok) return invalid(result);
  const { name, query } = result.data;
  const outcome = await saveCandidateSearch({ companyId: user.membership.companyId, userId: user.id, name, query });
  if (!outcome.ok) {
    return outcome.problem === "too-many"
      ? invalid(formError("candidates.errors.tooMany", { max: SAVED_SEARCHES_MAX }, { name, query }))
      : invalid(formError("candidates.errors.queryInvalid", undefined, { name, query }));
  }
  throw redirect("/company/candidates/saved", {
    headers: { "Set-Cookie": await setFlash({ key: "candidates.flash.saved", params: { name } }) },
  });
}

function SaveSearchForm({ query }: { query: string }) {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const id = useId();
  return (
    <section aria-labelledby={id} className="mt-8 rounded-lg border border-slate-200 p-4">
      <h2 id={id} className="text-lg font-semibold">
        {t("candidates.save.title")}
      </h2>
      <p className="text-sm text-slate-700">{t("candidates.save.lead")}</p>
      <Form method="post" className="mt-3 space-y-3" noValidate>
        <FormErrors errors={result?.errors} fields={["name"]} />
        <input type="hidden" name="query" value={query} />
        <TextField
          name="name"
          label={t("candidates.save.name")}
          required
          maxLength={SAVED_SEARCH_NAME_MAX}
          defaultValue={result?.values.name}
          errors={result?.errors.name}
        />
        <SubmitButton name="intent" value="save">
          {t("candidates.save.submit")}
        </SubmitButton>
      </Form>
      <p className="mt-3">
        <Link to="/company/candidates/saved" className="inline-flex min-h-11 items-center text-brand-800 underline">
          {t("candidates.save.list")}
        </Link>
      </p>
    </section>
  );
}

/** Candidate search: criteria on the left (a GET form), results, facet counts and "save" on the right. */
export default function CandidateSearch() {
  const { outcome, labels, isOwner, q } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const format = useFormat();
  const navigation = useNavigation();
  const searching = navigation.state === "loading" && navigation.location.pathname === "/company/candidates";
  const params = outcome.status === "invalid" ? null : outcome.params;
  const values: SearchFormValues = params ?? { ...EMPTY_CRITERIA, q };
  const query = outcome.status === "invalid" ? "" : outcome.query;

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("candidates.search.title")}</h1>
      <CompanyNav isOwner={isOwner} />
      <p className="mt-4 max-w-3xl text-slate-700">{t("candidates.search.lead")}</p>

      <div className="mt-6 grid gap-8 md:grid-cols-[22rem_1fr]">
        <div>
          <CandidateSearchForm key={query} values={values} labels={labels} />
        </div>

        <section aria-labelledby="results-heading" aria-busy={searching}>
          {outcome.status === "invalid" ? (
            <CriteriaProblems problems={outcome.problems} resetTo="/company/candidates" headingId="results-heading" />
          ) : (
            <>
              <h2 id="results-heading" className="text-lg font-semibold" aria-live="polite">
                {outcome.status === "ok"
                  ? t("candidates.results.count", { total: format.number(outcome.result.totalHits) })
                  : t("candidates.unavailable.title")}
              </h2>
              <p className="sr-only" aria-live="polite">
                {searching ? t("candidates.results.loading") : ""}
              </p>
              <div className="mt-3">
                <h3 className="sr-only">{t("candidates.criteria.title")}</h3>
                <CriteriaSummary criteria={params!} labels={labels} />
              </div>
              {outcome.status === "ok" && outcome.result.ranked !== null ? (
                <p className="mt-2 text-sm text-slate-700">
                  {t("candidates.results.ranked", { count: format.number(outcome.result.ranked) })}
                </p>
              ) : null}
              <div className={searching ? "opacity-60 transition-opacity" : undefined}>
                {outcome.status === "unavailable" ? (
                  <div role="status" className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-5">
                    <p className="text-amber-950">{t("candidates.unavailable.body")}</p>
                    <Link
                      to={`/company/candidates?${query}`}
                      reloadDocument
                      className="mt-3 inline-block font-medium text-brand-800 underline"
                    >
                      {t("candidates.unavailable.retry")}
                    </Link>
                  </div>
                ) : outcome.result.candidates.length === 0 ? (
                  <div className="mt-4 rounded-lg border border-dashed border-slate-300 p-6">
                    <h3 className="text-lg font-semibold">{t("candidates.empty.title")}</h3>
                    <p className="mt-2 text-slate-700">{t("candidates.empty.body")}</p>
                    {query ? (
                      <Link to="/company/candidates" className="mt-3 inline-block text-brand-800 underline">
                        {t("candidates.empty.clear")}
                      </Link>
                    ) : null}
                  </div>
                ) : (
                  <>
                    <ol className="mt-4 space-y-3">
                      {outcome.result.candidates.map((candidate) => (
                        <CandidateCardItem
                          key={candidate.id}
                          candidate={candidate}
                          labels={labels}
                          showNice={outcome.result.ranked !== null}
                        />
                      ))}
                    </ol>
                    <Pagination path="/company/candidates" page={params!.page} totalPages={outcome.result.totalPages} />
                  </>
                )}
              </div>
              {outcome.status === "ok" ? (
                <div className="mt-8">
                  <FacetCounts facets={outcome.result.facets} labels={labels} query={query} />
                </div>
              ) : null}
              <SaveSearchForm query={query} />
            </>
          )}
        </section>
      </div>
    </div>
  );
}

export { CandidatesErrorBoundary as ErrorBoundary };
