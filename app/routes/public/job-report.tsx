/**
 * /jobs/:jobId/report: anyone may report a job (signed in or not). Honeypot, rate limits per
 * address (and per address and job), the signed-in reporter recorded; the organizers' queue at
 * /organizer/reports decides.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FieldMessages, FormErrors, Honeypot, SubmitButton } from "~/components/forms";
import { pickLocalized } from "~/i18n/pick";
import { useFormat } from "~/i18n/format";
import { REPORT_DETAILS_MAX, REPORT_REASONS } from "~/models/job-form";
import { getReportableJob, reportJob } from "~/models/job-report.server";
import { getCurrentUser } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import { formError, invalid, validateForm } from "~/utils/forms.server";
import { metaTranslator, pageMeta } from "~/utils/meta";
import { hitRateLimit } from "~/utils/rate-limit.server";

const paramsSchema = z.object({ jobId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

const reportSchema = z
  .object({
    reason: z.enum(REPORT_REASONS),
    details: z.string().trim().max(REPORT_DETAILS_MAX).optional().default(""),
  })
  .refine((report) => report.reason !== "OTHER" || report.details.length > 0, {
    message: "posting.report.errors.detailsRequired",
    path: ["details"],
  });

export const meta: MetaFunction = (args) => pageMeta(args, metaTranslator(args.matches)("posting.report.metaTitle"));

async function reportableJob(params: Record<string, string | undefined>) {
  const parsed = paramsSchema.safeParse(params);
  const job = parsed.success ? await getReportableJob(parsed.data.jobId) : null;
  if (!job) throw new Response(null, { status: 404 });
  return job;
}

export async function loader({ params }: LoaderFunctionArgs) {
  return { job: await reportableJob(params) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const job = await reportableJob(params);
  const result = validateForm(await request.formData(), reportSchema);
  if (!result.ok) return invalid(result);
  // A few reports of one job from one address, and not many jobs from one address.
  const limits = await Promise.all([
    hitRateLimit({ key: `job-report:${context.clientIp}:${job.id}`, limit: 3, windowSeconds: 24 * 3600 }),
    hitRateLimit({ key: `job-report:${context.clientIp}`, limit: 20, windowSeconds: 3600 }),
  ]);
  const blocked = limits.find((limit) => !limit.allowed);
  if (blocked) {
    return data(
      {
        ok: false as const,
        ...formError("posting.report.rateLimited", { minutes: Math.ceil(blocked.resetSeconds / 60) }, result.data),
      },
      { status: 429 },
    );
  }
  const user = await getCurrentUser(request);
  await reportJob({ jobId: job.id, reporterId: user?.id ?? null, ...result.data });
  throw redirect(`/jobs/${job.id}`, { headers: { "Set-Cookie": await setFlash({ key: "posting.report.thanks" }) } });
}

export default function ReportJob() {
  const { t } = useTranslation();
  const format = useFormat();
  const { job } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = result?.errors;
  const values = result?.values ?? {};
  return (
    <div className="mx-auto max-w-2xl px-4 py-8">
      <Link to={`/jobs/${job.id}`} className="text-sm font-medium text-brand-800 underline">
        {t("posting.report.back")}
      </Link>
      <h1 className="mt-2 text-3xl font-bold">{t("posting.report.title")}</h1>
      <p className="mt-2 text-lg">
        {t("posting.report.job", {
          title: pickLocalized(job, "title", format.locale),
          company: pickLocalized(job.company, "name", format.locale),
        })}
      </p>
      <p className="mt-2 text-slate-700">{t("posting.report.lead")}</p>
      <Form method="post" className="relative mt-6 space-y-5" noValidate>
        <FormErrors errors={errors} fields={["reason", "details"]} />
        <Honeypot />
        <fieldset aria-describedby={errors?.reason ? "reason-errors" : undefined}>
          <legend className="font-medium">
            {t("posting.report.reason")}
            <span className="ml-1 text-sm font-normal text-slate-700">{t("forms.requiredMark")}</span>
          </legend>
          <div className="mt-2 space-y-1">
            {REPORT_REASONS.map((reason) => (
              <div key={reason} className="flex items-start gap-2">
                <input
                  id={`reason-${reason}`}
                  type="radio"
                  name="reason"
                  value={reason}
                  defaultChecked={values.reason === reason}
                  aria-describedby={`reason-${reason}-hint`}
                  className="mt-3 size-5 shrink-0"
                />
                <div>
                  <label htmlFor={`reason-${reason}`} className="inline-flex min-h-11 items-center font-medium">
                    {t(`posting.report.reasons.${reason}`)}
                  </label>
                  <p id={`reason-${reason}-hint`} className="text-sm text-slate-700">
                    {t(`posting.report.reasonHints.${reason}`)}
                  </p>
                </div>
              </div>
            ))}
          </div>
          <FieldMessages id="reason-errors" errors={errors?.reason} />
        </fieldset>
        <div>
          <label htmlFor="details" className="block font-medium">
            {t("posting.report.details")}
          </label>
          <p id="details-hint" className="text-sm text-slate-700">
            {t("posting.report.detailsHint", { max: REPORT_DETAILS_MAX })}
          </p>
          <textarea
            id="details"
            name="details"
            rows={5}
            maxLength={REPORT_DETAILS_MAX}
            defaultValue={values.details}
            aria-invalid={errors?.details ? true : undefined}
            aria-describedby={errors?.details ? "details-hint details-errors" : "details-hint"}
            className="mt-1 w-full rounded-md border border-slate-400 px-3 py-2 aria-[invalid]:border-red-700"
          />
          <FieldMessages id="details-errors" errors={errors?.details} />
        </div>
        <SubmitButton>{t("posting.report.submit")}</SubmitButton>
      </Form>
      <p className="mt-6 text-sm text-slate-700">{t("posting.report.privacy")}</p>
    </div>
  );
}
