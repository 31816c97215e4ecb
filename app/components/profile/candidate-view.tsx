/**
 * A student's profile as a company sees it (the preview shows both audiences; the company pages
 * can render the same view). It shows only what the view object carries: the server leaves contact
 * details and the résumé out of the "search" audience, so they cannot leak through the page.
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { usePlaceNames } from "~/components/jobs/place";
import { useFormat } from "~/i18n/format";
import type { CandidateView } from "~/models/profile.server";
import { useProfileLabels } from "./labels";
import { PortfolioLink } from "./portfolio-link";

type Level = 2 | 3;

function Part({ title, level, children }: { title: string; level: Level; children: ReactNode }) {
  const Heading = level === 2 ? "h3" : "h4";
  return (
    <div className="mt-5">
      <Heading className="text-lg font-semibold">{title}</Heading>
      <div className="mt-1">{children}</div>
    </div>
  );
}

export function CandidateProfileView({ candidate, level = 3 }: { candidate: CandidateView; level?: Level }) {
  const { t } = useTranslation();
  const format = useFormat();
  const place = usePlaceNames();
  const label = useProfileLabels();
  const Name = level === 2 ? "h2" : "h3";
  const name = label.local(candidate.nameZh, candidate.nameEn);
  const headline = label.local(candidate.headlineZh, candidate.headlineEn);
  const summary = label.local(candidate.summaryZh, candidate.summaryEn);
  const period = (start: string, end: string | null) =>
    t("profile.items.period", { start: label.month(start), end: end ? label.month(end) : t("profile.items.present") });

  return (
    <article className="rounded-lg border border-slate-300 bg-white p-4 sm:p-6">
      <header>
        <Name className="text-2xl font-bold">{name || t("profile.candidate.noName")}</Name>
        {headline ? <p className="mt-1 text-lg text-slate-800">{headline}</p> : null}
        <p className="mt-1 text-sm text-slate-700">
          {t("profile.candidate.completeness", { percent: candidate.completeness })}
        </p>
      </header>

      {candidate.contact ? (
        <Part title={t("profile.candidate.contact")} level={level}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3">
            <dt className="text-slate-700">{t("profile.candidate.email")}</dt>
            <dd>{candidate.contact.email}</dd>
            <dt className="text-slate-700">{t("profile.candidate.phone")}</dt>
            <dd>{candidate.contact.phone ?? t("profile.candidate.notGiven")}</dd>
          </dl>
        </Part>
      ) : null}

      {candidate.audience === "application" ? (
        <Part title={t("profile.candidate.resume")} level={level}>
          {candidate.resume ? (
            <a
              href={candidate.resume.href}
              className="inline-flex min-h-11 items-center text-brand-800 underline"
              download
            >
              {t("profile.candidate.downloadResume", { name: candidate.resume.fileName })}
            </a>
          ) : (
            <p>{t("profile.candidate.noResume")}</p>
          )}
        </Part>
      ) : null}

      {summary ? (
        <Part title={t("profile.candidate.about")} level={level}>
          <p className="whitespace-pre-line">{summary}</p>
        </Part>
      ) : null}

      <Part title={t("profile.candidate.education")} level={level}>
        {candidate.college || candidate.major || candidate.degree || candidate.graduationYear ? (
          <ul>
            {candidate.college ? <li>{label.name(candidate.college)}</li> : null}
            {candidate.major ? <li>{label.name(candidate.major)}</li> : null}
            {candidate.degree ? <li>{label.degree(candidate.degree)}</li> : null}
            {candidate.graduationYear ? (
              <li>{t("profile.candidate.graduation", { year: candidate.graduationYear })}</li>
            ) : null}
          </ul>
        ) : (
          <p>{t("profile.candidate.notGiven")}</p>
        )}
      </Part>

      {candidate.skills.length > 0 ? (
        <Part title={t("profile.candidate.skills")} level={level}>
          <ul className="space-y-1">
            {candidate.skills.map((skill) => (
              <li key={skill.key}>
                {t("profile.items.skill", { name: label.name(skill), level: label.level(skill.level) })}
                {skill.evidence ? (
                  <span className="text-slate-700">
                    {" · "}
                    {t("profile.items.evidence", { evidence: label.evidence(skill.evidence) })}
                  </span>
                ) : null}
                {skill.evidenceNote ? <span className="block text-sm text-slate-700">{skill.evidenceNote}</span> : null}
              </li>
            ))}
          </ul>
        </Part>
      ) : null}

      {candidate.abilityUnits.length > 0 ? (
        <Part title={t("profile.candidate.abilities")} level={level}>
          <ul className="space-y-1">
            {candidate.abilityUnits.map((unit) => (
              <li key={unit.key}>
                {t("profile.items.skill", { name: label.name(unit), level: label.level(unit.level) })}
                <span className="text-slate-700">
                  {" · "}
                  {t("profile.items.evidence", { evidence: label.evidence(unit.evidence) })}
                </span>
                {unit.evidenceNote ? <span className="block text-sm text-slate-700">{unit.evidenceNote}</span> : null}
              </li>
            ))}
          </ul>
        </Part>
      ) : null}

      {candidate.languages.length > 0 ? (
        <Part title={t("profile.candidate.languages")} level={level}>
          <p>
            {format.list(
              candidate.languages.map((language) =>
                t("profile.items.language", {
                  language: label.name(language),
                  level: label.local(language.levelZh, language.levelEn),
                }),
              ),
            )}
          </p>
        </Part>
      ) : null}

      {candidate.marketplaces.length > 0 ? (
        <Part title={t("profile.candidate.marketplaces")} level={level}>
          <p>{format.list(candidate.marketplaces.map(label.name))}</p>
        </Part>
      ) : null}

      {candidate.experiences.length > 0 ? (
        <Part title={t("profile.candidate.experience")} level={level}>
          <ul className="space-y-3">
            {candidate.experiences.map((item) => (
              <li key={item.id}>
                <p className="font-medium">
                  {t("profile.items.experience", { role: item.role, organisation: item.organisation })}
                </p>
                <p className="text-sm text-slate-700">
                  {label.experienceKind(item.kind)}
                  {" · "}
                  {period(item.startDate, item.endDate)}
                </p>
                {item.description ? <p className="whitespace-pre-line">{item.description}</p> : null}
              </li>
            ))}
          </ul>
        </Part>
      ) : null}

      {candidate.certifications.length > 0 ? (
        <Part title={t("profile.candidate.awards")} level={level}>
          <ul className="space-y-1">
            {candidate.certifications.map((item) => (
              <li key={item.id}>
                {t("profile.items.certification", { name: item.name, year: item.year })}
                <span className="text-slate-700">
                  {" · "}
                  {label.certificationKind(item.kind)}
                </span>
                {item.issuer ? (
                  <span className="block text-sm text-slate-700">
                    {t("profile.items.issuer", { issuer: item.issuer })}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </Part>
      ) : null}

      {candidate.portfolioLinks.length > 0 ? (
        <Part title={t("profile.candidate.portfolio")} level={level}>
          <ul>
            {candidate.portfolioLinks.map((url) => (
              <li key={url}>
                <PortfolioLink url={url} />
              </li>
            ))}
          </ul>
        </Part>
      ) : null}

      <Part title={t("profile.candidate.preferences")} level={level}>
        <dl className="grid gap-x-3 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-700">{t("profile.candidate.desiredFamilies")}</dt>
          <dd>
            {candidate.desiredFamilies.length > 0
              ? format.list(candidate.desiredFamilies.map(label.name))
              : t("profile.candidate.notGiven")}
          </dd>
          <dt className="text-slate-700">{t("profile.candidate.desiredCities")}</dt>
          <dd>
            {candidate.desiredCities.length > 0
              ? format.list(candidate.desiredCities.map(place.city))
              : t("profile.candidate.notGiven")}
          </dd>
          <dt className="text-slate-700">{t("profile.candidate.desiredSalary")}</dt>
          <dd>
            {candidate.desiredSalaryMin !== null
              ? t("profile.candidate.salaryFrom", { amount: format.currency(candidate.desiredSalaryMin) })
              : t("profile.candidate.notGiven")}
          </dd>
          <dt className="text-slate-700">{t("profile.candidate.availableFrom")}</dt>
          <dd>{candidate.availableFrom ? label.day(candidate.availableFrom) : t("profile.candidate.notGiven")}</dd>
          <dt className="text-slate-700">{t("profile.candidate.livesIn")}</dt>
          <dd>{candidate.city ? place.city(candidate.city) : t("profile.candidate.notGiven")}</dd>
        </dl>
      </Part>
    </article>
  );
}
