import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormErrors, SubmitButton } from "~/components/forms";
import { ConfirmAction, JobStatusBadge } from "~/components/posting/fields";
import { JobForm } from "~/components/posting/job-form";
import { PendingNotice } from "~/components/posting/notices";
import { useFormat } from "~/i18n/format";
import { pickLocalized } from "~/i18n/pick";
import { formValuesFromForm, formValuesOf } from "~/models/job-form";
import {
  closeJob,
  companyHasJob,
  duplicateJob,
  getCompanyJob,
  jobFieldsOf,
  loadPostingCatalogue,
  reopenJob,
  updateJob,
  type JobOwner,
} from "~/models/job.server";
import { requireCompanyMember } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import { checkJobWording } from "~/utils/job-wording";
import { metaLocale, metaTranslator, pageMeta } from "~/utils/meta";
import { parseJobId, readJobForm, refusalResponse, refused, requirePublisher } from "./posting.server";

const intentSchema = z.object({ intent: z.enum(["save", "publish", "close", "reopen", "duplicate"]) });

export const meta: MetaFunction<typeof loader> = (args) => {
  const t = metaTranslator(args.matches);
  const job = args.data?.job;
  return pageMeta(
    args,
    t("posting.edit.metaTitle", { title: job ? pickLocalized(job, "title", metaLocale(args.matches)) : "" }),
  );
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireCompanyMember(request);
  const id = parseJobId(params);
  const job = await getCompanyJob(user.membership.companyId, id);
  if (!job) throw new Response(null, { status: 404 });
  const now = new Date();
  return {
    job: {
      id: job.id,
      status: job.status,
      titleZh: job.titleZh,
      titleEn: job.titleEn,
      datePosted: job.datePosted,
      validThrough: job.validThrough,
      takenDownAt: job.takenDownAt,
      takedownReason: job.takedownReason,
    },
    values: formValuesOf(jobFieldsOf(job, now)),
    wording: checkJobWording(job),
    catalogue: await loadPostingCatalogue(),
    status: user.membership.company.verificationStatus,
    now: now.toISOString(),
  };
}

async function flashRedirect(to: string, key: string) {
  return redirect(to, { headers: { "Set-Cookie": await setFlash({ key }) } });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireCompanyMember(request);
  const id = parseJobId(params);
  const owner: JobOwner = { companyId: user.membership.companyId, userId: user.id };
  // Another company's job is a 404 whatever is asked of it.
  if (!(await companyHasJob(owner.companyId, id))) throw new Response(null, { status: 404 });
  const formData = await request.formData();
  const form = formValuesFromForm(formData);
  // The last value counts, as validateForm reads every other field.
  const intent = intentSchema.safeParse({ intent: formData.getAll("intent").at(-1) });
  if (!intent.success) return refusedIntent(form);
  const now = new Date();

  switch (intent.data.intent) {
    case "save":
    case "publish": {
      const publish = intent.data.intent === "publish";
      if (publish) {
        const publisher = await requirePublisher(request, formData);
        if (!publisher.ok) return publisher.response;
      }
      const checked = await readJobForm(formData, now);
      if (!checked.ok) return checked.response;
      const outcome = await updateJob(owner, id, checked.fields, { now, publish });
      if (!outcome.ok) return refusalResponse(outcome, form);
      throw await flashRedirect(
        `/company/jobs/${id}`,
        publish
          ? "posting.flash.published"
          : outcome.status === "PUBLISHED"
            ? "posting.flash.saved"
            : "posting.flash.draftSaved",
      );
    }
    case "close": {
      const outcome = await closeJob(id, now, owner);
      if (!outcome.ok) return refusalResponse(outcome, form);
      throw await flashRedirect(`/company/jobs/${id}`, "posting.flash.closed");
    }
    case "reopen": {
      const outcome = await reopenJob(owner, id);
      if (!outcome.ok) return refusalResponse(outcome, form);
      throw await flashRedirect(`/company/jobs/${id}`, "posting.flash.reopened");
    }
    case "duplicate": {
      const outcome = await duplicateJob(owner, id, { now });
      if (!outcome.ok) return refusalResponse(outcome, form);
      throw await flashRedirect(`/company/jobs/${outcome.id}`, "posting.flash.duplicated");
    }
  }
}

/** A missing or unknown intent is bad input, not a job in the wrong state. */
function refusedIntent(form: ReturnType<typeof formValuesFromForm>) {
  return refused({ form: [{ code: "unexpected" }] }, form);
}

export default function EditJob() {
  const { t } = useTranslation();
  const format = useFormat();
  const { job, values, wording, catalogue, status, now } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const verified = status === "VERIFIED";
  const expired = job.status === "PUBLISHED" && !!job.validThrough && new Date(job.validThrough) < new Date(now);
  const savedWarnings = Object.keys(wording).length > 0;
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <Link to="/company/jobs" className="text-sm font-medium text-brand-800 underline">
        {t("posting.backToList")}
      </Link>
      <h1 className="mt-2 text-3xl font-bold">{pickLocalized(job, "title", format.locale)}</h1>
      <div className="mt-2 flex flex-wrap items-center gap-3 text-slate-800">
        <JobStatusBadge status={job.status} takenDown={!!job.takenDownAt} expired={expired} />
        {job.datePosted ? (
          <span>{t("posting.edit.posted", { date: format.date(job.datePosted, { dateStyle: "medium" }) })}</span>
        ) : null}
        {job.status !== "DRAFT" ? (
          <Link to={`/jobs/${job.id}`} className="font-medium text-brand-800 underline">
            {t("posting.edit.publicPage")}
          </Link>
        ) : null}
        {verified ? (
          <Link to={`/company/jobs/${job.id}/candidates`} className="font-medium text-brand-800 underline">
            {t("matching.candidates.title")}
          </Link>
        ) : null}
      </div>
      {verified ? null : <PendingNotice status={status} />}
      {job.takenDownAt ? (
        <div role="note" className="mt-4 rounded-lg border border-red-300 bg-red-50 p-4 text-red-950">
          <p className="font-semibold">
            {t("posting.edit.takenDown", { date: format.date(job.takenDownAt, { dateStyle: "medium" }) })}
          </p>
          <p className="mt-1 whitespace-pre-line">{job.takedownReason}</p>
        </div>
      ) : null}
      {savedWarnings && job.status !== "CLOSED" ? (
        <div role="note" className="mt-4 rounded-lg border border-amber-400 bg-amber-50 p-4 text-amber-950">
          <p className="font-semibold">{t("posting.edit.wordingSaved")}</p>
          <ul className="mt-1 list-disc pl-5">
            {Object.entries(wording).flatMap(([field, findings]) =>
              findings.map((finding) => (
                <li key={`${field}-${finding.index}`}>
                  {t("posting.edit.wordingIn", {
                    field: t(`posting.form.fields.${field as "titleZh"}`),
                    message: t(`posting.wording.${finding.category}`, { match: finding.match }),
                  })}
                </li>
              )),
            )}
          </ul>
        </div>
      ) : null}

      <div className="mt-6">
        {job.status === "CLOSED" ? (
          <div className="space-y-4">
            <FormErrors errors={result?.errors} />
            <p className="text-slate-800">{t("posting.edit.closedLead")}</p>
            {job.takenDownAt ? null : (
              <Form method="post">
                <SubmitButton name="intent" value="reopen">
                  {t("posting.edit.reopen")}
                </SubmitButton>
              </Form>
            )}
          </div>
        ) : (
          <JobForm
            catalogue={catalogue}
            values={result?.form ?? values}
            errors={result?.errors}
            mode={job.status === "PUBLISHED" ? "published" : "draft"}
            canPublish={verified}
            now={now}
          />
        )}
      </div>

      <section aria-labelledby="more-actions" className="mt-10 space-y-3">
        <h2 id="more-actions" className="text-xl font-bold">
          {t("posting.edit.moreActions")}
        </h2>
        <Form method="post">
          <button
            type="submit"
            name="intent"
            value="duplicate"
            className="min-h-11 rounded-md border border-brand-700 px-4 font-semibold text-brand-800"
          >
            {t("posting.edit.duplicate")}
          </button>
        </Form>
        {job.status !== "CLOSED" ? (
          <ConfirmAction
            summary={t("posting.edit.close")}
            question={t("posting.edit.closeQuestion")}
            confirm={t("posting.edit.closeConfirm")}
            intent="close"
          />
        ) : null}
      </section>
    </div>
  );
}
