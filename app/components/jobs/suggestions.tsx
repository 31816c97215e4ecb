import { Link, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { JOB_FACET_NAMES, type JobFacet } from "~/data/job-search";
import { useFormat } from "~/i18n/format";
import type { JobSearchSuggestion } from "~/models/job-search.server";

/** The address of the current search changed by `suggestion` (page reset, everything else kept). */
function hrefFor(current: URLSearchParams, suggestion: JobSearchSuggestion): string {
  const next = new URLSearchParams(current);
  next.delete("page");
  if (suggestion.kind === "query") {
    if (suggestion.q) next.set("q", suggestion.q);
    else next.delete("q");
  } else if (suggestion.filter === "near") {
    next.delete("near");
    next.delete("radius");
    if (next.get("sort") === "distance") next.delete("sort");
  } else {
    next.delete(suggestion.filter);
  }
  const query = next.toString();
  return query ? `/jobs?${query}` : "/jobs";
}

/**
 * "Did you mean": on a search with no results, each change that would find jobs, with how many,
 * as a link that keeps the rest of the search.
 */
export function SearchSuggestions({ suggestions }: { suggestions: JobSearchSuggestion[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [searchParams] = useSearchParams();
  if (suggestions.length === 0) return null;
  const filterName = (filter: JobFacet | "near" | "posted") =>
    (JOB_FACET_NAMES as string[]).includes(filter)
      ? t(`jobs.facets.${filter as JobFacet}`)
      : t(`jobsearch.didYouMean.filters.${filter as "near" | "posted"}`);
  return (
    <section aria-labelledby="did-you-mean" className="mt-4 rounded-lg border border-brand-200 bg-brand-50 p-5">
      <h3 id="did-you-mean" className="text-lg font-semibold">
        {t("jobsearch.didYouMean.title")}
      </h3>
      <p className="mt-1 text-slate-700">{t("jobsearch.didYouMean.lead")}</p>
      <ul className="mt-2 space-y-1">
        {suggestions.map((suggestion) => {
          const count = format.number(suggestion.count);
          const text =
            suggestion.kind === "relax"
              ? t("jobsearch.didYouMean.withoutFilter", { filter: filterName(suggestion.filter), count })
              : suggestion.q
                ? t("jobsearch.didYouMean.query", { q: suggestion.q, count })
                : t("jobsearch.didYouMean.withoutQuery", { count });
          return (
            <li key={suggestion.kind === "relax" ? `f-${suggestion.filter}` : `q-${suggestion.q}`}>
              <Link
                to={hrefFor(searchParams, suggestion)}
                className="inline-flex min-h-8 items-center font-medium text-brand-800 underline"
              >
                {text}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
