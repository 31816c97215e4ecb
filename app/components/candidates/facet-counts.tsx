import { Link } from "@remix-run/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { CANDIDATE_FACETS, type CandidateFacet } from "~/data/candidate-search";
import { useFormat } from "~/i18n/format";
import type { CandidateLabels } from "~/models/candidate-search.server";
import { useCandidateLabels } from "./labels";

const SHOWN = 8;
const LEVEL_KINDS = new Set(["skill", "unit", "language"]);

/** The URL that adds `key` of `facet` as a must-have to the current search. */
function addHref(query: string, facet: CandidateFacet, key: string): string {
  const next = new URLSearchParams(query);
  if (facet === "graduationYear") {
    next.set("gradFrom", key);
    next.set("gradTo", key);
  } else if (facet === "degree") {
    next.set("degree", key);
  } else {
    // Rows are parallel parameters: append a whole row so the others stay aligned.
    next.append(facet, key);
    if (LEVEL_KINDS.has(facet)) next.append(`${facet}Level`, "0");
    next.append(`${facet}Mode`, "must");
  }
  return `/company/candidates?${next}`;
}

/** Counts of the current results per value; each value is a link that narrows the search to it. */
export function FacetCounts({
  facets,
  labels,
  query,
}: {
  facets: Record<CandidateFacet, Record<string, number>>;
  labels: CandidateLabels;
  query: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = useCandidateLabels(labels);
  const id = useId();
  const groups = (Object.keys(CANDIDATE_FACETS) as CandidateFacet[])
    .map((facet) => ({
      facet,
      values: Object.entries(facets[facet] ?? {})
        .filter(([value]) => value !== "null" && value !== "")
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, SHOWN),
    }))
    .filter((group) => group.values.length > 0);
  if (groups.length === 0) return null;
  const title = (facet: CandidateFacet) =>
    facet === "graduationYear"
      ? t("candidates.facets.graduationYear")
      : facet === "degree"
        ? t("candidates.facets.degree")
        : name.kind(facet);
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 p-4">
      <h2 id={id} className="text-lg font-semibold">
        {t("candidates.facets.title")}
      </h2>
      <p className="text-sm text-slate-700">{t("candidates.facets.lead")}</p>
      {groups.map(({ facet, values }) => (
        <div key={facet} className="mt-3">
          <h3 className="font-medium">{title(facet)}</h3>
          <ul className="mt-1 flex flex-wrap gap-1">
            {values.map(([key, count]) => {
              const value = name.facetValue(facet, key);
              return (
                <li key={key}>
                  <Link
                    to={addHref(query, facet, key)}
                    className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-2 text-sm text-brand-800 hover:border-brand-500"
                  >
                    {t("candidates.facets.add", { value, count: format.number(count) })}
                    <span className="sr-only">{t("candidates.facets.addHint")}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
