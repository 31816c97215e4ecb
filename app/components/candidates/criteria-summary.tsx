import { useTranslation } from "react-i18next";
import { CRITERION_KINDS } from "~/data/candidate-search";
import { useFormat } from "~/i18n/format";
import type { CandidateCriteria, CandidateLabels } from "~/models/candidate-search.server";
import { useCandidateLabels } from "./labels";

/** Every criterion of a search as a short line each ("Exclude: Ningbo"), for results and saved searches. */
export function CriteriaSummary({ criteria, labels }: { criteria: CandidateCriteria; labels: CandidateLabels }) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = useCandidateLabels(labels);
  const day = (value: string) => format.date(`${value}T00:00:00+08:00`, { dateStyle: "long" });
  const lines: string[] = [];
  if (criteria.q) lines.push(t("candidates.criteria.text", { q: criteria.q }));
  for (const kind of CRITERION_KINDS) {
    for (const row of criteria[kind]) {
      lines.push(
        t("candidates.criteria.item", {
          mode: name.mode(row.mode),
          value: `${name.kind(kind)} · ${name.criterion(kind, row)}`,
        }),
      );
    }
  }
  const { gradFrom, gradTo, availFrom, availTo, degree, completeness } = criteria;
  if (gradFrom !== undefined && gradTo !== undefined) {
    lines.push(t("candidates.criteria.gradRange", { from: gradFrom, to: gradTo }));
  } else if (gradFrom !== undefined) lines.push(t("candidates.criteria.gradFrom", { year: gradFrom }));
  else if (gradTo !== undefined) lines.push(t("candidates.criteria.gradTo", { year: gradTo }));
  if (availFrom) lines.push(t("candidates.criteria.availFrom", { date: day(availFrom) }));
  if (availTo) lines.push(t("candidates.criteria.availTo", { date: day(availTo) }));
  if (degree) lines.push(t("candidates.criteria.degree", { degree: name.degree(degree) }));
  if (completeness) lines.push(t("candidates.criteria.completeness", { percent: completeness }));
  if (lines.length === 0) return <p className="text-slate-700">{t("candidates.criteria.none")}</p>;
  return (
    <ul className="flex flex-wrap gap-2">
      {lines.map((line, i) => (
        <li key={i} className="rounded-full border border-slate-300 bg-slate-50 px-3 py-1 text-sm">
          {line}
        </li>
      ))}
    </ul>
  );
}
