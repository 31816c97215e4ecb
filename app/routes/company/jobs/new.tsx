import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { JobForm } from "~/components/posting/job-form";
import { PendingNotice } from "~/components/posting/notices";
import { emptyFormValues, formValuesFromForm } from "~/models/job-form";
import { createJob, loadPostingCatalogue } from "~/models/job.server";
import { requireCompanyMember } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import { metaTranslator, pageMeta } from "~/utils/meta";
import { readJobForm, refusalResponse, requirePublisher } from "./posting.server";

export const meta: MetaFunction = (args) => pageMeta(args, metaTranslator(args.matches)("posting.new.metaTitle"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCompanyMember(request);
  const now = new Date();
  return {
    catalogue: await loadPostingCatalogue(),
    verified: user.membership.company.verificationStatus === "VERIFIED",
    status: user.membership.company.verificationStatus,
    values: emptyFormValues(now),
    now: now.toISOString(),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireCompanyMember(request);
  const formData = await request.formData();
  const publish = formData.get("intent") === "publish";
  if (publish) {
    const publisher = await requirePublisher(request, formData);
    if (!publisher.ok) return publisher.response;
  }
  const form = await readJobForm(formData);
  if (!form.ok) return form.response;
  const outcome = await createJob({ companyId: user.membership.companyId, userId: user.id }, form.fields, { publish });
  if (!outcome.ok) return refusalResponse(outcome, formValuesFromForm(formData));
  throw redirect(`/company/jobs/${outcome.id}`, {
    headers: {
      "Set-Cookie": await setFlash({ key: publish ? "posting.flash.published" : "posting.flash.draftSaved" }),
    },
  });
}

export default function NewJob() {
  const { t } = useTranslation();
  const { catalogue, verified, status, values, now } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <Link to="/company/jobs" className="text-sm font-medium text-brand-800 underline">
        {t("posting.backToList")}
      </Link>
      <h1 className="mt-2 text-3xl font-bold">{t("posting.new.title")}</h1>
      <p className="mt-2 text-slate-700">{t("posting.new.lead")}</p>
      {verified ? null : <PendingNotice status={status} />}
      <div className="mt-6">
        <JobForm
          catalogue={catalogue}
          values={result?.form ?? values}
          errors={result?.errors}
          mode="new"
          canPublish={verified}
          now={now}
        />
      </div>
    </div>
  );
}
