import { useId } from "react";
import { useTranslation } from "react-i18next";
import { usePlaceNames } from "~/components/jobs/place";
import { useFormat } from "~/i18n/format";
import type { ExplainedMatch, ReasonView } from "~/models/matching.server";

/** Education by rank (DEGREE_RANK in the search package), for "asks for a bachelor's degree". */
const EDUCATION_BY_RANK = ["NONE", "SECONDARY", "ASSOCIATE", "BACHELOR", "MASTER", "DOCTORATE"];

/** CEFR levels by rank: the same codes in every language. */
const CEFR = ["", "A1", "A2", "B1", "B2", "C1", "C2"];

/** One reason as a sentence in the active language; `side` says whether it is met or missing. */
export function useReasonText() {
  const { t } = useTranslation();
  const format = useFormat();
  const place = usePlaceNames();
  const zh = format.locale === "zh-CN";
  const cefr = (rank: number | undefined) => (rank ? (CEFR[rank] ?? "") : t("matching.cefrNone"));
  return (reason: ReasonView, side: "met" | "missing"): string => {
    const name = reason.name ? (zh ? reason.name.zh : reason.name.en) : (reason.key ?? "");
    const have = reason.have ?? 0;
    const want = reason.want ?? 0;
    switch (reason.factor) {
      case "family":
        return t(reason.code === "family_wanted" ? "matching.reasons.family_wanted" : "matching.reasons.family_other", {
          name,
        });
      case "level":
        if (reason.code === "experience_years") return t("matching.reasons.experience_years", { want });
        if (reason.code === "level_fits") return t("matching.reasons.level_fits");
        return t("matching.reasons.level_above", { level: t(`enums.level.${reason.key as "JUNIOR"}`) });
      case "skills":
        return t(
          have >= want
            ? "matching.reasons.skill_met"
            : have > 0
              ? "matching.reasons.skill_partial"
              : "matching.reasons.skill_missing",
          { name, have, want },
        );
      case "abilityUnits":
        return t("matching.reasons.ability_unit", { name });
      case "languages":
        return t(
          have >= want
            ? "matching.reasons.language_met"
            : have > 0
              ? "matching.reasons.language_missing"
              : "matching.reasons.language_none",
          { name, have: cefr(have), want: cefr(want) },
        );
      case "marketplaces":
        return t("matching.reasons.marketplace", { name });
      case "location": {
        if (reason.code === "remote") return t("matching.reasons.remote");
        const distance = reason.have === undefined ? "" : t("matching.reasons.distance", { km: format.number(have) });
        return t(reason.code === "city_other" ? "matching.reasons.city_other" : "matching.reasons.city_wanted", {
          city: place.city(reason.key ?? ""),
          distance,
        });
      }
      case "salary":
        return t(side === "met" ? "matching.reasons.salary_met" : "matching.reasons.salary_missing", {
          have: format.currency(have),
          want: format.currency(want),
        });
      case "timing":
        if (reason.code === "start_in_time" || reason.code === "start_too_late")
          return t(`matching.reasons.${reason.code}`);
        return t(
          `matching.reasons.${reason.code}${side === "missing" ? "_missing" : ""}` as "matching.reasons.graduation_full_time",
          { have },
        );
      case "education":
        return t(side === "met" ? "matching.reasons.education_met" : "matching.reasons.education_missing", {
          want: t(`enums.education.${(EDUCATION_BY_RANK[want] ?? "NONE") as "NONE"}`),
        });
    }
  };
}

function ReasonList({ reasons, side, title }: { reasons: ReasonView[]; side: "met" | "missing"; title: string }) {
  const { t } = useTranslation();
  const text = useReasonText();
  const format = useFormat();
  const zh = format.locale === "zh-CN";
  const id = useId();
  if (reasons.length === 0) return null;
  return (
    <div>
      <h4 id={id} className="text-sm font-semibold text-slate-900">
        {title}
      </h4>
      <ul aria-labelledby={id} className="mt-1 space-y-1 text-sm">
        {reasons.map((reason, i) => (
          <li key={`${reason.factor}-${reason.key ?? reason.code}-${i}`} className="flex gap-2">
            <span aria-hidden="true" className={side === "met" ? "text-emerald-700" : "text-amber-700"}>
              {side === "met" ? "✓" : "✗"}
            </span>
            <span>
              {text(reason, side)}
              {reason.required !== undefined ? (
                <span className="ml-1 text-xs text-slate-600">
                  {reason.required ? t("matching.required") : t("matching.preferred")}
                </span>
              ) : null}
              {side === "missing" && (reason.factor === "skills" || reason.factor === "abilityUnits") ? (
                reason.courses?.length ? (
                  <span className="block text-slate-700">
                    {t("matching.courseHint")}{" "}
                    {format.list(
                      reason.courses.map((c) =>
                        t("matching.course", {
                          course: zh ? c.name.zh : c.name.en,
                          base: zh ? c.trainingBase.zh : c.trainingBase.en,
                          hours: c.hours,
                        }),
                      ),
                    )}
                  </span>
                ) : (
                  <span className="block text-slate-600">{t("matching.noCourse")}</span>
                )
              ) : null}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The score and its explanation: requirements met and missing, each gap with courses that teach it. */
export function MatchExplanation({ match, audience }: { match: ExplainedMatch; audience: "student" | "employer" }) {
  const { t } = useTranslation();
  return (
    <div className="mt-3 rounded-md bg-slate-50 p-3">
      <p>
        <span
          className="inline-flex min-h-8 items-center rounded-full bg-brand-700 px-3 text-sm font-bold text-white"
          aria-label={t("matching.scoreLabel", { score: match.score })}
        >
          {t("matching.score", { score: match.score })}
        </span>
      </p>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        <ReasonList
          reasons={match.met}
          side="met"
          title={audience === "student" ? t("matching.youMatch") : t("matching.meets")}
        />
        <ReasonList
          reasons={match.missing}
          side="missing"
          title={audience === "student" ? t("matching.youLack") : t("matching.lacks")}
        />
      </div>
    </div>
  );
}

/** What the score weighs, once per page. */
export function HowScored() {
  const { t } = useTranslation();
  return (
    <details className="mt-4 text-sm text-slate-700">
      <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand-800">{t("matching.howScored")}</summary>
      <p>{t("matching.howScoredBody")}</p>
    </details>
  );
}
