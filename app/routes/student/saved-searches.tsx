import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FieldMessages, FormErrors, Honeypot, SubmitButton } from "~/components/forms";
import { ALERT_FREQUENCIES, SAVED_SEARCHES_PER_STUDENT, SAVED_SEARCH_NAME_MAX } from "~/data/job-search";
import { prisma } from "~/db.server";
import { useFormat } from "~/i18n/format";
import { listSavedJobSearches, saveJobSearch, updateSavedJobSearch } from "~/models/saved-job-search.server";
import { requireStudent } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import { formError, invalid, validateForm } from "~/utils/forms.server";
import { metaTranslator, pageMeta } from "~/utils/meta";

const name = z.string().trim().min(1).max(SAVED_SEARCH_NAME_MAX);
const alert = z.enum(ALERT_FREQUENCIES);

/** Saving comes from the jobs page (its query string); changing a search comes from this page. */
const savedSearchSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("create"), name, alert, query: z.string().max(2_000) }),
  z.object({ intent: z.literal("update"), id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), name, alert }),
]);

export const meta: MetaFunction = (args) => pageMeta(args, metaTranslator(args.matches)("jobsearch.saved.metaTitle"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStudent(request);
  return { searches: await listSavedJobSearches(prisma, user.id) };
}

async function backHere(key: string): Promise<never> {
  throw redirect("/student/saved-searches", { headers: { "Set-Cookie": await setFlash({ key }) } });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStudent(request);
  const result = validateForm(await request.formData(), savedSearchSchema);
  if (!result.ok) return invalid(result);
  const input = result.data;
  switch (input.intent) {
    case "create": {
      const saved = await saveJobSearch(prisma, user.id, input);
      if (saved.status === "invalid-query") return invalid(formError("jobsearch.saved.errors.invalidQuery", {}, input));
      if (saved.status === "limit") {
        return invalid(formError("jobsearch.saved.errors.limit", { max: SAVED_SEARCHES_PER_STUDENT }, input));
      }
      return backHere("jobsearch.saved.flash.saved");
    }
    case "update":
      if (!(await updateSavedJobSearch(prisma, user.id, input.id, input))) throw new Response(null, { status: 404 });
      return backHere("jobsearch.saved.flash.updated");
  }
}

const inputClass = "mt-1 min-h-11 w-full rounded-md border border-slate-400 px-3";

/** The student's saved job searches: open, rename, choose alerts, delete (after a confirmation). */
export default function SavedSearches() {
  const { t } = useTranslation();
  const format = useFormat();
  const { searches } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failedId = result?.values.intent === "update" ? result.values.id : undefined;
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("jobsearch.saved.title")}</h1>
      <p className="mt-2 text-slate-700">{t("jobsearch.saved.lead")}</p>
      <div className="mt-4">
        <FormErrors errors={result?.errors} fields={failedId ? ["name", "alert"] : []} />
      </div>
      {searches.length === 0 ? (
        <div className="mt-6 rounded-lg border border-dashed border-slate-300 p-6">
          <p>{t("jobsearch.saved.empty")}</p>
          <Link
            to="/jobs"
            className="mt-3 inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
          >
            {t("jobsearch.saved.emptyAction")}
          </Link>
        </div>
      ) : (
        <ul className="mt-6 space-y-4">
          {searches.map((search) => {
            const errors = failedId === search.id ? result?.errors : undefined;
            return (
              <li key={search.id} className="rounded-lg border border-slate-200 p-4">
                <h2 className="text-lg font-semibold">
                  <Link to={search.query ? `/jobs?${search.query}` : "/jobs"} className="text-brand-800 underline">
                    {search.name}
                  </Link>
                </h2>
                <p className="text-sm text-slate-700">
                  {t("jobsearch.saved.savedOn", { date: format.date(search.createdAt) })}
                </p>
                <Form method="post" className="mt-3">
                  <fieldset className="grid gap-3 sm:grid-cols-[1fr_1fr_auto]">
                    <legend className="sr-only">{t("jobsearch.saved.editLegend", { name: search.name })}</legend>
                    <Honeypot />
                    <input type="hidden" name="intent" value="update" />
                    <input type="hidden" name="id" value={search.id} />
                    <div>
                      <label htmlFor={`name-${search.id}`} className="block text-sm font-medium">
                        {t("jobsearch.save.name")}
                      </label>
                      <input
                        id={`name-${search.id}`}
                        name="name"
                        required
                        maxLength={SAVED_SEARCH_NAME_MAX}
                        defaultValue={search.name}
                        aria-invalid={errors?.name ? true : undefined}
                        aria-describedby={errors?.name ? `name-${search.id}-errors` : undefined}
                        className={inputClass}
                      />
                      <FieldMessages id={`name-${search.id}-errors`} errors={errors?.name} />
                    </div>
                    <div>
                      <label htmlFor={`alert-${search.id}`} className="block text-sm font-medium">
                        {t("jobsearch.save.alert")}
                      </label>
                      <select
                        id={`alert-${search.id}`}
                        name="alert"
                        defaultValue={search.alert}
                        aria-describedby={errors?.alert ? `alert-${search.id}-errors` : undefined}
                        className={inputClass}
                      >
                        {ALERT_FREQUENCIES.map((frequency) => (
                          <option key={frequency} value={frequency}>
                            {t(`jobsearch.alerts.${frequency}`)}
                          </option>
                        ))}
                      </select>
                      <FieldMessages id={`alert-${search.id}-errors`} errors={errors?.alert} />
                    </div>
                    <div className="self-end">
                      <SubmitButton>{t("jobsearch.saved.update")}</SubmitButton>
                    </div>
                  </fieldset>
                </Form>
                <p className="mt-2">
                  <Link
                    to={`/student/saved-searches/${search.id}/delete`}
                    aria-label={t("jobsearch.saved.deleteLabel", { name: search.name })}
                    className="inline-flex min-h-11 items-center text-red-800 underline"
                  >
                    {t("jobsearch.saved.delete")}
                  </Link>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
