import type { MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageSection } from "~/components/page-section";
import { useFormat } from "~/i18n/format";
import { pickLocalized } from "~/i18n/pick";
import { listUpcomingSessions } from "~/models/fair.server";
import { metaTranslator, pageMeta } from "~/utils/meta";

/** Published figures of the first three fairs (Hangzhou pilot zone, 2022); see ../shared/seed. */
const FACTS = [
  { key: "colleges", value: 20, atLeast: false },
  { key: "graduates", value: 6_000, atLeast: false },
  { key: "sessions", value: 12, atLeast: false },
  { key: "companies", value: 1_300, atLeast: true },
  { key: "jobs", value: 15_000, atLeast: false },
] as const;

const AUDIENCES = ["students", "companies", "organizers"] as const;

export const meta: MetaFunction = (args) => {
  const t = metaTranslator(args.matches);
  return pageMeta(args, t("home.meta.title"), t("home.meta.description"));
};

export async function loader() {
  return { sessions: await listUpcomingSessions() };
}

export default function Home() {
  const { sessions } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const format = useFormat();

  return (
    <>
      <section className="bg-brand-900 text-white">
        <div className="mx-auto max-w-6xl px-4 py-14 md:py-20">
          <h1 className="max-w-3xl text-3xl font-bold leading-tight md:text-5xl">{t("home.hero.title")}</h1>
          <p className="mt-6 max-w-3xl text-lg text-brand-50">{t("home.hero.lead")}</p>
          <Form method="get" action="/jobs" role="search" className="mt-8 flex max-w-2xl flex-col gap-2 sm:flex-row">
            <label htmlFor="home-q" className="sr-only">
              {t("jobs.form.query")}
            </label>
            <input
              id="home-q"
              name="q"
              type="search"
              maxLength={200}
              placeholder={t("jobs.form.placeholder")}
              className="min-h-12 flex-1 rounded-md border-0 bg-white px-4 text-slate-900 placeholder:text-slate-600"
            />
            <button
              type="submit"
              className="min-h-12 rounded-md bg-accent-500 px-6 font-semibold text-slate-950 hover:bg-amber-400"
            >
              {t("home.hero.search")}
            </button>
          </Form>
        </div>
      </section>

      <PageSection title={t("home.facts.title")}>
        <dl className="mt-6 grid grid-cols-2 gap-4 md:grid-cols-5">
          {FACTS.map(({ key, value, atLeast }) => (
            <div key={key} className="flex flex-col-reverse rounded-lg border border-slate-200 p-4">
              <dt className="mt-1 text-sm text-slate-700">{t(`home.facts.${key}`)}</dt>
              <dd className="text-3xl font-bold text-brand-800">
                {atLeast ? t("home.facts.atLeast", { value: format.number(value) }) : format.number(value)}
              </dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm text-slate-700">{t("home.facts.source")}</p>
      </PageSection>

      <PageSection title={t("home.sessions.title")}>
        {sessions.length === 0 ? (
          <p className="mt-4 rounded-lg border border-dashed border-slate-300 p-6 text-slate-700">
            {t("home.sessions.empty")}
          </p>
        ) : (
          <ul className="mt-6 grid gap-4 md:grid-cols-2 lg:grid-cols-3">
            {sessions.map((session) => (
              <li key={session.id} className="rounded-lg border border-slate-200 p-5 shadow-sm">
                <p className="text-sm font-semibold text-accent-700">
                  {pickLocalized(session.fair, "name", format.locale)}
                </p>
                <h3 className="mt-1 text-lg font-bold">{pickLocalized(session, "theme", format.locale)}</h3>
                <dl className="mt-3 space-y-1 text-sm text-slate-700">
                  <div className="flex gap-2">
                    <dt className="font-medium">{t("home.sessions.when")}</dt>
                    <dd>{format.dateTimeRange(session.startsAt, session.endsAt)}</dd>
                  </div>
                  <div className="flex gap-2">
                    <dt className="font-medium">{t("home.sessions.venue")}</dt>
                    <dd>{pickLocalized(session, "venue", format.locale)}</dd>
                  </div>
                </dl>
                <p className="mt-3 text-sm text-slate-700">
                  {session.capacity
                    ? t("home.sessions.capacity", { capacity: format.number(session.capacity) })
                    : t("home.sessions.unlimited")}
                </p>
              </li>
            ))}
          </ul>
        )}
      </PageSection>

      <PageSection title={t("home.audiences.title")}>
        <div className="mt-6 grid gap-4 md:grid-cols-3">
          {AUDIENCES.map((audience) => (
            <article key={audience} className="rounded-lg bg-brand-50 p-5">
              <h3 className="text-lg font-bold text-brand-900">{t(`home.audiences.${audience}.title`)}</h3>
              <p className="mt-2 text-slate-800">{t(`home.audiences.${audience}.body`)}</p>
            </article>
          ))}
        </div>
      </PageSection>
    </>
  );
}
