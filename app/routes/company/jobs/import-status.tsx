import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useFetcher, useLoaderData, useRevalidator } from "@remix-run/react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormErrors, SubmitButton } from "~/components/forms";
import { ImportProgress, ImportStatusBadge, ProblemTable } from "~/components/posting/import";
import { prisma } from "~/db.server";
import { getJobImport, startJobImport } from "~/models/job-import.server";
import { requireCompanyMember } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import { metaTranslator, pageMeta } from "~/utils/meta";
import { importIdSchema, type ImportProgressJson } from "./import-progress";

/** Problems listed on the page; the CSV report has them all. */
const SHOWN = 200;

const startSchema = z.object({ intent: z.literal("start"), rows: z.enum(["all", "valid"]) });

export const meta: MetaFunction = (args) =>
  pageMeta(args, metaTranslator(args.matches)("posting.import.statusMetaTitle"));

async function loadImport(request: Request, params: Record<string, string | undefined>) {
  const user = await requireCompanyMember(request);
  const parsed = importIdSchema.safeParse(params);
  const view = parsed.success ? await getJobImport(prisma, user.membership.companyId, parsed.data.importId) : null;
  if (!view) throw new Response(null, { status: 404 });
  return { user, view };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { view } = await loadImport(request, params);
  const errors = view.problems.filter((p) => p.severity === "error");
  const warnings = view.problems.filter((p) => p.severity === "warning");
  return {
    view: { ...view, problems: undefined },
    errors: errors.slice(0, SHOWN),
    errorCount: errors.length,
    errorRows: new Set(errors.map((p) => p.row)).size,
    warnings: warnings.slice(0, SHOWN),
    warningCount: warnings.length,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, view } = await loadImport(request, params);
  const parsed = startSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ errors: { form: [{ code: "unexpected" }] } }, { status: 400 });
  const outcome = await startJobImport(prisma, user.membership.companyId, view.id, {
    validRowsOnly: parsed.data.rows === "valid",
  });
  if (outcome === "not-found") throw new Response(null, { status: 404 });
  if (outcome === "has-errors") {
    return data({ errors: { form: [{ code: "posting.import.errors.hasErrors" }] } }, { status: 400 });
  }
  if (outcome === "nothing-to-import") {
    return data({ errors: { form: [{ code: "posting.import.errors.nothingValid" }] } }, { status: 400 });
  }
  throw redirect(`/company/jobs/import/${view.id}`, {
    headers: { "Set-Cookie": await setFlash({ key: "posting.flash.importStarted" }) },
  });
}

/** While the import runs, ask for its progress every second; reload the page's data when it ends. */
function useLiveProgress(id: string, initial: { status: string; done: number; total: number }) {
  const fetcher = useFetcher<ImportProgressJson>();
  const revalidator = useRevalidator();
  const live = fetcher.data ?? initial;
  const running = live.status === "RUNNING";
  const { load } = fetcher;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => load(`/company/jobs/import/${id}/progress`), 1_000);
    return () => clearInterval(timer);
  }, [running, id, load]);
  const ended = initial.status === "RUNNING" && !running;
  const { revalidate } = revalidator;
  useEffect(() => {
    if (ended) revalidate();
  }, [ended, revalidate]);
  return live;
}

export default function ImportStatus() {
  const { t } = useTranslation();
  const { view, errors, errorCount, errorRows, warnings, warningCount } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const live = useLiveProgress(view.id, view);
  const withErrors = errorCount > 0;
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <Link to="/company/jobs/import" className="text-sm font-medium text-brand-800 underline">
        {t("posting.import.back")}
      </Link>
      <h1 className="mt-2 text-3xl font-bold">{t("posting.import.statusTitle", { file: view.fileName })}</h1>
      <div className="mt-2">
        <ImportStatusBadge status={live.status as typeof view.status} />
      </div>
      <dl className="mt-4 grid grid-cols-1 gap-3 sm:grid-cols-3">
        <div className="rounded-md bg-slate-50 p-3">
          <dt className="text-sm text-slate-700">{t("posting.import.fileRows")}</dt>
          <dd className="text-2xl font-semibold">{view.fileRows}</dd>
        </div>
        <div className="rounded-md bg-slate-50 p-3">
          <dt className="text-sm text-slate-700">{t("posting.import.validRows")}</dt>
          <dd className="text-2xl font-semibold">{view.total}</dd>
        </div>
        <div className="rounded-md bg-slate-50 p-3">
          <dt className="text-sm text-slate-700">{t("posting.import.errorRows")}</dt>
          <dd className="text-2xl font-semibold">{errorRows}</dd>
        </div>
      </dl>

      <FormErrors errors={result?.errors} />

      {live.status === "VALIDATED" ? (
        <section aria-labelledby="next-step" className="mt-6 rounded-lg border border-slate-200 p-4">
          <h2 id="next-step" className="text-xl font-bold">
            {t("posting.import.nextStep")}
          </h2>
          {view.total === 0 ? (
            <p className="mt-2">{t("posting.import.noValidRows")}</p>
          ) : (
            <>
              <p className="mt-2">
                {withErrors
                  ? t("posting.import.hasErrorsLead", { count: errorRows, valid: view.total })
                  : t("posting.import.readyLead", { count: view.total })}
              </p>
              <Form method="post" className="mt-3">
                <input type="hidden" name="intent" value="start" />
                <input type="hidden" name="rows" value={withErrors ? "valid" : "all"} />
                <SubmitButton>
                  {withErrors
                    ? t("posting.import.importValid", { count: view.total })
                    : t("posting.import.importAll", { count: view.total })}
                </SubmitButton>
              </Form>
            </>
          )}
          <p className="mt-3 text-sm text-slate-700">
            {t("posting.import.fixAndRetry")}{" "}
            <Link to="/company/jobs/import" className="text-brand-800 underline">
              {t("posting.import.uploadAgain")}
            </Link>
          </p>
        </section>
      ) : (
        <section aria-labelledby="progress" className="mt-6 rounded-lg border border-slate-200 p-4">
          <h2 id="progress" className="text-xl font-bold">
            {t("posting.import.progressTitle")}
          </h2>
          <ImportProgress done={live.done} total={live.total} />
          {live.status === "RUNNING" ? (
            <p className="mt-2 text-sm text-slate-700">
              {t("posting.import.runningHint")}{" "}
              <Link to={`/company/jobs/import/${view.id}`} reloadDocument className="text-brand-800 underline">
                {t("posting.import.refresh")}
              </Link>
            </p>
          ) : null}
          {live.status === "DONE" ? (
            <p className="mt-2">
              {t("posting.import.done", { count: live.done })}{" "}
              <Link to="/company/jobs?status=DRAFT" className="font-medium text-brand-800 underline">
                {t("posting.import.seeDrafts")}
              </Link>
            </p>
          ) : null}
          {live.status === "FAILED" ? (
            <p className="mt-2 text-red-800">{t("posting.import.failed", { count: live.done })}</p>
          ) : null}
        </section>
      )}

      {withErrors ? (
        <section aria-labelledby="errors" className="mt-8">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="errors" className="text-xl font-bold">
              {t("posting.import.errorsTitle", { count: errorCount })}
            </h2>
            <a
              href={`/company/jobs/import/${view.id}/report.csv`}
              download
              className="inline-flex min-h-11 items-center font-medium text-brand-800 underline"
            >
              {t("posting.import.downloadReport")}
            </a>
          </div>
          {errorCount > errors.length ? (
            <p className="text-sm text-slate-700">{t("posting.import.truncated", { shown: errors.length })}</p>
          ) : null}
          <ProblemTable problems={errors} caption={t("posting.import.errorsTitle", { count: errorCount })} />
        </section>
      ) : null}

      {warningCount > 0 ? (
        <section aria-labelledby="warnings" className="mt-8">
          <h2 id="warnings" className="text-xl font-bold">
            {t("posting.import.warningsTitle", { count: warningCount })}
          </h2>
          <p className="text-slate-700">{t("posting.import.warningsLead")}</p>
          <ProblemTable problems={warnings} caption={t("posting.import.warningsTitle", { count: warningCount })} />
        </section>
      ) : null}
    </div>
  );
}
