import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "~/i18n/format";
import type { FoundJob } from "~/models/job-search.server";
import { Highlighted } from "./highlighted";
import { usePlaceNames } from "./place";
import { useSalaryText } from "./salary";

type Serialized<T> = { [K in keyof T]: T[K] extends Date | null ? string | null : T[K] extends Date ? string : T[K] };

/** One search result; `children` (a match explanation) goes below the summary. */
export function JobCardItem({ job, children }: { job: Serialized<FoundJob> | FoundJob; children?: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const place = usePlaceNames();
  const salary = useSalaryText();
  const zh = format.locale === "zh-CN";
  const title = (zh ? job.highlight.titleZh : job.highlight.titleEn) ?? (zh ? job.titleZh : job.titleEn);
  const company =
    (zh ? job.highlight.companyNameZh : job.highlight.companyNameEn) ?? (zh ? job.company.nameZh : job.company.nameEn);
  const snippet = zh ? job.highlight.descriptionZh : job.highlight.descriptionEn;
  return (
    <li className="rounded-lg border border-slate-200 p-4 hover:border-brand-500">
      <h3 className="text-lg font-semibold">
        <Link to={`/jobs/${job.id}`} className="text-brand-800 hover:underline">
          <Highlighted text={title} />
        </Link>
      </h3>
      <p className="text-slate-800">
        <Highlighted text={company} />
      </p>
      <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-slate-700">
        <span className="font-semibold text-accent-700">
          {salary({ min: job.salaryMin, max: job.salaryMax, currency: job.salaryCurrency, period: job.salaryPeriod })}
        </span>
        <span>{place.district(job.city, job.district)}</span>
        {job.distanceMeters !== undefined ? (
          <span>
            {t("jobsearch.near.distance", {
              distance:
                job.distanceMeters < 1000
                  ? t("jobsearch.near.m", { value: format.number(Math.round(job.distanceMeters / 10) * 10) })
                  : t("jobsearch.near.km", {
                      value: format.number(job.distanceMeters / 1000, { maximumFractionDigits: 1 }),
                    }),
            })}
          </span>
        ) : null}
        <span>{t(`enums.employmentType.${job.employmentType}`)}</span>
        <span>{t(`enums.level.${job.level}`)}</span>
        {job.datePosted ? (
          // Relative to the moment of rendering: the browser may render a second later than the server.
          <span suppressHydrationWarning>
            {t("jobs.results.postedAgo", { when: format.relativeTime(job.datePosted) })}
          </span>
        ) : null}
      </p>
      {snippet ? (
        <p className="mt-2 line-clamp-2 text-sm text-slate-700">
          <Highlighted text={snippet} />
        </p>
      ) : null}
      {children}
    </li>
  );
}
