import {
  MaxPartSizeExceededError,
  data,
  redirect,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FieldMessages, FormErrors, SubmitButton } from "~/components/forms";
import { CatalogueKeys, ImportStatusBadge } from "~/components/posting/import";
import { prisma } from "~/db.server";
import { useFormat } from "~/i18n/format";
import { checkJobImportFile, createJobImport, listJobImports } from "~/models/job-import.server";
import {
  EDUCATIONS,
  EMPLOYMENT_TYPES,
  IMPORT_LIMITS,
  JOB_COLUMNS,
  OPTIONAL_COLUMNS,
  SALARY_PERIODS,
  WORK_MODES,
} from "~/models/job-form";
import { loadPostingCatalogue } from "~/models/job.server";
import { requireCompanyMember } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import type { FieldErrors } from "~/utils/forms.server";
import { metaTranslator, pageMeta } from "~/utils/meta";
import { hitRateLimit } from "~/utils/rate-limit.server";

/** Uploads per company per hour. */
const IMPORTS_PER_HOUR = 20;

export const meta: MetaFunction = (args) => pageMeta(args, metaTranslator(args.matches)("posting.import.metaTitle"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCompanyMember(request);
  return {
    imports: await listJobImports(prisma, user.membership.companyId),
    catalogue: await loadPostingCatalogue(),
  };
}

function refused(errors: FieldErrors, status = 400) {
  return data({ ok: false as const, errors }, { status });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireCompanyMember(request);
  const companyId = user.membership.companyId;
  // A file over the limit is bad input (400); a request body far over it is refused before it is
  // read (413, as for résumés). The upload handler stops at the limit either way.
  const tooLarge = (status = 400) =>
    refused(
      { file: [{ code: "posting.import.errors.tooLarge", params: { kb: IMPORT_LIMITS.maxBytes / 1000 } }] },
      status,
    );
  if (Number(request.headers.get("Content-Length") ?? 0) > IMPORT_LIMITS.maxBytes + 64_000) return tooLarge(413);

  const limit = await hitRateLimit({ key: `jobs-import:${companyId}`, limit: IMPORTS_PER_HOUR, windowSeconds: 3600 });
  if (!limit.allowed) {
    return refused(
      {
        form: [{ code: "posting.import.errors.rateLimited", params: { minutes: Math.ceil(limit.resetSeconds / 60) } }],
      },
      429,
    );
  }

  let formData: FormData;
  try {
    formData = await unstable_parseMultipartFormData(
      request,
      unstable_createMemoryUploadHandler({ maxPartSize: IMPORT_LIMITS.maxBytes }),
    );
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return tooLarge();
    return refused({ file: [{ code: "posting.import.errors.noFile" }] });
  }
  const file = formData.get("file");
  if (!file || typeof file === "string" || file.size === 0)
    return refused({ file: [{ code: "posting.import.errors.noFile" }] });

  const checked = checkJobImportFile(new Uint8Array(await file.arrayBuffer()), await loadPostingCatalogue());
  if (!checked.ok) return refused({ file: [checked.problem] });
  const { id } = await createJobImport(
    prisma,
    { companyId, userId: user.id },
    file.name || "jobs.csv",
    checked.checked,
  );
  throw redirect(`/company/jobs/import/${id}`, {
    headers: { "Set-Cookie": await setFlash({ key: "posting.flash.importChecked" }) },
  });
}

/** Allowed values shown for the enum columns. */
const ENUM_VALUES: Partial<Record<(typeof JOB_COLUMNS)[number], readonly string[]>> = {
  employmentType: EMPLOYMENT_TYPES,
  workMode: WORK_MODES,
  education: EDUCATIONS,
  salaryPeriod: SALARY_PERIODS,
};

export default function ImportJobs() {
  const { t } = useTranslation();
  const format = useFormat();
  const { imports, catalogue } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const fileErrors = result?.errors.file;
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <Link to="/company/jobs" className="text-sm font-medium text-brand-800 underline">
        {t("posting.backToList")}
      </Link>
      <h1 className="mt-2 text-3xl font-bold">{t("posting.import.title")}</h1>
      <p className="mt-2 text-slate-700">
        {t("posting.import.lead", { rows: IMPORT_LIMITS.maxRows, kb: IMPORT_LIMITS.maxBytes / 1000 })}
      </p>

      <ol className="mt-6 list-decimal space-y-2 pl-5">
        <li>
          {t("posting.import.step1")}{" "}
          <a href="/company/jobs/import/template.csv" download className="font-medium text-brand-800 underline">
            {t("posting.import.template")}
          </a>
        </li>
        <li>{t("posting.import.step2")}</li>
        <li>{t("posting.import.step3")}</li>
      </ol>

      <Form method="post" encType="multipart/form-data" className="mt-6 max-w-xl space-y-4" noValidate>
        <FormErrors errors={result?.errors} fields={["file"]} />
        <div>
          <label htmlFor="file" className="block font-medium">
            {t("posting.import.file")}
          </label>
          <p id="file-hint" className="text-sm text-slate-700">
            {t("posting.import.fileHint", { kb: IMPORT_LIMITS.maxBytes / 1000, rows: IMPORT_LIMITS.maxRows })}
          </p>
          <input
            id="file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            aria-invalid={fileErrors ? true : undefined}
            aria-describedby={fileErrors ? "file-hint file-errors" : "file-hint"}
            className="mt-1 block min-h-11 w-full rounded-md border border-slate-400 p-2"
          />
          <FieldMessages id="file-errors" errors={fileErrors} />
        </div>
        <SubmitButton>{t("posting.import.check")}</SubmitButton>
      </Form>

      {imports.length > 0 ? (
        <section aria-labelledby="recent-imports" className="mt-10">
          <h2 id="recent-imports" className="text-xl font-bold">
            {t("posting.import.recent")}
          </h2>
          <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200">
            {imports.map((item) => (
              <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <Link to={`/company/jobs/import/${item.id}`} className="font-medium text-brand-800 underline">
                  {t("posting.import.recentItem", {
                    file: item.fileName,
                    date: format.date(item.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                  })}
                </Link>
                <ImportStatusBadge status={item.status} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="columns" className="mt-10">
        <h2 id="columns" className="text-xl font-bold">
          {t("posting.import.columnsTitle")}
        </h2>
        <p className="mt-1 text-slate-700">{t("posting.import.columnsLead")}</p>
        <div className="mt-3">
          <table className="w-full border-collapse text-left text-sm [overflow-wrap:anywhere]">
            <caption className="sr-only">{t("posting.import.columnsTitle")}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">
                  {t("posting.import.column")}
                </th>
                <th scope="col" className="p-2">
                  {t("posting.import.required")}
                </th>
                <th scope="col" className="p-2">
                  {t("posting.import.meaning")}
                </th>
              </tr>
            </thead>
            <tbody>
              {JOB_COLUMNS.map((column) => (
                <tr key={column} className="border-b border-slate-200 align-top">
                  <th scope="row" className="p-2 font-mono font-medium">
                    {column}
                  </th>
                  <td className="p-2">
                    {OPTIONAL_COLUMNS.includes(column) ? t("posting.import.no") : t("posting.import.yes")}
                  </td>
                  <td className="p-2">
                    {t(`posting.import.columns.${column}`)}
                    {ENUM_VALUES[column] ? (
                      <span className="mt-1 block font-mono text-slate-700">{ENUM_VALUES[column].join(" | ")}</span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <CatalogueKeys catalogue={catalogue} />
    </div>
  );
}
