import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormErrors, SubmitButton } from "~/components/forms";
import { JobCardItem } from "~/components/jobs/job-card";
import { HowScored, MatchExplanation } from "~/components/matching/match-explanation";
import { Pagination } from "~/components/pagination";
import { MAX_PAGES, jobsForStudent, setPersonalisation } from "~/models/matching.server";
import { requireStudent } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import { invalid, validateForm } from "~/utils/forms.server";
import { metaTranslator, pageMeta } from "~/utils/meta";

export const meta: MetaFunction = (args) => pageMeta(args, metaTranslator(args.matches)("matching.forYou.metaTitle"));

const querySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(MAX_PAGES).default(1),
});

const personalisationSchema = z.object({
  intent: z.literal("personalisation"),
  personalised: z.enum(["on", "off"]),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStudent(request);
  const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new Response(null, { status: 400 });
  const result = await jobsForStudent(user.student.id, parsed.data.page);
  if (!result) throw new Response(null, { status: 404 });
  return data(result, { status: result.status === "unavailable" ? 503 : 200 });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStudent(request);
  const result = validateForm(await request.formData(), personalisationSchema);
  if (!result.ok) return invalid(result);
  const on = result.data.personalised === "on";
  await setPersonalisation(user.student.id, on);
  throw redirect("/student/jobs-for-you", {
    headers: { "Set-Cookie": await setFlash({ key: on ? "matching.forYou.flashOn" : "matching.forYou.flashOff" }) },
  });
}

function PersonalisationSwitch({ personalised }: { personalised: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const failed = useActionData<typeof action>();
  return (
    <section aria-labelledby={id} className="mt-6 rounded-lg border border-slate-200 p-4">
      <h2 id={id} className="text-lg font-semibold">
        {t("matching.forYou.personalisation")}
      </h2>
      <p className="mt-1 text-slate-800">
        {personalised ? t("matching.forYou.personalisationOn") : t("matching.forYou.personalisationOff")}
      </p>
      <FormErrors errors={failed?.errors} />
      <Form method="post" className="mt-3">
        <input type="hidden" name="intent" value="personalisation" />
        <input type="hidden" name="personalised" value={personalised ? "off" : "on"} />
        <SubmitButton>{personalised ? t("matching.forYou.turnOff") : t("matching.forYou.turnOn")}</SubmitButton>
      </Form>
      <p className="mt-2 text-sm text-slate-700">{t("matching.forYou.pipl")}</p>
    </section>
  );
}

/** "Jobs for you": recommendations with scores and explanations, or plain search when personalisation is off. */
export default function JobsForYou() {
  const { t } = useTranslation();
  const result = useLoaderData<typeof loader>();
  const listId = useId();
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("matching.forYou.title")}</h1>
      <p className="mt-2 text-slate-800">
        {result.personalised ? t("matching.forYou.lead") : t("matching.forYou.plainLead")}
      </p>
      <PersonalisationSwitch personalised={result.personalised} />
      {result.status === "unavailable" ? (
        <div role="status" className="mt-6 rounded-md border border-amber-300 bg-amber-50 p-4">
          <h2 className="font-semibold text-amber-950">{t("matching.forYou.unavailableTitle")}</h2>
          <p className="text-amber-950">{t("matching.forYou.unavailableBody")}</p>
          <Link to="/student/jobs-for-you" className="mt-2 inline-flex min-h-11 items-center text-brand-800 underline">
            {t("matching.forYou.retry")}
          </Link>
        </div>
      ) : (
        <section aria-labelledby={listId} className="mt-6">
          <h2 id={listId} className="text-xl font-bold">
            {result.personalised
              ? t("matching.forYou.count", { count: result.total })
              : t("matching.forYou.plainCount", { count: result.total })}
          </h2>
          {result.personalised ? <HowScored /> : null}
          {result.jobs.length === 0 ? (
            <div className="mt-4 space-y-3">
              <p>{result.personalised ? t("matching.forYou.empty") : t("matching.forYou.emptyPlain")}</p>
              <p className="flex flex-wrap gap-4">
                <Link to="/student/profile" className="inline-flex min-h-11 items-center text-brand-800 underline">
                  {t("matching.forYou.completeProfile")}
                </Link>
                <Link to="/jobs" className="inline-flex min-h-11 items-center text-brand-800 underline">
                  {t("matching.forYou.searchAll")}
                </Link>
              </p>
            </div>
          ) : (
            <ol aria-label={t("matching.forYou.resultsLabel")} className="mt-4 space-y-4">
              {result.jobs.map((job) => (
                <JobCardItem key={job.id} job={{ ...job, highlight: {} }}>
                  {"match" in job ? <MatchExplanation match={job.match} audience="student" /> : null}
                </JobCardItem>
              ))}
            </ol>
          )}
          <Pagination path="/student/jobs-for-you" page={result.page} totalPages={result.totalPages} />
        </section>
      )}
    </div>
  );
}
