import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { JobCardItem } from "~/components/jobs/job-card";
import { usePlaceNames } from "~/components/jobs/place";
import { useSalaryText } from "~/components/jobs/salary";
import { PageSection } from "~/components/page-section";
import { findCity, findDistrict } from "~/data/zhejiang";
import { appUrl } from "~/env.server";
import { detectLocale } from "~/i18n/detect.server";
import { useFormat } from "~/i18n/format";
import { pickLocalized } from "~/i18n/pick";
import { findSimilarJobs } from "~/models/job-search.server";
import { getPublicJob } from "~/models/job.server";
import { jobPostingJsonLd, jsonForScript } from "~/utils/job-posting";
import { metaLocale, metaTranslator, pageMeta } from "~/utils/meta";
import { useNonce } from "~/utils/nonce";
import { isSearchable } from "../../../search";

const paramsSchema = z.object({ jobId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

export async function loader({ params, request }: LoaderFunctionArgs) {
  const parsed = paramsSchema.safeParse(params);
  const job = parsed.success ? await getPublicJob(parsed.data.jobId) : null;
  if (!job) throw new Response(null, { status: 404 });

  const now = new Date();
  const open = isSearchable(job, now);
  const locale = await detectLocale(request);
  const similar = open ? await findSimilarJobs(job, locale, now) : [];
  const url = `${appUrl().origin}/jobs/${job.id}`;
  const place = (p: { nameZh: string; nameEn: string } | undefined) => (p ? pickLocalized(p, "name", locale) : "");
  const locality = [findDistrict(job.city, job.district), findCity(job.city)].map(place);
  const jsonLd = open
    ? jobPostingJsonLd({
        id: job.id,
        url,
        title: pickLocalized(job, "title", locale),
        description: pickLocalized(job, "description", locale),
        datePosted: job.datePosted ?? job.createdAt,
        validThrough: job.validThrough,
        employmentType: job.employmentType,
        education: job.education,
        experienceYears: job.experienceYears,
        workMode: job.workMode,
        salary: { min: job.salaryMin, max: job.salaryMax, currency: job.salaryCurrency, period: job.salaryPeriod },
        company: { name: pickLocalized(job.company, "name", locale), website: job.company.website },
        address: {
          street: pickLocalized(job, "address", locale),
          locality: locale === "zh-CN" ? locality.join("") : locality.join(", "),
          region: locale === "zh-CN" ? "浙江省" : "Zhejiang",
          latitude: job.latitude,
          longitude: job.longitude,
        },
      })
    : null;
  // A closed or expired job's page stays, saying so, with 410 Gone for crawlers.
  return data({ job, open, similar, jsonLd: jsonLd && jsonForScript(jsonLd) }, { status: open ? 200 : 410 });
}

export const meta: MetaFunction<typeof loader> = (args) => {
  const t = metaTranslator(args.matches);
  const job = args.data?.job;
  if (!job) return [];
  const locale = metaLocale(args.matches);
  const title = pickLocalized(job, "title", locale);
  const company = pickLocalized(job.company, "name", locale);
  const description = pickLocalized(job, "description", locale).slice(0, 160);
  return pageMeta(args, t("job.metaTitle", { title, company }), description);
};

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="rounded-md bg-slate-50 p-3">
      <dt className="text-sm text-slate-700">{term}</dt>
      <dd className="font-medium">{children}</dd>
    </div>
  );
}

/** One row of requirements: its items as a sentence, or as a list; nothing when there are none. */
function Requirement({ term, items, asList = false }: { term: string; items: string[]; asList?: boolean }) {
  const format = useFormat();
  if (items.length === 0) return null;
  return (
    <div>
      <dt className="font-semibold">{term}</dt>
      <dd>
        {asList ? (
          <ul className="list-disc pl-5">
            {items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ) : (
          format.list(items)
        )}
      </dd>
    </div>
  );
}

export default function JobPage() {
  const { job, open, similar, jsonLd } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const format = useFormat();
  const nonce = useNonce();
  const place = usePlaceNames();
  const salary = useSalaryText();
  const local = <F extends string>(record: Record<`${F}Zh` | `${F}En`, string>, field: F) =>
    pickLocalized(record, field, format.locale);
  const required = job.skills.filter((s) => s.required);
  const preferred = job.skills.filter((s) => !s.required);
  const skillText = (s: (typeof job.skills)[number]) =>
    t("job.skillLevel", { skill: local(s.skill, "name"), level: t(`enums.skillLevel.${String(s.level) as "1"}`) });

  return (
    <article className="mx-auto max-w-4xl px-4 py-8">
      {jsonLd ? <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: jsonLd }} /> : null}
      <Link to="/jobs" className="text-sm font-medium text-brand-800 underline">
        {t("job.back")}
      </Link>
      {!open ? (
        <p role="status" className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-4 font-medium text-amber-950">
          {job.status === "CLOSED" ? t("job.closed") : t("job.expired")}
        </p>
      ) : null}
      <header className="mt-4">
        <h1 className="text-3xl font-bold">{local(job, "title")}</h1>
        <p className="mt-1 text-lg text-slate-800">{local(job.company, "name")}</p>
        <p className="mt-2 text-xl font-semibold text-accent-700">
          {salary({ min: job.salaryMin, max: job.salaryMax, currency: job.salaryCurrency, period: job.salaryPeriod })}
        </p>
      </header>

      <section aria-labelledby="facts" className="mt-6">
        <h2 id="facts" className="sr-only">
          {t("job.facts")}
        </h2>
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-3">
          <Fact term={t("job.location")}>{place.district(job.city, job.district)}</Fact>
          <Fact term={t("job.type")}>{t(`enums.employmentType.${job.employmentType}`)}</Fact>
          <Fact term={t("job.workMode")}>{t(`enums.workMode.${job.workMode}`)}</Fact>
          <Fact term={t("job.education")}>{t(`enums.education.${job.education}`)}</Fact>
          <Fact term={t("job.experience")}>
            {job.experienceYears > 0 ? t("job.experienceYears", { count: job.experienceYears }) : t("job.noExperience")}
          </Fact>
          <Fact term={t("job.headcount")}>{t("job.headcountValue", { count: job.headcount })}</Fact>
          <Fact term={t("job.role")}>
            {local(job.family, "name")} · {local(job.role, "name")}
          </Fact>
          <Fact term={t("job.level")}>{t(`enums.level.${job.level}`)}</Fact>
          {job.datePosted ? (
            <Fact term={t("job.posted")}>{format.date(job.datePosted, { dateStyle: "long" })}</Fact>
          ) : null}
          {job.validThrough ? (
            <Fact term={t("job.validThrough")}>{format.date(job.validThrough, { dateStyle: "long" })}</Fact>
          ) : null}
        </dl>
        <p className="mt-3 text-sm text-slate-700">{local(job, "address")}</p>
      </section>

      <PageSection title={t("job.description")}>
        <div className="mt-3 whitespace-pre-line text-slate-800">{local(job, "description")}</div>
      </PageSection>

      <PageSection title={t("job.requirements")}>
        <dl className="mt-3 space-y-3">
          <Requirement term={t("job.requiredSkills")} items={required.map(skillText)} />
          <Requirement term={t("job.preferredSkills")} items={preferred.map(skillText)} />
          <Requirement
            term={t("job.languages")}
            items={job.languages.map((l) =>
              t("job.languageLevel", { language: local(l.language, "name"), level: local(l.minLevel, "name") }),
            )}
            asList
          />
          <Requirement term={t("job.marketplaces")} items={job.marketplaces.map((m) => local(m.marketplace, "name"))} />
          <Requirement
            term={t("job.abilities")}
            items={job.abilityUnits.map((a) => local(a.abilityUnit, "name"))}
            asList
          />
        </dl>
      </PageSection>

      <PageSection title={t("job.sessions")}>
        {job.sessions.length === 0 ? (
          <p className="mt-3 text-slate-700">{t("job.noSessions")}</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {job.sessions.map(({ session }) => (
              <li key={session.id} className="rounded-md border border-slate-200 p-3">
                <p className="font-semibold">
                  {local(session.fair, "name")} · {local(session, "theme")}
                </p>
                <p className="text-sm text-slate-700">
                  {format.dateTimeRange(session.startsAt, session.endsAt)} · {local(session, "venue")}
                </p>
              </li>
            ))}
          </ul>
        )}
      </PageSection>

      <PageSection title={t("job.company")}>
        <p className="mt-3 font-semibold">{local(job.company, "name")}</p>
        <p className="mt-1 text-slate-800">{local(job.company, "description")}</p>
        {job.company.website ? (
          <a
            href={job.company.website}
            rel="noopener noreferrer nofollow"
            className="mt-2 inline-block text-brand-800 underline"
          >
            {t("job.website")}
          </a>
        ) : null}
      </PageSection>

      <p className="mx-auto max-w-6xl px-4 text-sm">
        <Link
          to={`/jobs/${job.id}/report`}
          rel="nofollow"
          className="inline-flex min-h-11 items-center text-slate-700 underline"
        >
          {t("posting.report.link")}
        </Link>
      </p>

      {similar.length > 0 ? (
        <PageSection title={t("job.similar")}>
          <ol className="mt-3 space-y-3">
            {similar.map((card) => (
              <JobCardItem key={card.id} job={{ ...card, highlight: {} }} />
            ))}
          </ol>
        </PageSection>
      ) : null}
    </article>
  );
}
