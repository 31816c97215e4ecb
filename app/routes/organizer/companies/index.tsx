import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { StatusBadge } from "~/components/company/status-badge";
import { usePlaceNames } from "~/components/jobs/place";
import { usePageHref } from "~/components/pagination";
import { VerificationStatus } from "~/generated/prisma/enums";
import { useFormat } from "~/i18n/format";
import { pickLocalized } from "~/i18n/pick";
import { REVIEW_PAGE_SIZE, listCompaniesForReview } from "~/models/company.server";
import { requireOrganizer } from "~/utils/auth.server";
import { metaTranslator, pageMeta } from "~/utils/meta";

const STATUSES = Object.values(VerificationStatus);
const blankAsMissing = (value: unknown) => (value === "" ? undefined : value);

const querySchema = z.object({
  status: z.preprocess(blankAsMissing, z.enum(STATUSES).optional()),
  q: z.preprocess(blankAsMissing, z.string().trim().max(100).optional()),
  page: z.preprocess(blankAsMissing, z.coerce.number().int().min(1).max(10_000).default(1)),
});

export const meta: MetaFunction = (args) => pageMeta(args, metaTranslator(args.matches)("company.review.metaTitle"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOrganizer(request);
  const url = new URL(request.url);
  const parsed = querySchema.safeParse({
    status: url.searchParams.get("status") ?? undefined,
    q: url.searchParams.get("q") ?? undefined,
    page: url.searchParams.get("page") ?? undefined,
  });
  if (!parsed.success) throw new Response(null, { status: 400 });
  const query = { ...parsed.data, q: parsed.data.q || undefined };
  const { companies, total, counts } = await listCompaniesForReview(query);
  return {
    query: { status: query.status ?? "", q: query.q ?? "", page: query.page },
    companies,
    total,
    counts,
    pages: Math.max(1, Math.ceil(total / REVIEW_PAGE_SIZE)),
  };
}

export default function CompanyQueue() {
  const { t } = useTranslation();
  const format = useFormat();
  const place = usePlaceNames();
  const { query, companies, total, counts, pages } = useLoaderData<typeof loader>();
  const all = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const pageHref = usePageHref("/organizer/companies");
  const pageLink =
    "inline-flex min-h-11 items-center rounded-md border border-slate-300 px-4 font-medium text-brand-800";
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("company.review.title")}</h1>
      <p className="mt-2 text-slate-700">{t("company.review.lead")}</p>

      <Form
        method="get"
        role="search"
        aria-label={t("company.review.filterLabel")}
        className="mt-6 flex flex-wrap items-end gap-3"
      >
        <div>
          <label htmlFor="status" className="block text-sm font-medium">
            {t("company.review.statusLabel")}
          </label>
          <select
            id="status"
            name="status"
            defaultValue={query.status}
            className="mt-1 min-h-11 rounded-md border border-slate-400 bg-white px-3"
          >
            <option value="">{t("company.review.statusAll", { count: all })}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {t("company.review.statusOption", { status: t(`company.status.${status}`), count: counts[status] })}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-0 flex-1">
          <label htmlFor="q" className="block text-sm font-medium">
            {t("company.review.searchLabel")}
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query.q}
            maxLength={100}
            className="mt-1 min-h-11 w-full rounded-md border border-slate-400 px-3"
          />
        </div>
        <button
          type="submit"
          className="min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
        >
          {t("company.review.apply")}
        </button>
        {query.status || query.q ? (
          <Link to="/organizer/companies" className="inline-flex min-h-11 items-center text-brand-800 underline">
            {t("company.review.clear")}
          </Link>
        ) : null}
      </Form>

      <p className="mt-6 font-medium" aria-live="polite">
        {t("company.review.count", { count: total })}
      </p>
      {companies.length === 0 ? (
        <p className="mt-3 text-slate-700">{t("company.review.empty")}</p>
      ) : (
        <ol className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200">
          {companies.map((company) => (
            <li key={company.id} className="grid gap-1 p-4 sm:grid-cols-[1fr_auto] sm:items-center">
              <div className="min-w-0">
                <Link
                  to={`/organizer/companies/${company.id}`}
                  className="inline-flex min-h-11 items-center break-all font-semibold text-brand-800 underline"
                >
                  {pickLocalized(company, "name", format.locale)}
                </Link>
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm text-slate-700">
                  <dt>{t("company.review.columns.creditCode")}</dt>
                  <dd className="font-mono">{company.creditCode}</dd>
                  <dt>{t("company.review.columns.place")}</dt>
                  <dd>{place.district(company.city, company.district)}</dd>
                  <dt>{t("company.review.columns.submitted")}</dt>
                  <dd>{format.date(company.createdAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
                </dl>
              </div>
              <StatusBadge status={company.verificationStatus} />
            </li>
          ))}
        </ol>
      )}

      {pages > 1 ? (
        <nav aria-label={t("company.review.pagination.label")} className="mt-6 flex flex-wrap items-center gap-3">
          {query.page > 1 ? (
            <Link to={pageHref(query.page - 1)} rel="prev" className={pageLink}>
              {t("company.review.pagination.previous")}
            </Link>
          ) : null}
          <span>{t("company.review.pagination.pageOf", { page: query.page, pages })}</span>
          {query.page < pages ? (
            <Link to={pageHref(query.page + 1)} rel="next" className={pageLink}>
              {t("company.review.pagination.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
