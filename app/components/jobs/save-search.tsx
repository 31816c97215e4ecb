import { Form, Link, useLocation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Honeypot } from "~/components/forms";
import { ALERT_FREQUENCIES, NOT_SAVED_PARAMS, SAVED_SEARCH_NAME_MAX } from "~/data/job-search";

export type SearchViewer = "student" | "member" | "anonymous";

/**
 * Saving the current search (students only): a name and the alert, sent to the student's saved
 * searches. Others are told why they cannot, or how to log in first.
 */
export function SaveSearch({ viewer }: { viewer: SearchViewer }) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const saved = new URLSearchParams(
    [...searchParams].filter(
      ([name, value]) => value !== "" && !(NOT_SAVED_PARAMS as readonly string[]).includes(name),
    ),
  );
  const q = searchParams.get("q")?.trim();
  return (
    <section aria-labelledby="save-search" className="mt-8 rounded-lg border border-slate-200 p-5">
      <h2 id="save-search" className="text-lg font-semibold">
        {t("jobsearch.save.title")}
      </h2>
      <p className="mt-1 text-slate-700">{t("jobsearch.save.lead")}</p>
      {viewer === "student" ? (
        <Form method="post" action="/student/saved-searches" className="mt-3 grid gap-3 sm:grid-cols-[1fr_1fr_auto]">
          <Honeypot />
          <input type="hidden" name="intent" value="create" />
          <input type="hidden" name="query" value={saved.toString()} />
          <div>
            <label htmlFor="save-name" className="block text-sm font-medium">
              {t("jobsearch.save.name")}
            </label>
            <input
              id="save-name"
              name="name"
              required
              maxLength={SAVED_SEARCH_NAME_MAX}
              defaultValue={q ? q.slice(0, SAVED_SEARCH_NAME_MAX) : t("jobsearch.save.defaultName")}
              className="mt-1 min-h-11 w-full rounded-md border border-slate-400 px-3"
            />
          </div>
          <div>
            <label htmlFor="save-alert" className="block text-sm font-medium">
              {t("jobsearch.save.alert")}
            </label>
            <select
              id="save-alert"
              name="alert"
              defaultValue="INSTANT"
              className="mt-1 min-h-11 w-full rounded-md border border-slate-400 px-2"
            >
              {ALERT_FREQUENCIES.map((alert) => (
                <option key={alert} value={alert}>
                  {t(`jobsearch.alerts.${alert}`)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="min-h-11 self-end rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
          >
            {t("jobsearch.save.submit")}
          </button>
        </Form>
      ) : viewer === "member" ? (
        <p className="mt-3 text-slate-700">{t("jobsearch.save.studentsOnly")}</p>
      ) : (
        <p className="mt-3">
          <Link
            to={`/login?${new URLSearchParams({ redirectTo: `${location.pathname}${location.search}` })}`}
            className="inline-flex min-h-11 items-center font-medium text-brand-800 underline"
          >
            {t("jobsearch.save.logIn")}
          </Link>
        </p>
      )}
    </section>
  );
}
