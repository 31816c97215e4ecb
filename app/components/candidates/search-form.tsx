import { Form } from "@remix-run/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { SelectField, TextField } from "~/components/forms";
import {
  CANDIDATE_QUERY_MAX_LENGTH,
  CANDIDATE_SORTS,
  CEFR,
  CRITERION_KINDS,
  CRITERION_MODES,
  DEGREE_MINIMUMS,
  LEVEL_CRITERIA,
  SKILL_LEVEL_MAX,
} from "~/data/candidate-search";
import { CITY_KEYS } from "~/data/zhejiang";
import type { CandidateCriteria, CandidateLabels, CandidateSort } from "~/models/candidate-search.server";
import { useCandidateLabels, type CriterionKind } from "./labels";

const selectClass = "mt-1 min-h-11 w-full rounded-md border border-slate-400 bg-white px-2";

interface Row {
  key: string;
  mode: string;
  level?: number;
}

/** One criterion: requirement, value and (for skills, ability units, languages) minimum level. */
function CriterionRow({
  kind,
  n,
  row,
  options,
}: {
  kind: CriterionKind;
  n: number;
  row: Row;
  options: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const kindName = t(`candidates.kinds.${kind}`);
  const hasLevel = kind in LEVEL_CRITERIA;
  const levels =
    kind === "language"
      ? CEFR.map((cefr, i) => ({ value: String(i + 1), label: t("candidates.levels.cefr", { cefr }) }))
      : Array.from({ length: SKILL_LEVEL_MAX }, (_, i) => ({
          value: String(i + 1),
          label: t("candidates.levels.skill", { level: i + 1 }),
        }));
  return (
    <div className={`grid gap-2 ${hasLevel ? "sm:grid-cols-[8rem_1fr_9rem]" : "sm:grid-cols-[8rem_1fr]"}`}>
      <div>
        <label htmlFor={`${id}-mode`} className="sr-only">
          {t("candidates.search.modeLabel", { kind: kindName, n })}
        </label>
        <select id={`${id}-mode`} name={`${kind}Mode`} defaultValue={row.mode} className={selectClass}>
          {CRITERION_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`candidates.modes.${mode}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-key`} className="sr-only">
          {t("candidates.search.keyLabel", { kind: kindName, n })}
        </label>
        <select id={`${id}-key`} name={kind} defaultValue={row.key} className={selectClass}>
          <option value="">{t("candidates.search.chooseValue")}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {hasLevel ? (
        <div>
          <label htmlFor={`${id}-level`} className="sr-only">
            {t("candidates.search.levelLabel", { kind: kindName, n })}
          </label>
          <select
            id={`${id}-level`}
            name={`${kind}Level`}
            defaultValue={row.level ? String(row.level) : ""}
            className={selectClass}
          >
            <option value="">{t("candidates.search.anyLevel")}</option>
            {levels.map((level) => (
              <option key={level.value} value={level.value}>
                {level.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </div>
  );
}

export type SearchFormValues = CandidateCriteria & { sort: CandidateSort };

/** No criteria at all. */
export const EMPTY_CRITERIA: SearchFormValues = {
  q: "",
  sort: "relevance",
  college: [],
  major: [],
  city: [],
  marketplace: [],
  skill: [],
  unit: [],
  language: [],
};

/**
 * The search form: a plain GET form, so the criteria live in the URL and it works without
 * JavaScript. Each kind lists its criteria and one empty row to add another.
 */
export function CandidateSearchForm({
  values,
  labels,
  action = "/company/candidates",
  sortable = true,
}: {
  values: SearchFormValues;
  labels: CandidateLabels;
  /** Where the criteria go: the search page, or a job's ranked candidates (ranked by the match score, so no sort). */
  action?: string;
  sortable?: boolean;
}) {
  const { t } = useTranslation();
  const name = useCandidateLabels(labels);
  const criteriaId = useId();
  const optionsOf = (kind: CriterionKind) => {
    const keys = kind === "city" ? [...CITY_KEYS] : Object.keys(labels[kind]);
    return keys
      .map((key) => ({ value: key, label: name.value(kind, key) }))
      .sort((a, b) => (kind === "city" ? 0 : a.label.localeCompare(b.label)));
  };
  return (
    <Form method="get" action={action} aria-label={t("candidates.search.formLabel")} className="space-y-6">
      <div role="search" className="space-y-2">
        <TextField
          name="q"
          id="q"
          type="search"
          label={t("candidates.search.query")}
          defaultValue={values.q}
          maxLength={CANDIDATE_QUERY_MAX_LENGTH}
          placeholder={t("candidates.search.queryPlaceholder")}
        />
        <button
          type="submit"
          className="min-h-11 w-full rounded-md bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800"
        >
          {t("candidates.search.submit")}
        </button>
      </div>

      <section aria-labelledby={criteriaId}>
        <h2 id={criteriaId} className="text-lg font-semibold">
          {t("candidates.search.criteriaTitle")}
        </h2>
        <p className="text-sm text-slate-700">{t("candidates.search.criteriaLead")}</p>
        {CRITERION_KINDS.map((kind) => {
          const rows: Row[] = [...values[kind], { key: "", mode: "must", level: 0 }];
          const options = optionsOf(kind);
          return (
            <fieldset key={kind} className="mt-4">
              <legend className="font-medium">{name.kind(kind)}</legend>
              <div className="mt-1 space-y-2">
                {rows.map((row, i) => (
                  <CriterionRow key={`${kind}-${i}-${row.key}`} kind={kind} n={i + 1} row={row} options={options} />
                ))}
              </div>
            </fieldset>
          );
        })}
        <p className="mt-2 text-sm text-slate-700">{t("candidates.search.moreRows")}</p>
      </section>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t("candidates.search.rangesTitle")}</legend>
        <div className="grid grid-cols-2 gap-2">
          <TextField
            name="gradFrom"
            type="number"
            inputMode="numeric"
            min={1950}
            max={2100}
            label={t("candidates.search.gradFrom")}
            defaultValue={values.gradFrom ?? ""}
          />
          <TextField
            name="gradTo"
            type="number"
            inputMode="numeric"
            min={1950}
            max={2100}
            label={t("candidates.search.gradTo")}
            defaultValue={values.gradTo ?? ""}
          />
        </div>
        <div className="grid grid-cols-2 gap-2">
          <TextField
            name="availFrom"
            type="date"
            label={t("candidates.search.availFrom")}
            defaultValue={values.availFrom ?? ""}
          />
          <TextField
            name="availTo"
            type="date"
            label={t("candidates.search.availTo")}
            defaultValue={values.availTo ?? ""}
          />
        </div>
        <p className="text-sm text-slate-700">{t("candidates.search.availHint")}</p>
        <SelectField
          name="degree"
          label={t("candidates.search.degree")}
          emptyOption={t("candidates.search.degreeAny")}
          defaultValue={values.degree ?? ""}
          options={DEGREE_MINIMUMS.map((degree) => ({ value: degree, label: name.degree(degree) }))}
        />
        <TextField
          name="completeness"
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          label={t("candidates.search.completeness")}
          defaultValue={values.completeness ?? ""}
        />
      </fieldset>

      {sortable ? (
        <SelectField
          name="sort"
          label={t("candidates.search.sort")}
          defaultValue={values.sort}
          options={CANDIDATE_SORTS.map((sort) => ({ value: sort, label: t(`candidates.sorts.${sort}`) }))}
        />
      ) : null}
      <button
        type="submit"
        className="min-h-11 w-full rounded-md bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800"
      >
        {t("candidates.search.submit")}
      </button>
    </Form>
  );
}
