import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { usePlaceNames } from "~/components/jobs/place";
import { Pagination } from "~/components/pagination";
import { JobStatusBadge } from "~/components/posting/fields";
import { PendingNotice } from "~/components/posting/notices";
import { useFormat } from "~/i18n/format";
import { pickLocalized } from "~/i18n/pick";
import { COMPANY_JOB_PAGE_SIZE, listCompanyJobs } from "~/models/job.server";
import { requireCompanyMember } from "~/utils/auth.server";
import { metaTranslator, pageMeta } from "~/utils/meta";

const STATUSES = ["DRAFT", "PUBLISHED", "CLOSED"] as const;

const querySchema = z.object({
  status: z.enum(STATUSES).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1_000).catch(1),
});

export const meta: MetaFunction = (args) => pageMeta(args, metaTranslator(args.matches)("posting.list.metaTitle"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCompanyMember(request);
  const query = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { jobs, total, byStatus } = await listCompanyJobs(user.membership.companyId, {
    status: query.status,
    q: query.q || undefined,
    page: query.page,
  });
  return {
    jobs,
    total,
    byStatus,
    query: { status: query.status ?? "", q: query.q ?? "", page: query.page },
    pages: Math.max(1, Math.ceil(total / COMPANY_JOB_PAGE_SIZE)),
    status: user.membership.company.verificationStatus,
    now: new Date().toISOString(),
  };
}

export default function CompanyJobs() {
  const { t } = useTranslation();
  const format = useFormat();
  const place = usePlaceNames();
  const { jobs, total, byStatus, query, pages, status, now } = useLoaderData<typeof loader>();
  const all = STATUSES.reduce((n, s) => n + (byStatus[s] ?? 0), 0);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-3xl font-bold">{t("posting.list.title")}</h1>
          <p className="mt-2 text-slate-700">{t("posting.list.lead")}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link
            to="/company/jobs/new"
            className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
          >
            {t("posting.list.new")}
          </Link>
          <Link
            to="/company/jobs/import"
            className="inline-flex min-h-11 items-center rounded-md border border-brand-700 px-5 font-semibold text-brand-800"
          >
            {t("posting.list.import")}
          </Link>
        </div>
      </div>
      <PendingNotice status={status} />

      <Form method="get" className="mt-6 flex flex-wrap items-end gap-3" aria-label={t("posting.list.filters")}>
        <div>
          <label htmlFor="status" className="block text-sm font-medium">
            {t("posting.list.status")}
          </label>
          <select
            id="status"
            name="status"
            defaultValue={query.status}
            className="mt-1 min-h-11 rounded-md border border-slate-400 bg-white px-3"
          >
            <option value="">{t("posting.list.allStatuses", { count: all })}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t("posting.list.statusCount", { status: t(`posting.status.${s}`), count: byStatus[s] ?? 0 })}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="q" className="block text-sm font-medium">
            {t("posting.list.search")}
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query.q}
            maxLength={100}
            className="mt-1 min-h-11 rounded-md border border-slate-400 px-3"
          />
        </div>
        <button type="submit" className="min-h-11 rounded-md border border-brand-700 px-4 font-semibold text-brand-800">
          {t("posting.list.apply")}
        </button>
      </Form>

      <p className="mt-6 font-medium" role="status">
        {t("posting.list.count", { count: total })}
      </p>
      {jobs.length === 0 ? (
        <p className="mt-4 text-slate-700">{all === 0 ? t("posting.list.emptyFirst") : t("posting.list.empty")}</p>
      ) : (
        <ul className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200">
          {jobs.map((job) => (
            <li key={job.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <h2 className="text-lg font-semibold">
                  <Link to={`/company/jobs/${job.id}`} className="text-brand-800 underline">
                    {pickLocalized(job, "title", format.locale)}
                  </Link>
                </h2>
                <p className="text-sm text-slate-700">
                  {pickLocalized(job.role, "name", format.locale)} · {place.district(job.city, job.district)}
                </p>
                <p className="text-sm text-slate-700">
                  {t("posting.list.updated", { date: format.date(job.updatedAt, { dateStyle: "medium" }) })}
                  {job.validThrough
                    ? ` · ${t("posting.list.validThrough", { date: format.date(job.validThrough, { dateStyle: "medium" }) })}`
                    : null}
                </p>
              </div>
              <JobStatusBadge
                status={job.status}
                takenDown={!!job.takenDownAt}
                expired={job.status === "PUBLISHED" && !!job.validThrough && new Date(job.validThrough) < new Date(now)}
              />
            </li>
          ))}
        </ul>
      )}
      <Pagination path="/company/jobs" page={query.page} totalPages={pages} />
    </div>
  );
}
