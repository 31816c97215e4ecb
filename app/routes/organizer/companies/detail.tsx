import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { CompanyLogo } from "~/components/company/company-logo";
import { COMPANY_LIMITS } from "~/components/company/company-options";
import { StatusBadge } from "~/components/company/status-badge";
import { FormErrors, SubmitButton, TextAreaField, type FieldErrors } from "~/components/forms";
import { usePlaceNames } from "~/components/jobs/place";
import { findIndustry } from "~/data/industries";
import { detectLocale } from "~/i18n/detect.server";
import { useFormat } from "~/i18n/format";
import { pickLocalized } from "~/i18n/pick";
import {
  allowedReviewActions,
  closePublishedJobs,
  getCompanyForReview,
  placeOfDivision,
  reviewCompany,
  type ReviewAction,
} from "~/models/company.server";
import { requireOrganizer } from "~/utils/auth.server";
import { REGISTRATION_AUTHORITIES, checkCreditCode } from "~/utils/credit-code";
import { setFlash } from "~/utils/flash.server";
import { formError, invalid, validateForm } from "~/utils/forms.server";
import { metaTranslator, pageMeta } from "~/utils/meta";

const paramsSchema = z.object({ companyId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });
const reason = z.string().trim().min(1).max(COMPANY_LIMITS.reason);

const actionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("approve") }),
  z.object({ intent: z.literal("reinstate") }),
  z.object({ intent: z.literal("reject"), reason }),
  z.object({ intent: z.literal("suspend"), reason }),
  z.object({ intent: z.literal("close-jobs") }),
]);

export const meta: MetaFunction<typeof loader> = (args) =>
  pageMeta(
    args,
    metaTranslator(args.matches)("company.reviewDetail.metaTitle", {
      company: args.data?.company.nameZh ? `${args.data.company.nameZh} / ${args.data.company.nameEn}` : "",
    }),
  );

const FLASH_KEYS: Record<ReviewAction, string> = {
  approve: "company.flash.approved",
  reject: "company.flash.rejected",
  suspend: "company.flash.suspended",
  reinstate: "company.flash.reinstated",
};

function companyIdOf(params: unknown): string {
  const parsed = paramsSchema.safeParse(params);
  if (!parsed.success) throw new Response(null, { status: 404 });
  return parsed.data.companyId;
}

/** The credit code taken apart, for the organizer to compare with the licence and the place given. */
function creditBreakdown(code: string, city: string, district: string) {
  const check = checkCreditCode(code);
  if (!check.ok) return { ok: false as const, problem: check.problem };
  const registered = placeOfDivision(check.divisionCode);
  const mismatch =
    !registered || registered.city !== city || (registered.district !== null && registered.district !== district);
  return {
    ok: true as const,
    authority: REGISTRATION_AUTHORITIES[check.authority]!,
    typeKey: `${check.authority}${check.type}`,
    divisionCode: check.divisionCode,
    registered,
    mismatch,
    organisationCode: `${check.organisationCode.slice(0, 8)}-${check.organisationCode.slice(8)}`,
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireOrganizer(request);
  const review = await getCompanyForReview(companyIdOf(params));
  if (!review) throw new Response(null, { status: 404 });
  const { company, jobCounts, history } = review;
  return {
    company: {
      id: company.id,
      nameZh: company.nameZh,
      nameEn: company.nameEn,
      creditCode: company.creditCode,
      industry: company.industry,
      size: company.size,
      city: company.city,
      district: company.district,
      website: company.website,
      descriptionZh: company.descriptionZh,
      descriptionEn: company.descriptionEn,
      status: company.verificationStatus,
      verifiedAt: company.verifiedAt,
      reviewNote: company.reviewNote,
      reviewedBy: company.reviewedBy?.email ?? null,
      logoId: company.logoId,
      createdAt: company.createdAt,
    },
    credit: creditBreakdown(company.creditCode, company.city, company.district),
    members: company.members.map((member) => ({
      id: member.id,
      role: member.role,
      email: member.user.email,
      emailVerified: member.user.emailVerifiedAt !== null,
      createdAt: member.createdAt,
    })),
    jobCounts,
    history: history.map((entry) => {
      const details = (entry.details ?? {}) as { reason?: unknown };
      return {
        id: entry.id,
        action: entry.action,
        actor: entry.actor?.email ?? "",
        reason: typeof details.reason === "string" ? details.reason : null,
        createdAt: entry.createdAt,
      };
    }),
    actions: allowedReviewActions(company.verificationStatus),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const organizer = await requireOrganizer(request);
  const companyId = companyIdOf(params);
  const result = validateForm(await request.formData(), actionSchema);
  if (!result.ok) return invalid(result);
  const here = `/organizer/companies/${companyId}`;

  if (result.data.intent === "close-jobs") {
    const count = await closePublishedJobs(companyId);
    throw redirect(here, {
      headers: { "Set-Cookie": await setFlash({ key: "company.flash.jobsClosed", params: { count } }) },
    });
  }

  const action: ReviewAction = result.data.intent;
  const outcome = await reviewCompany({
    companyId,
    action,
    reason: "reason" in result.data ? result.data.reason : undefined,
    actorId: organizer.id,
    ip: context.clientIp,
  });
  if (!outcome.ok) {
    if (outcome.problem === "not-found") throw new Response(null, { status: 404 });
    return invalid(formError("company.errors.statusChanged"), { status: 409 });
  }
  const locale = await detectLocale(request);
  const flash = {
    key: FLASH_KEYS[action],
    params: { company: pickLocalized(outcome.company, "name", locale), count: outcome.closedJobs },
  };
  throw redirect(here, { headers: { "Set-Cookie": await setFlash(flash) } });
}

const ACTION_STYLE: Record<ReviewAction, string> = {
  approve: "bg-emerald-700 hover:bg-emerald-800",
  reinstate: "bg-emerald-700 hover:bg-emerald-800",
  reject: "bg-red-700 hover:bg-red-800",
  suspend: "bg-red-700 hover:bg-red-800",
};

export default function CompanyReview() {
  const { t } = useTranslation();
  const format = useFormat();
  const place = usePlaceNames();
  const { company, credit, members, jobCounts, history, actions } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: FieldErrors | undefined = result?.errors;
  const industry = findIndustry(company.industry);
  const name = pickLocalized(company, "name", format.locale);
  const typeNames = t("company.reviewDetail.creditTypes", { returnObjects: true }) as Record<string, string>;
  const historyActions = t("company.reviewDetail.historyActions", { returnObjects: true }) as Record<string, string>;
  const dt = "font-medium text-slate-900";
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <Link to="/organizer/companies" className="inline-flex min-h-11 items-center text-brand-800 underline">
        {t("company.reviewDetail.back")}
      </Link>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold">{name}</h1>
        <StatusBadge status={company.status} />
      </div>

      <section aria-labelledby="decision-title" className="mt-6 rounded-lg border border-slate-300 p-4">
        <h2 id="decision-title" className="text-xl font-semibold">
          {t("company.reviewDetail.decisionTitle")}
        </h2>
        <FormErrors errors={errors} fields={["reason"]} />
        {company.reviewNote ? (
          <div className="mt-2">
            <p className="font-medium">{t("company.reviewDetail.reviewNote")}</p>
            <p className="whitespace-pre-wrap break-words">{company.reviewNote}</p>
          </div>
        ) : null}
        {actions.length === 0 ? <p className="mt-2">{t("company.reviewDetail.noDecision")}</p> : null}
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          {actions.map((action) => (
            <Form key={action} method="post" className="space-y-3 rounded-md border border-slate-200 p-3">
              <h3 className="font-semibold">{t(`company.reviewDetail.${action}`)}</h3>
              <p className="text-sm text-slate-700">{t(`company.reviewDetail.${action}Lead`)}</p>
              {action === "reject" || action === "suspend" ? (
                <TextAreaField
                  id={`reason-${action}`}
                  name="reason"
                  required
                  rows={3}
                  label={t("company.reviewDetail.reason")}
                  hint={t("company.reviewDetail.reasonHint")}
                  errors={errors?.reason}
                  maxLength={COMPANY_LIMITS.reason}
                />
              ) : null}
              <button
                type="submit"
                name="intent"
                value={action}
                className={`min-h-11 rounded-md px-5 font-semibold text-white ${ACTION_STYLE[action]}`}
              >
                {action === "reject"
                  ? t("company.reviewDetail.confirmReject")
                  : action === "suspend"
                    ? t("company.reviewDetail.confirmSuspend")
                    : t(`company.reviewDetail.${action}`)}
              </button>
            </Form>
          ))}
        </div>
        {company.status === "SUSPENDED" && jobCounts.PUBLISHED > 0 ? (
          <Form method="post" className="mt-4 space-y-2 rounded-md border border-red-300 bg-red-50 p-3 text-red-950">
            <p>{t("company.reviewDetail.openJobsLeft", { count: jobCounts.PUBLISHED })}</p>
            <SubmitButton name="intent" value="close-jobs">
              {t("company.reviewDetail.closeJobs")}
            </SubmitButton>
          </Form>
        ) : null}
      </section>

      <section aria-labelledby="credit-title" className="mt-6 rounded-lg border border-slate-200 p-4">
        <h2 id="credit-title" className="text-xl font-semibold">
          {t("company.reviewDetail.creditTitle")}
        </h2>
        <p className="mt-1 font-mono text-lg">{company.creditCode}</p>
        {credit.ok ? (
          <>
            <p className="mt-1 text-emerald-800">{t("company.reviewDetail.creditValid")}</p>
            <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
              <dt className={dt}>{t("company.reviewDetail.authority")}</dt>
              <dd>{pickLocalized(credit.authority, "name", format.locale)}</dd>
              <dt className={dt}>{t("company.reviewDetail.type")}</dt>
              <dd>{typeNames[credit.typeKey] ?? t("company.reviewDetail.typeUnknown", { code: credit.typeKey })}</dd>
              <dt className={dt}>{t("company.reviewDetail.division")}</dt>
              <dd>
                {credit.registered
                  ? `${credit.divisionCode} · ${
                      credit.registered.district
                        ? place.district(credit.registered.city, credit.registered.district)
                        : place.city(credit.registered.city)
                    }`
                  : t("company.reviewDetail.divisionOutside", { code: credit.divisionCode })}
              </dd>
              <dt className={dt}>{t("company.reviewDetail.organisationCode")}</dt>
              <dd className="font-mono">{credit.organisationCode}</dd>
            </dl>
            {credit.mismatch ? (
              <p className="mt-2 rounded-md border border-amber-300 bg-amber-50 p-2 text-amber-950">
                {t("company.reviewDetail.divisionMismatch")}
              </p>
            ) : null}
          </>
        ) : (
          <p className="mt-1 rounded-md border border-red-300 bg-red-50 p-2 text-red-900">
            {t("company.reviewDetail.creditInvalid")}
          </p>
        )}
      </section>

      <section aria-labelledby="data-title" className="mt-6 rounded-lg border border-slate-200 p-4">
        <h2 id="data-title" className="text-xl font-semibold">
          {t("company.reviewDetail.dataTitle")}
        </h2>
        <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
          <dt className={dt}>{t("company.fields.nameZh")}</dt>
          <dd lang="zh-CN">{company.nameZh}</dd>
          <dt className={dt}>{t("company.fields.nameEn")}</dt>
          <dd lang="en">{company.nameEn}</dd>
          <dt className={dt}>{t("company.reviewDetail.industry")}</dt>
          <dd>{industry ? pickLocalized(industry, "name", format.locale) : company.industry}</dd>
          <dt className={dt}>{t("company.reviewDetail.size")}</dt>
          <dd>{t(`company.sizes.${company.size}`)}</dd>
          <dt className={dt}>{t("company.reviewDetail.place")}</dt>
          <dd>{place.district(company.city, company.district)}</dd>
          <dt className={dt}>{t("company.reviewDetail.website")}</dt>
          <dd className="break-all">
            {company.website ? (
              <a
                href={company.website}
                rel="noopener noreferrer nofollow"
                target="_blank"
                className="text-brand-800 underline"
              >
                {company.website}
              </a>
            ) : (
              t("company.reviewDetail.noWebsite")
            )}
          </dd>
          <dt className={dt}>{t("company.reviewDetail.submittedAt")}</dt>
          <dd>{format.date(company.createdAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
          {company.verifiedAt ? (
            <>
              <dt className={dt}>{t("company.reviewDetail.verifiedAt")}</dt>
              <dd>{format.date(company.verifiedAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
            </>
          ) : null}
          {company.reviewedBy ? (
            <>
              <dt className={dt}>{t("company.reviewDetail.reviewedBy")}</dt>
              <dd className="break-all">{company.reviewedBy}</dd>
            </>
          ) : null}
          <dt className={dt}>{t("company.reviewDetail.logo")}</dt>
          <dd>
            {company.logoId ? (
              <CompanyLogo
                companyId={company.id}
                logoId={company.logoId}
                alt={t("company.reviewDetail.logoAlt", { company: name })}
              />
            ) : (
              t("company.reviewDetail.noLogo")
            )}
          </dd>
        </dl>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <div>
            <h3 className="font-semibold">{t("company.reviewDetail.descriptionZh")}</h3>
            <p lang="zh-CN" className="mt-1 whitespace-pre-wrap break-words">
              {company.descriptionZh}
            </p>
          </div>
          <div>
            <h3 className="font-semibold">{t("company.reviewDetail.descriptionEn")}</h3>
            <p lang="en" className="mt-1 whitespace-pre-wrap break-words">
              {company.descriptionEn}
            </p>
          </div>
        </div>
      </section>

      <section aria-labelledby="members-title" className="mt-6 rounded-lg border border-slate-200 p-4">
        <h2 id="members-title" className="text-xl font-semibold">
          {t("company.reviewDetail.membersTitle")}
        </h2>
        <ul className="mt-2 space-y-1">
          {members.map((member) => (
            <li key={member.id} className="break-all">
              {member.email}
              {" · "}
              {t(`company.roles.${member.role}`)}
              {" · "}
              {member.emailVerified
                ? t("company.reviewDetail.emailVerified")
                : t("company.reviewDetail.emailNotVerified")}
              {" · "}
              {format.date(member.createdAt)}
            </li>
          ))}
        </ul>
        <h2 className="mt-4 text-xl font-semibold">{t("company.reviewDetail.jobsTitle")}</h2>
        <p className="mt-1">
          {t("company.reviewDetail.jobsSummary", {
            draft: jobCounts.DRAFT,
            published: jobCounts.PUBLISHED,
            closed: jobCounts.CLOSED,
          })}
        </p>
      </section>

      <section aria-labelledby="history-title" className="mt-6 rounded-lg border border-slate-200 p-4">
        <h2 id="history-title" className="text-xl font-semibold">
          {t("company.reviewDetail.historyTitle")}
        </h2>
        {history.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("company.reviewDetail.historyEmpty")}</p>
        ) : (
          <ol className="mt-2 space-y-2">
            {history.map((entry) => (
              <li key={entry.id}>
                <p>
                  <time dateTime={new Date(entry.createdAt).toISOString()} className="text-slate-700">
                    {format.date(entry.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  </time>{" "}
                  {t("company.reviewDetail.historyEntry", {
                    action: historyActions[entry.action.replace(/^company\./, "")] ?? entry.action,
                    actor: entry.actor,
                  })}
                </p>
                {entry.reason ? <p className="whitespace-pre-wrap break-words text-slate-800">{entry.reason}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
