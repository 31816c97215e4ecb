import { Link, useSearchParams } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { JOB_FACET_NAMES, POSTED_WITHIN, SALARY_BANDS, type JobFacet, type PostedWithin } from "~/data/job-search";
import { useFormat } from "~/i18n/format";
import type { SearchLabels } from "~/models/job-search.server";
import { NearFilter } from "./near-filter";
import { usePlaceNames } from "./place";

interface FacetFiltersProps {
  params: { [F in JobFacet]: string[] } & {
    posted?: PostedWithin;
    q: string;
    near?: { college?: string; lat: number; lng: number };
    radius: number;
  };
  /** Counts per facet value; null while search is unavailable (the selection still shows). */
  facets: Record<JobFacet, Record<string, number>> | null;
  posted: Record<PostedWithin, number> | null;
  labels: SearchLabels;
  selectedCount: number;
  onChange: () => void;
}

/** Facets whose options keep a fixed order (the rest are ordered by count). */
const FIXED_ORDER: Partial<Record<JobFacet, readonly string[]>> = {
  level: ["JUNIOR", "INTERMEDIATE", "SENIOR"],
  salary: SALARY_BANDS.map((band) => band.key),
  education: ["NONE", "SECONDARY", "ASSOCIATE", "BACHELOR", "MASTER", "DOCTORATE"],
};

/**
 * The filter panel: checkboxes inside the search form, so it works as a plain GET form without
 * JavaScript; with it, every change applies at once. Collapsible on small screens.
 */
export function FacetFilters({ params, facets, posted, labels, selectedCount, onChange }: FacetFiltersProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const place = usePlaceNames();
  const [searchParams] = useSearchParams();

  const label = (facet: JobFacet, value: string): string => {
    const fromDb = (labels as Partial<Record<JobFacet, Record<string, { zh: string; en: string }>>>)[facet]?.[value];
    if (fromDb) return format.locale === "zh-CN" ? fromDb.zh : fromDb.en;
    switch (facet) {
      case "level":
        return t(`enums.level.${value as "JUNIOR"}`);
      case "type":
        return t(`enums.employmentType.${value as "FULL_TIME"}`);
      case "education":
        return t(`enums.education.${value as "NONE"}`);
      case "salary":
        return t(`enums.salaryBand.${value as "5k-8k"}`);
      case "city":
        return place.city(value);
      default:
        return value;
    }
  };

  const options = (facet: JobFacet): [string, number][] => {
    const counts = facets?.[facet] ?? {};
    const values = new Set([...Object.keys(counts), ...params[facet]]);
    const order = FIXED_ORDER[facet] ?? Object.keys(labels[facet as keyof SearchLabels] ?? {});
    return [...values]
      .map((value): [string, number] => [value, counts[value] ?? 0])
      .sort(([a, countA], [b, countB]) =>
        FIXED_ORDER[facet] ? order.indexOf(a) - order.indexOf(b) : countB - countA || a.localeCompare(b),
      );
  };

  // Open in the server's HTML (so everything works without JavaScript); on a phone, folded away
  // once the page is interactive unless filters are in use.
  const panel = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (panel.current && selectedCount === 0 && window.matchMedia("(max-width: 767px)").matches)
      panel.current.open = false;
    // Only on first render: later the visitor decides.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const clearHref = params.q ? `/jobs?q=${encodeURIComponent(params.q)}` : "/jobs";
  const sort = searchParams.get("sort");

  return (
    <details ref={panel} className="rounded-lg border border-slate-200 p-3 md:border-0 md:p-0" open>
      <summary className="min-h-11 cursor-pointer content-center font-semibold md:hidden">
        {selectedCount > 0 ? t("jobs.form.filtersWithCount", { count: selectedCount }) : t("jobs.form.filters")}
      </summary>
      <div className="space-y-5">
        {selectedCount > 0 ? (
          <Link
            to={sort ? `${clearHref}${params.q ? "&" : "?"}sort=${sort}` : clearHref}
            className="text-sm font-medium text-brand-800 underline"
          >
            {t("jobs.form.clear")}
          </Link>
        ) : null}
        <NearFilter near={params.near} radius={params.radius} colleges={labels.college} onChange={onChange} />
        <fieldset>
          <legend className="text-sm font-semibold">{t("jobs.facets.posted")}</legend>
          <div className="mt-1 space-y-1">
            {(["", ...Object.keys(POSTED_WITHIN)] as ("" | PostedWithin)[]).map((window) => (
              <label key={window || "any"} className="flex min-h-8 items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="posted"
                  value={window}
                  defaultChecked={(params.posted ?? "") === window}
                  onChange={onChange}
                  className="size-4"
                />
                {window === ""
                  ? t("jobs.facets.anyTime")
                  : t("jobs.facets.option", { label: t(`jobs.posted.${window}`), count: posted?.[window] ?? 0 })}
              </label>
            ))}
          </div>
        </fieldset>
        {JOB_FACET_NAMES.map((facet) => {
          const list = options(facet);
          if (list.length === 0) return null;
          return (
            <fieldset key={facet}>
              <legend className="text-sm font-semibold">{t(`jobs.facets.${facet}`)}</legend>
              <div className="mt-1 max-h-64 space-y-1 overflow-y-auto">
                {list.map(([value, count]) => (
                  <label key={value} className="flex min-h-8 items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      name={facet}
                      value={value}
                      defaultChecked={params[facet].includes(value)}
                      onChange={onChange}
                      className="size-4"
                    />
                    {t("jobs.facets.option", { label: label(facet, value), count: format.number(count) })}
                  </label>
                ))}
              </div>
            </fieldset>
          );
        })}
        <button
          type="submit"
          className="min-h-11 w-full rounded-md border border-brand-700 font-semibold text-brand-800 hover:bg-brand-50"
        >
          {t("jobs.form.apply")}
        </button>
      </div>
    </details>
  );
}
