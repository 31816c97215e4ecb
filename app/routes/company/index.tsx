import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CompanyLogo } from "~/components/company/company-logo";
import { CompanyNav } from "~/components/company/company-nav";
import { StatusBanner } from "~/components/company/status-banner";
import { usePlaceNames } from "~/components/jobs/place";
import { findIndustry } from "~/data/industries";
import { useFormat } from "~/i18n/format";
import { pickLocalized } from "~/i18n/pick";
import { getCompanyDashboard } from "~/models/company.server";
import { requireCompanyMember } from "~/utils/auth.server";
import { metaTranslator, pageMeta } from "~/utils/meta";

export const meta: MetaFunction = (args) => pageMeta(args, metaTranslator(args.matches)("company.dashboard.metaTitle"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCompanyMember(request);
  const dashboard = await getCompanyDashboard(user.membership.companyId);
  return { ...dashboard, role: user.membership.role };
}

/** Every member's home: where the company stands with the organizers, its profile, jobs and team. */
export default function CompanyDashboard() {
  const { t } = useTranslation();
  const format = useFormat();
  const place = usePlaceNames();
  const { company, jobCounts, members, role } = useLoaderData<typeof loader>();
  const isOwner = role === "OWNER";
  const name = pickLocalized(company, "name", format.locale);
  const industry = findIndustry(company.industry);
  const linkClass =
    "inline-flex min-h-11 items-center rounded-md border border-brand-700 px-4 font-semibold text-brand-800 hover:bg-brand-50";
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <p className="text-sm font-semibold text-slate-700">{t("company.dashboard.title")}</p>
      <h1 className="text-3xl font-bold">{name}</h1>
      <CompanyNav isOwner={isOwner} />
      <StatusBanner status={company.verificationStatus} reviewNote={company.reviewNote} isOwner={isOwner} />

      <div className="mt-6 grid gap-4 sm:grid-cols-2">
        <section aria-labelledby="jobs-title" className="rounded-lg border border-slate-200 p-4">
          <h2 id="jobs-title" className="text-xl font-semibold">
            {t("company.dashboard.jobsTitle")}
          </h2>
          <p className="mt-1 text-slate-700">
            {t("company.dashboard.jobsSummary", {
              draft: jobCounts.DRAFT,
              published: jobCounts.PUBLISHED,
              closed: jobCounts.CLOSED,
            })}
          </p>
          <Link to="/company/jobs" className={`mt-3 ${linkClass}`}>
            {t("company.dashboard.manageJobs")}
          </Link>
        </section>
        <section aria-labelledby="members-title" className="rounded-lg border border-slate-200 p-4">
          <h2 id="members-title" className="text-xl font-semibold">
            {t("company.dashboard.membersTitle")}
          </h2>
          <p className="mt-1 text-slate-700">{t("company.dashboard.membersSummary", { count: members })}</p>
          <Link to="/company/members" className={`mt-3 ${linkClass}`}>
            {t("company.dashboard.manageMembers")}
          </Link>
        </section>
      </div>

      <section aria-labelledby="profile-title" className="mt-6 rounded-lg border border-slate-200 p-4">
        <div className="flex flex-wrap items-start gap-4">
          {company.logoId ? (
            <CompanyLogo
              companyId={company.id}
              logoId={company.logoId}
              alt={t("company.dashboard.logoAlt", { company: name })}
            />
          ) : null}
          <div className="min-w-0 flex-1">
            <h2 id="profile-title" className="text-xl font-semibold">
              {t("company.dashboard.profileTitle")}
            </h2>
            <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
              <dt className="font-medium">{t("company.fields.nameZh")}</dt>
              <dd lang="zh-CN">{company.nameZh}</dd>
              <dt className="font-medium">{t("company.fields.nameEn")}</dt>
              <dd lang="en">{company.nameEn}</dd>
              <dt className="font-medium">{t("company.fields.creditCode")}</dt>
              <dd className="font-mono">{company.creditCode}</dd>
              <dt className="font-medium">{t("company.fields.industry")}</dt>
              <dd>{industry ? pickLocalized(industry, "name", format.locale) : company.industry}</dd>
              <dt className="font-medium">{t("company.fields.size")}</dt>
              <dd>{t(`company.sizes.${company.size}`)}</dd>
              <dt className="font-medium">{t("company.fields.place")}</dt>
              <dd>{place.district(company.city, company.district)}</dd>
              <dt className="font-medium">{t("company.fields.website")}</dt>
              <dd className="break-all">{company.website ?? t("company.dashboard.noWebsite")}</dd>
              <dt className="font-medium">{t("company.dashboard.submittedAt")}</dt>
              <dd>{format.date(company.createdAt)}</dd>
              {company.verifiedAt && company.verificationStatus === "VERIFIED" ? (
                <>
                  <dt className="font-medium">{t("company.dashboard.verifiedAt")}</dt>
                  <dd>{format.date(company.verifiedAt)}</dd>
                </>
              ) : null}
            </dl>
          </div>
        </div>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <div>
            <h3 className="font-semibold">{t("company.fields.descriptionZh")}</h3>
            <p lang="zh-CN" className="mt-1 whitespace-pre-wrap break-words text-slate-800">
              {company.descriptionZh}
            </p>
          </div>
          <div>
            <h3 className="font-semibold">{t("company.fields.descriptionEn")}</h3>
            <p lang="en" className="mt-1 whitespace-pre-wrap break-words text-slate-800">
              {company.descriptionEn}
            </p>
          </div>
        </div>
        {isOwner ? (
          <Link to="/company/profile" className={`mt-4 ${linkClass}`}>
            {t("company.dashboard.editProfile")}
          </Link>
        ) : null}
      </section>
    </div>
  );
}
