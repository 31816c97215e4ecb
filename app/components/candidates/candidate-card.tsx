import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { usePlaceNames } from "~/components/jobs/place";
import { useFormat } from "~/i18n/format";
import type { CandidateCard, CandidateLabels } from "~/models/candidate-search.server";
import { useCandidateLabels } from "./labels";

/** One result: what the candidate offers, and which nice-to-haves they meet. No name, no contact. */
export function CandidateCardItem({
  candidate,
  labels,
  showNice,
}: {
  candidate: CandidateCard;
  labels: CandidateLabels;
  showNice: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const place = usePlaceNames();
  const name = useCandidateLabels(labels);
  const local = (zh: string, en: string) => (format.locale === "zh-CN" ? zh || en : en || zh);
  const headline = local(candidate.headlineZh, candidate.headlineEn) || t("candidates.card.noHeadline");
  const education = [
    candidate.college ? local(candidate.college.nameZh, candidate.college.nameEn) : null,
    candidate.major ? local(candidate.major.nameZh, candidate.major.nameEn) : null,
    candidate.degree ? name.degree(candidate.degree) : null,
    candidate.graduationYear ? t("candidates.card.graduation", { year: candidate.graduationYear }) : null,
  ].filter((part): part is string => !!part);
  const startsLater = candidate.availableFrom && new Date(candidate.availableFrom).getTime() > Date.now();
  return (
    <li className="rounded-lg border border-slate-300 bg-white p-4">
      <h3 className="text-lg font-semibold">
        <Link to={`/company/candidates/${candidate.id}`} className="text-brand-800 underline hover:text-brand-900">
          {headline}
        </Link>
      </h3>
      {education.length > 0 ? <p className="mt-1 text-slate-800">{education.join(" · ")}</p> : null}
      {candidate.skills.length > 0 ? (
        <ul className="mt-2 flex flex-wrap gap-1" aria-label={t("candidates.kinds.skill")}>
          {candidate.skills.map((skill) => (
            <li key={skill.key} className="rounded bg-slate-100 px-2 py-0.5 text-sm">
              {name.criterion("skill", skill)}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="mt-2 text-sm text-slate-700">
        {[
          candidate.languages.length > 0
            ? format.list(
                candidate.languages.map((l) => `${local(l.nameZh, l.nameEn)} (${local(l.levelZh, l.levelEn)})`),
              )
            : null,
          startsLater
            ? t("candidates.card.available", { date: format.date(candidate.availableFrom!, { dateStyle: "medium" }) })
            : t("candidates.card.availableNow"),
          candidate.desiredCities.length > 0
            ? t("candidates.card.wants", { cities: format.list(candidate.desiredCities.map(place.city)) })
            : null,
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      {showNice ? (
        <p className="mt-2 text-sm font-medium text-emerald-900">
          {candidate.nice.length > 0
            ? t("candidates.card.nice", {
                list: format.list(candidate.nice.map((m) => name.criterion(m.kind, m))),
              })
            : t("candidates.card.noNice")}
        </p>
      ) : null}
    </li>
  );
}
