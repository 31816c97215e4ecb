/**
 * Names of candidate-search values in the visitor's language: catalogue keys (from the labels the
 * loader sends), places, degrees, levels, and whole criteria ("Must have: Excel, level 2 or higher").
 */
import { useTranslation } from "react-i18next";
import { usePlaceNames } from "~/components/jobs/place";
import { CEFR, type CriterionMode, type KeyCriterion, type LevelCriterion } from "~/data/candidate-search";
import { useFormat } from "~/i18n/format";
import type { CandidateLabels } from "~/models/candidate-search.server";

export type CriterionKind = KeyCriterion | LevelCriterion;

export function useCandidateLabels(labels: CandidateLabels) {
  const { t } = useTranslation();
  const format = useFormat();
  const place = usePlaceNames();
  const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  const local = (label: { zh: string; en: string } | undefined, fallback: string) =>
    label ? (format.locale === "zh-CN" ? label.zh || label.en : label.en || label.zh) : fallback;

  /** The name of one value of a criterion kind. */
  const value = (kind: CriterionKind, key: string): string =>
    kind === "city" ? place.city(key) : local(labels[kind][key], key);

  /** "Level 2 or higher" / "B2 or higher"; empty for "any level". */
  const level = (kind: CriterionKind, n: number): string => {
    if (n <= 0) return "";
    return kind === "language"
      ? t("candidates.levels.cefr", { cefr: CEFR[n - 1] ?? "" })
      : t("candidates.levels.skill", { level: n });
  };

  const criterion = (kind: CriterionKind, row: { key: string; level?: number }): string => {
    const name = value(kind, row.key);
    const min = level(kind, row.level ?? 0);
    return min ? `${name} · ${min}` : name;
  };

  return {
    value,
    level,
    criterion,
    kind: (kind: CriterionKind) => t(`candidates.kinds.${kind}`),
    mode: (mode: CriterionMode) => t(`candidates.modes.${mode}`),
    degree: (degree: string) => translate(`enums.education.${degree}`),
    facetValue: (facet: string, key: string): string => {
      if (facet === "graduationYear") return key;
      if (facet === "degree") return translate(`enums.education.${key}`);
      return value(facet as CriterionKind, key);
    },
  };
}
