/**
 * Texts of stored values (enums, bilingual columns) in the visitor's language. Keys built from
 * values are checked by the locale tests; the type system cannot follow them through a variable.
 */
import { useTranslation } from "react-i18next";
import { useFormat } from "~/i18n/format";

export function useProfileLabels() {
  const { t } = useTranslation();
  const format = useFormat();
  const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  /** The text in the visitor's language, the other language's when that one is empty. */
  const local = (zh: string, en: string) => (format.locale === "zh-CN" ? zh || en : en || zh);
  return {
    local,
    name: (record: { nameZh: string; nameEn: string }) => local(record.nameZh, record.nameEn),
    level: (level: number) => translate(`enums.skillLevel.${level}`),
    degree: (degree: string) => translate(`enums.education.${degree}`),
    roleLevel: (level: string) => translate(`enums.level.${level}`),
    evidence: (evidence: string) => translate(`profile.evidence.${evidence}`),
    experienceKind: (kind: string) => translate(`profile.experienceKind.${kind}`),
    certificationKind: (kind: string) => translate(`profile.certificationKind.${kind}`),
    purpose: (purpose: string) => translate(`profile.privacy.purposes.${purpose}`),
    month: (date: Date | string) => format.date(date, { year: "numeric", month: "long" }),
    day: (date: Date | string) => format.date(date, { dateStyle: "long" }),
    size: (bytes: number) =>
      format.number(Math.max(1, Math.round(bytes / 1024)), { style: "unit", unit: "kilobyte", unitDisplay: "short" }),
  };
}
