/**
 * The structured job form (new and edit). Works without JavaScript: dependent pickers (role,
 * district, language level) list every option grouped by their parent until the page is
 * hydrated, then only the parent's; blank rows let a skill or language be added per save. With
 * JavaScript, rows are added and removed in place, and forbidden wording is flagged as it is typed.
 */
import { Form } from "@remix-run/react";
import { useEffect, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FormErrors, SelectField, SubmitButton, TextAreaField, TextField, type FieldErrors } from "~/components/forms";
import { ZHEJIANG_CITIES } from "~/data/zhejiang";
import { useFormat } from "~/i18n/format";
import { pickLocalized } from "~/i18n/pick";
import {
  EDUCATIONS,
  EMPLOYMENT_TYPES,
  JOB_COLUMNS,
  LIMITS,
  SALARY_PERIODS,
  WORK_MODES,
  shanghaiDay,
  type JobFormValues,
  type PostingCatalogue,
} from "~/models/job-form";
import { findForbiddenWording } from "~/utils/job-wording";
import { FieldGroup, FormSection, WordingWarnings } from "./fields";

/** True after the first render in the browser (never during server rendering or hydration). */
function useHydrated() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

type Row = { key: string; level: string };
type LanguageRow = { language: string; level: string };

/** Rows with ids for React keys and element ids: 1, 2, … (the same on the server and in the browser). */
const withIds = <T,>(rows: T[], blanks: number, blank: T) =>
  [...rows, ...Array.from({ length: blanks }, () => ({ ...blank }))].map((row, i) => ({ ...row, id: i + 1 }));
const nextId = (rows: { id: number }[]) => Math.max(0, ...rows.map((row) => row.id)) + 1;

export interface JobFormProps {
  catalogue: PostingCatalogue;
  values: JobFormValues;
  errors?: FieldErrors;
  /** "new" and "draft" save drafts; "published" saves the live job. */
  mode: "new" | "draft" | "published";
  /** Whether the company may publish (verified). */
  canPublish: boolean;
  now: string;
}

const FORM_FIELDS = [...JOB_COLUMNS, "abilityUnits"];

export function JobForm({ catalogue, values, errors, mode, canPublish, now }: JobFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const hydrated = useHydrated();
  const local = (record: { nameZh: string; nameEn: string }) => pickLocalized(record, "name", format.locale);
  const text = values.text;

  const [content, setContent] = useState({
    titleZh: text.titleZh ?? "",
    titleEn: text.titleEn ?? "",
    descriptionZh: text.descriptionZh ?? "",
    descriptionEn: text.descriptionEn ?? "",
  });
  const [family, setFamily] = useState(text.family ?? "");
  const [role, setRole] = useState(text.role ?? "");
  const [city, setCity] = useState(text.city ?? "hangzhou");
  const [district, setDistrict] = useState(text.district ?? "");
  const [skills, setSkills] = useState(() => ({
    required: withIds<Row>(values.requiredSkills, 2, { key: "", level: "1" }),
    preferred: withIds<Row>(values.preferredSkills, 1, { key: "", level: "1" }),
  }));
  const [languages, setLanguages] = useState(() => ({
    required: withIds<LanguageRow>(values.requiredLanguages, 1, { language: "", level: "" }),
    preferred: withIds<LanguageRow>(values.preferredLanguages, 1, { language: "", level: "" }),
  }));

  const roles = catalogue.families.flatMap((f) => f.roles.map((r) => ({ ...r, family: f.key })));
  const selectedRole = roles.find((r) => r.key === role);
  const familyRoles = catalogue.families.find((f) => f.key === family)?.roles ?? [];
  const skillCategories = [...new Set(catalogue.skills.map((s) => s.category))];
  const today = shanghaiDay(new Date(now));
  const sessions = catalogue.sessions.filter((s) => s.endsAt >= now || values.sessions.includes(s.slug));

  const field = (name: string) => errors?.[name];
  const setText = (name: keyof typeof content) => (event: { target: { value: string } }) =>
    setContent((current) => ({ ...current, [name]: event.target.value }));

  return (
    <Form method="post" className="space-y-6" noValidate>
      <FormErrors errors={errors} fields={FORM_FIELDS} />

      <FormSection title={t("posting.form.sections.content")} lead={t("posting.form.sections.contentLead")}>
        <div className="grid gap-4 md:grid-cols-2">
          {(["titleZh", "titleEn"] as const).map((name) => (
            <div key={name}>
              <TextField
                name={name}
                label={t(`posting.form.fields.${name}`)}
                required
                maxLength={LIMITS.title}
                value={content[name]}
                onChange={setText(name)}
                errors={field(name)}
              />
              <WordingWarnings id={`field-${name}-wording`} findings={findForbiddenWording(content[name])} />
            </div>
          ))}
        </div>
        {(["descriptionZh", "descriptionEn"] as const).map((name) => (
          <div key={name}>
            <TextAreaField
              name={name}
              label={t(`posting.form.fields.${name}`)}
              hint={t("posting.form.hints.description", { min: LIMITS.descriptionMin })}
              required
              rows={8}
              maxLength={LIMITS.description}
              value={content[name]}
              onChange={setText(name)}
              errors={field(name)}
              describedBy={`field-${name}-wording`}
            />
            <WordingWarnings id={`field-${name}-wording`} findings={findForbiddenWording(content[name])} />
          </div>
        ))}
      </FormSection>

      <FormSection title={t("posting.form.sections.role")} lead={t("posting.form.sections.roleLead")}>
        <div className="grid gap-4 md:grid-cols-2">
          <SelectField
            name="family"
            label={t("posting.form.fields.family")}
            required
            value={family}
            onChange={(event) => {
              setFamily(event.target.value);
              if (!roles.some((r) => r.key === role && r.family === event.target.value)) setRole("");
            }}
            errors={field("family")}
          >
            <option value="">{t("posting.form.choose")}</option>
            {catalogue.families.map((f) => (
              <option key={f.key} value={f.key}>
                {local(f)}
              </option>
            ))}
          </SelectField>
          <SelectField
            name="role"
            label={t("posting.form.fields.role")}
            hint={t("posting.form.hints.role")}
            required
            value={role}
            onChange={(event) => {
              setRole(event.target.value);
              const chosen = roles.find((r) => r.key === event.target.value);
              if (chosen) setFamily(chosen.family);
            }}
            errors={field("role")}
          >
            <option value="">{t("posting.form.choose")}</option>
            {hydrated && family
              ? familyRoles.map((r) => (
                  <option key={r.key} value={r.key}>
                    {t("posting.form.roleOption", { role: local(r), level: t(`enums.level.${r.level}`) })}
                  </option>
                ))
              : catalogue.families.map((f) => (
                  <optgroup key={f.key} label={local(f)}>
                    {f.roles.map((r) => (
                      <option key={r.key} value={r.key}>
                        {t("posting.form.roleOption", { role: local(r), level: t(`enums.level.${r.level}`) })}
                      </option>
                    ))}
                  </optgroup>
                ))}
          </SelectField>
        </div>
        {selectedRole ? (
          <dl className="flex flex-wrap gap-x-6 gap-y-1 rounded-md bg-slate-50 p-3 text-sm" aria-live="polite">
            <div className="flex gap-1">
              <dt className="font-medium">{t("posting.form.domain")}</dt>
              <dd>{t(`posting.domain.${selectedRole.domain}`)}</dd>
            </div>
            <div className="flex gap-1">
              <dt className="font-medium">{t("posting.form.level")}</dt>
              <dd>{t(`enums.level.${selectedRole.level}`)}</dd>
            </div>
          </dl>
        ) : null}

        <FieldGroup
          name="abilityUnits"
          legend={t("posting.form.fields.abilityUnits")}
          hint={selectedRole ? t("posting.form.hints.abilityUnits") : t("posting.form.hints.abilityUnitsNoRole")}
          errors={[...(field("requiredAbilityUnits") ?? []), ...(field("preferredAbilityUnits") ?? [])]}
        >
          {selectedRole ? (
            <ul className="space-y-3">
              {selectedRole.abilityUnits.map((unit) => (
                <li key={unit.key} className="grid gap-1 sm:grid-cols-[1fr_14rem] sm:items-center">
                  <label htmlFor={`unit-${unit.key}`}>{local(unit)}</label>
                  <select
                    id={`unit-${unit.key}`}
                    name="abilityUnits"
                    defaultValue={values.abilityUnits[unit.key] ? `${unit.key}:${values.abilityUnits[unit.key]}` : ""}
                    className="min-h-11 rounded-md border border-slate-400 bg-white px-3"
                  >
                    <option value="">{t("posting.form.need.none")}</option>
                    <option value={`${unit.key}:required`}>{t("posting.form.need.required")}</option>
                    <option value={`${unit.key}:preferred`}>{t("posting.form.need.preferred")}</option>
                  </select>
                </li>
              ))}
            </ul>
          ) : null}
        </FieldGroup>
      </FormSection>

      <FormSection title={t("posting.form.sections.requirements")}>
        {(["required", "preferred"] as const).map((need) => (
          <FieldGroup
            key={need}
            name={`${need}Skills`}
            legend={t(`posting.form.fields.${need}Skills`)}
            hint={t("posting.form.hints.skills", { max: LIMITS.skills })}
            errors={field(`${need}Skills`)}
          >
            <RowList
              rows={skills[need]}
              addLabel={t("posting.form.addSkill")}
              canEdit={hydrated}
              onAdd={() =>
                setSkills((s) => ({ ...s, [need]: [...s[need], { key: "", level: "1", id: nextId(s[need]) }] }))
              }
              onRemove={(id) => setSkills((s) => ({ ...s, [need]: s[need].filter((row) => row.id !== id) }))}
              render={(row, index) => (
                <>
                  <div>
                    <label htmlFor={`${need}-skill-${row.id}`} className="sr-only">
                      {t("posting.form.skillN", { n: index + 1 })}
                    </label>
                    <select
                      id={`${need}-skill-${row.id}`}
                      name={`${need}SkillKey`}
                      defaultValue={row.key}
                      className="min-h-11 w-full rounded-md border border-slate-400 bg-white px-3"
                    >
                      <option value="">{t("posting.form.noSkill")}</option>
                      {skillCategories.map((category) => (
                        <optgroup
                          key={category}
                          label={t(`posting.skillCategories.${category}` as "posting.skillCategories.office")}
                        >
                          {catalogue.skills
                            .filter((s) => s.category === category)
                            .map((s) => (
                              <option key={s.key} value={s.key}>
                                {local(s)}
                              </option>
                            ))}
                        </optgroup>
                      ))}
                    </select>
                  </div>
                  <div>
                    <label htmlFor={`${need}-skill-level-${row.id}`} className="sr-only">
                      {t("posting.form.skillLevelN", { n: index + 1 })}
                    </label>
                    <select
                      id={`${need}-skill-level-${row.id}`}
                      name={`${need}SkillLevel`}
                      defaultValue={row.level || "1"}
                      className="min-h-11 w-full rounded-md border border-slate-400 bg-white px-3"
                    >
                      {(["1", "2", "3"] as const).map((level) => (
                        <option key={level} value={level}>
                          {t(`enums.skillLevel.${level}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                </>
              )}
            />
          </FieldGroup>
        ))}

        {(["required", "preferred"] as const).map((need) => (
          <FieldGroup
            key={need}
            name={`${need}Languages`}
            legend={t(`posting.form.fields.${need}Languages`)}
            hint={t("posting.form.hints.languages")}
            errors={field(`${need}Languages`)}
          >
            <RowList
              rows={languages[need]}
              addLabel={t("posting.form.addLanguage")}
              canEdit={hydrated}
              onAdd={() =>
                setLanguages((l) => ({
                  ...l,
                  [need]: [...l[need], { language: "", level: "", id: nextId(l[need]) }],
                }))
              }
              onRemove={(id) => setLanguages((l) => ({ ...l, [need]: l[need].filter((row) => row.id !== id) }))}
              render={(row, index) => {
                const language = catalogue.languages.find((l) => l.key === row.language);
                const update = (change: Partial<LanguageRow>) =>
                  setLanguages((l) => ({
                    ...l,
                    [need]: l[need].map((r) => (r.id === row.id ? { ...r, ...change } : r)),
                  }));
                return (
                  <>
                    <div>
                      <label htmlFor={`${need}-language-${row.id}`} className="sr-only">
                        {t("posting.form.languageN", { n: index + 1 })}
                      </label>
                      <select
                        id={`${need}-language-${row.id}`}
                        name={`${need}LanguageKey`}
                        value={row.language}
                        onChange={(event) => update({ language: event.target.value, level: "" })}
                        className="min-h-11 w-full rounded-md border border-slate-400 bg-white px-3"
                      >
                        <option value="">{t("posting.form.noLanguage")}</option>
                        {catalogue.languages.map((l) => (
                          <option key={l.key} value={l.key}>
                            {local(l)}
                          </option>
                        ))}
                      </select>
                    </div>
                    <div>
                      <label htmlFor={`${need}-language-level-${row.id}`} className="sr-only">
                        {t("posting.form.languageLevelN", { n: index + 1 })}
                      </label>
                      <select
                        id={`${need}-language-level-${row.id}`}
                        name={`${need}LanguageLevel`}
                        value={row.level}
                        onChange={(event) => update({ level: event.target.value })}
                        className="min-h-11 w-full rounded-md border border-slate-400 bg-white px-3"
                      >
                        <option value="">{t("posting.form.minimumLevel")}</option>
                        {hydrated && language
                          ? language.levels.map((level) => (
                              <option key={level.key} value={level.key}>
                                {local(level)}
                              </option>
                            ))
                          : catalogue.languages.map((l) => (
                              <optgroup key={l.key} label={local(l)}>
                                {l.levels.map((level) => (
                                  <option key={level.key} value={level.key}>
                                    {local(level)}
                                  </option>
                                ))}
                              </optgroup>
                            ))}
                      </select>
                    </div>
                  </>
                );
              }}
            />
          </FieldGroup>
        ))}

        <FieldGroup name="marketplaces" legend={t("posting.form.fields.marketplaces")} errors={field("marketplaces")}>
          <ul className="grid grid-cols-1 gap-1 sm:grid-cols-3">
            {catalogue.marketplaces.map((m) => (
              <li key={m.key}>
                <label className="flex min-h-11 items-center gap-2">
                  <input
                    type="checkbox"
                    name="marketplaces"
                    value={m.key}
                    defaultChecked={values.marketplaces.includes(m.key)}
                    className="size-5"
                  />
                  {local(m)}
                </label>
              </li>
            ))}
          </ul>
        </FieldGroup>

        <div className="grid gap-4 sm:grid-cols-3">
          <TextField
            name="experienceYears"
            type="number"
            inputMode="numeric"
            min={0}
            max={LIMITS.experienceYears}
            required
            label={t("posting.form.fields.experienceYears")}
            hint={t("posting.form.hints.experienceYears")}
            defaultValue={text.experienceYears}
            errors={field("experienceYears")}
          />
          <SelectField
            name="education"
            label={t("posting.form.fields.education")}
            required
            defaultValue={text.education}
            errors={field("education")}
          >
            {EDUCATIONS.map((value) => (
              <option key={value} value={value}>
                {t(`enums.education.${value}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            name="headcount"
            type="number"
            inputMode="numeric"
            min={1}
            max={LIMITS.headcount}
            required
            label={t("posting.form.fields.headcount")}
            defaultValue={text.headcount}
            errors={field("headcount")}
          />
        </div>
      </FormSection>

      <FormSection title={t("posting.form.sections.terms")}>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField
            name="salaryMin"
            type="number"
            inputMode="numeric"
            min={1}
            required
            label={t("posting.form.fields.salaryMin")}
            hint={t("posting.form.hints.salary")}
            defaultValue={text.salaryMin}
            errors={field("salaryMin")}
          />
          <TextField
            name="salaryMax"
            type="number"
            inputMode="numeric"
            min={1}
            required
            label={t("posting.form.fields.salaryMax")}
            hint={t("posting.form.hints.salary")}
            defaultValue={text.salaryMax}
            errors={field("salaryMax")}
          />
          <SelectField
            name="salaryPeriod"
            label={t("posting.form.fields.salaryPeriod")}
            required
            defaultValue={text.salaryPeriod}
            errors={field("salaryPeriod")}
          >
            {SALARY_PERIODS.map((value) => (
              <option key={value} value={value}>
                {t(`posting.period.${value}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            name="employmentType"
            label={t("posting.form.fields.employmentType")}
            required
            defaultValue={text.employmentType}
            errors={field("employmentType")}
          >
            {EMPLOYMENT_TYPES.map((value) => (
              <option key={value} value={value}>
                {t(`enums.employmentType.${value}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            name="workMode"
            label={t("posting.form.fields.workMode")}
            required
            defaultValue={text.workMode}
            errors={field("workMode")}
          >
            {WORK_MODES.map((value) => (
              <option key={value} value={value}>
                {t(`enums.workMode.${value}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            name="validThrough"
            type="date"
            required
            min={shanghaiDay(new Date(now), 1)}
            max={shanghaiDay(new Date(now), LIMITS.validDays)}
            label={t("posting.form.fields.validThrough")}
            hint={t("posting.form.hints.validThrough", { today })}
            defaultValue={text.validThrough}
            errors={field("validThrough")}
          />
        </div>
      </FormSection>

      <FormSection title={t("posting.form.sections.place")} lead={t("posting.form.sections.placeLead")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            name="city"
            label={t("posting.form.fields.city")}
            required
            value={city}
            onChange={(event) => {
              setCity(event.target.value);
              setDistrict("");
            }}
            errors={field("city")}
          >
            {ZHEJIANG_CITIES.map((c) => (
              <option key={c.key} value={c.key}>
                {local(c)}
              </option>
            ))}
          </SelectField>
          <SelectField
            name="district"
            label={t("posting.form.fields.district")}
            required
            value={district}
            onChange={(event) => setDistrict(event.target.value)}
            errors={field("district")}
          >
            <option value="">{t("posting.form.choose")}</option>
            {hydrated
              ? (ZHEJIANG_CITIES.find((c) => c.key === city)?.districts ?? []).map((d) => (
                  <option key={d.key} value={d.key}>
                    {local(d)}
                  </option>
                ))
              : ZHEJIANG_CITIES.map((c) => (
                  <optgroup key={c.key} label={local(c)}>
                    {c.districts.map((d) => (
                      <option key={`${c.key}-${d.key}`} value={d.key}>
                        {local(d)}
                      </option>
                    ))}
                  </optgroup>
                ))}
          </SelectField>
          <TextField
            name="addressZh"
            required
            maxLength={LIMITS.address}
            label={t("posting.form.fields.addressZh")}
            defaultValue={text.addressZh}
            errors={field("addressZh")}
          />
          <TextField
            name="addressEn"
            required
            maxLength={LIMITS.address}
            label={t("posting.form.fields.addressEn")}
            defaultValue={text.addressEn}
            errors={field("addressEn")}
          />
        </div>
      </FormSection>

      <FormSection title={t("posting.form.sections.sessions")} lead={t("posting.form.sections.sessionsLead")}>
        <FieldGroup name="sessions" legend={t("posting.form.fields.sessions")} errors={field("sessions")}>
          {sessions.length === 0 ? (
            <p className="text-slate-700">{t("posting.form.noSessions")}</p>
          ) : (
            <ul className="space-y-1">
              {sessions.map((s) => (
                <li key={s.slug}>
                  <label className="flex min-h-11 items-center gap-2">
                    <input
                      type="checkbox"
                      name="sessions"
                      value={s.slug}
                      defaultChecked={values.sessions.includes(s.slug)}
                      className="size-5 shrink-0"
                    />
                    {t("posting.form.sessionOption", {
                      theme: pickLocalized(s, "theme", format.locale),
                      date: format.date(s.startsAt, { dateStyle: "medium" }),
                    })}
                  </label>
                </li>
              ))}
            </ul>
          )}
        </FieldGroup>
      </FormSection>

      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton name="intent" value="save">
          {mode === "published" ? t("posting.form.saveLive") : t("posting.form.saveDraft")}
        </SubmitButton>
        {mode !== "published" && canPublish ? (
          <SubmitButton name="intent" value="publish">
            {t("posting.form.publish")}
          </SubmitButton>
        ) : null}
      </div>
      {mode !== "published" && !canPublish ? (
        <p className="text-slate-700">{t("posting.notices.pendingCannotPublish")}</p>
      ) : null}
    </Form>
  );
}

/** Rows of pickers with add and remove buttons (the buttons need JavaScript). */
function RowList<R extends { id: number }>({
  rows,
  render,
  onAdd,
  onRemove,
  addLabel,
  canEdit,
}: {
  rows: R[];
  render: (row: R, index: number) => ReactNode;
  onAdd: () => void;
  onRemove: (id: number) => void;
  addLabel: string;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="space-y-2">
      <ul className="space-y-2">
        {rows.map((row, index) => (
          <li key={row.id} className="grid gap-2 sm:grid-cols-[1fr_12rem_auto] sm:items-center">
            {render(row, index)}
            {canEdit ? (
              <button
                type="button"
                onClick={() => onRemove(row.id)}
                className="min-h-11 rounded-md border border-slate-300 px-3 text-sm"
              >
                {t("posting.form.removeRow", { n: index + 1 })}
              </button>
            ) : (
              <span />
            )}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <button
          type="button"
          onClick={onAdd}
          className="min-h-11 rounded-md border border-brand-700 px-4 font-semibold text-brand-800"
        >
          {addLabel}
        </button>
      ) : null}
    </div>
  );
}
