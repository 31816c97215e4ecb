/**
 * /organizer/reports: jobs with open reports, most reported first. Dismiss the reports, or take
 * the job down (closed, out of search, the company's owner told by mail); both are audited.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FieldMessages, FormErrors, SubmitButton } from "~/components/forms";
import { Pagination } from "~/components/pagination";
import { ConfirmAction, JobStatusBadge } from "~/components/posting/fields";
import { useFormat } from "~/i18n/format";
import { pickLocalized } from "~/i18n/pick";
import { REPORTED_JOBS_PAGE_SIZE, dismissJobReports, listReportedJobs, takeDownJob } from "~/models/job-report.server";
import { requireOrganizer } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import { invalid, validateForm, type FieldErrors } from "~/utils/forms.server";
import { metaTranslator, pageMeta } from "~/utils/meta";

const jobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

const decisionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("dismiss"), jobId, note: z.string().trim().max(500).optional().default("") }),
  z.object({ intent: z.literal("takedown"), jobId, reason: z.string().trim().min(5).max(1_000) }),
]);

const querySchema = z.object({ page: z.coerce.number().int().min(1).max(1_000).catch(1) });

export const meta: MetaFunction = (args) => pageMeta(args, metaTranslator(args.matches)("posting.reports.metaTitle"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOrganizer(request);
  const { page } = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { jobs, total } = await listReportedJobs({ page });
  return { jobs, total, page, pages: Math.max(1, Math.ceil(total / REPORTED_JOBS_PAGE_SIZE)) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const organizer = await requireOrganizer(request);
  const result = validateForm(await request.formData(), decisionSchema);
  if (!result.ok) return invalid(result);
  const decision = result.data;
  const base = { organizerId: organizer.id, jobId: decision.jobId, ip: context.clientIp };
  if (decision.intent === "dismiss") {
    const count = await dismissJobReports({ ...base, note: decision.note });
    if (count === null) throw new Response(null, { status: 404 });
    throw redirect("/organizer/reports", {
      headers: { "Set-Cookie": await setFlash({ key: "posting.reports.dismissed", params: { count } }) },
    });
  }
  const outcome = await takeDownJob({ ...base, reason: decision.reason });
  if (outcome === "not-found") throw new Response(null, { status: 404 });
  if (outcome === "already-taken-down") {
    return data(
      {
        ok: false as const,
        errors: { form: [{ code: "posting.reports.alreadyTakenDown" }] } as FieldErrors,
        values: { jobId: decision.jobId } as Record<string, string>,
      },
      { status: 409 },
    );
  }
  throw redirect("/organizer/reports", {
    headers: { "Set-Cookie": await setFlash({ key: "posting.reports.takenDown" }) },
  });
}

export default function ReportQueue() {
  const { t } = useTranslation();
  const format = useFormat();
  const { jobs, total, page, pages } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failedJob = result?.values.jobId;
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <Link to="/organizer" className="text-sm font-medium text-brand-800 underline">
        {t("posting.reports.back")}
      </Link>
      <h1 className="mt-2 text-3xl font-bold">{t("posting.reports.title")}</h1>
      <p className="mt-2 text-slate-700">{t("posting.reports.lead")}</p>
      <div className="mt-4">
        <FormErrors errors={result?.errors} fields={["reason", "note"]} />
      </div>
      <p className="mt-4 font-medium" role="status">
        {t("posting.reports.count", { count: total })}
      </p>
      {jobs.length === 0 ? (
        <p className="mt-4 text-slate-700">{t("posting.reports.empty")}</p>
      ) : (
        <ol className="mt-4 space-y-4">
          {jobs.map((job) => (
            <li key={job.id} className="rounded-lg border border-slate-200 p-4">
              <article aria-labelledby={`job-${job.id}`}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <h2 id={`job-${job.id}`} className="text-lg font-semibold">
                      <Link to={`/jobs/${job.id}`} className="text-brand-800 underline">
                        {pickLocalized(job, "title", format.locale)}
                      </Link>
                    </h2>
                    <p className="text-slate-800">{pickLocalized(job.company, "name", format.locale)}</p>
                  </div>
                  <JobStatusBadge status={job.status} />
                </div>
                <p className="mt-2 font-medium">
                  {t("posting.reports.reportCount", {
                    count: job.openReports,
                    since: format.date(job.firstReportedAt, { dateStyle: "medium" }),
                  })}
                </p>
                <ul className="mt-1 flex flex-wrap gap-2 text-sm">
                  {job.reasons.map((r) => (
                    <li key={r.reason} className="rounded-full border border-slate-300 px-2 py-0.5">
                      {t("posting.reports.reasonCount", {
                        reason: t(`posting.report.reasons.${r.reason}`),
                        count: r.count,
                      })}
                    </li>
                  ))}
                </ul>
                <h3 className="mt-3 text-sm font-semibold">{t("posting.reports.latest")}</h3>
                <ul className="mt-1 space-y-2 text-sm">
                  {job.latest.map((report) => (
                    <li key={report.id} className="rounded-md bg-slate-50 p-2">
                      <p className="text-slate-700">
                        {t("posting.reports.reportLine", {
                          reason: t(`posting.report.reasons.${report.reason}`),
                          date: format.date(report.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                          who: report.signedIn ? t("posting.reports.signedIn") : t("posting.reports.anonymous"),
                        })}
                      </p>
                      {report.details ? <p className="mt-1 whitespace-pre-line">{report.details}</p> : null}
                    </li>
                  ))}
                </ul>
                <div className="mt-4 grid gap-3 md:grid-cols-2">
                  <Form method="post" className="space-y-2 rounded-md border border-slate-300 p-3">
                    <input type="hidden" name="jobId" value={job.id} />
                    <label htmlFor={`note-${job.id}`} className="block font-medium">
                      {t("posting.reports.note")}
                    </label>
                    <input
                      id={`note-${job.id}`}
                      name="note"
                      maxLength={500}
                      aria-invalid={failedJob === job.id && result?.errors.note ? true : undefined}
                      aria-describedby={
                        failedJob === job.id && result?.errors.note ? `note-${job.id}-errors` : undefined
                      }
                      className="min-h-11 w-full rounded-md border border-slate-400 px-3"
                    />
                    {failedJob === job.id ? (
                      <FieldMessages id={`note-${job.id}-errors`} errors={result?.errors.note} />
                    ) : null}
                    <SubmitButton name="intent" value="dismiss">
                      {t("posting.reports.dismiss")}
                    </SubmitButton>
                  </Form>
                  <ConfirmAction
                    summary={t("posting.reports.takedown")}
                    question={t("posting.reports.takedownQuestion")}
                    confirm={t("posting.reports.takedownConfirm")}
                    intent="takedown"
                    hidden={{ jobId: job.id }}
                  >
                    <label htmlFor={`reason-${job.id}`} className="block font-medium">
                      {t("posting.reports.takedownReason")}
                    </label>
                    <p id={`reason-${job.id}-hint`} className="text-sm text-slate-700">
                      {t("posting.reports.takedownReasonHint")}
                    </p>
                    <textarea
                      id={`reason-${job.id}`}
                      name="reason"
                      rows={3}
                      required
                      minLength={5}
                      maxLength={1_000}
                      aria-describedby={`reason-${job.id}-hint${failedJob === job.id && result?.errors.reason ? ` reason-${job.id}-errors` : ""}`}
                      className="w-full rounded-md border border-slate-400 px-3 py-2"
                    />
                    {failedJob === job.id ? (
                      <FieldMessages id={`reason-${job.id}-errors`} errors={result?.errors.reason} />
                    ) : null}
                  </ConfirmAction>
                </div>
              </article>
            </li>
          ))}
        </ol>
      )}
      <Pagination path="/organizer/reports" page={page} totalPages={pages} />
    </div>
  );
}
