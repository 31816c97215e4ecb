/** The steps that are lists: what was added (each with its remove button) and a form to add one more. */
import { Form } from "@remix-run/react";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FormErrors, SubmitButton, TextField } from "~/components/forms";
import {
  CERTIFICATION_KINDS,
  EVIDENCE_TYPES,
  EXPERIENCE_KINDS,
  PROFILE_LIMITS as L,
  SKILL_LEVELS,
} from "~/models/profile-steps";
import { ChoiceGroup, FormCard, SelectField, TextAreaField } from "../fields";
import { useProfileLabels } from "../labels";
import type { StepFormProps } from "./types";

function ItemList({ count, children }: { count: number; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <FormCard title={t("profile.builder.listTitle")}>
      {count === 0 ? (
        <p className="text-slate-700">{t("profile.builder.empty")}</p>
      ) : (
        <ul data-testid="added-items" className="divide-y divide-slate-200">
          {children}
        </ul>
      )}
    </FormCard>
  );
}

/** One added item: its text, and a button that removes it (no confirmation: adding it back is one step). */
function Item({
  name,
  intent,
  fields,
  children,
}: {
  name: string;
  intent: string;
  fields: Record<string, string>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <li className="flex flex-wrap items-start justify-between gap-3 py-3">
      <div className="min-w-0 flex-1">{children}</div>
      <Form method="post">
        <input type="hidden" name="intent" value={intent} />
        {Object.entries(fields).map(([key, value]) => (
          <input key={key} type="hidden" name={key} value={value} />
        ))}
        <button
          type="submit"
          className="min-h-11 rounded-md border border-slate-400 px-4 font-medium text-slate-900 hover:bg-slate-100"
        >
          <span aria-hidden="true">{t("profile.builder.remove")}</span>
          <span className="sr-only">{t("profile.builder.removeNamed", { name })}</span>
        </button>
      </Form>
    </li>
  );
}

function AddForm({
  formKey,
  intent,
  fields,
  errors,
  children,
}: {
  formKey: string;
  intent: string;
  fields: string[];
  errors: StepFormProps["errors"];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <FormCard title={t("profile.builder.addTitle")}>
      {/* A new key after each change empties the form for the next item. */}
      <Form key={formKey} method="post" className="space-y-4" noValidate>
        <FormErrors errors={errors} fields={fields} />
        <input type="hidden" name="intent" value={intent} />
        {children}
        <SubmitButton>{t("profile.builder.add")}</SubmitButton>
      </Form>
    </FormCard>
  );
}

function LevelChoice({ value, errors }: { value?: string; errors: StepFormProps["errors"] }) {
  const { t } = useTranslation();
  const label = useProfileLabels();
  return (
    <ChoiceGroup
      type="radio"
      name="level"
      legend={t("profile.fields.level")}
      options={SKILL_LEVELS.map((level) => ({ value: String(level), label: label.level(level) }))}
      checked={[value ?? "2"]}
      errors={errors?.level}
      required
      columns={3}
    />
  );
}

export function SkillsStep({ profile, catalogue, errors, values }: StepFormProps) {
  const { t } = useTranslation();
  const label = useProfileLabels();
  const groups = (catalogue.skillGroups ?? []).map((group) => ({
    label: label.name(group),
    options: group.skills.map((skill) => ({ value: skill.key, label: label.name(skill) })),
  }));
  return (
    <div className="space-y-6">
      <ItemList count={profile.skills.length}>
        {profile.skills.map((item) => (
          <Item key={item.id} name={label.name(item.skill)} intent="skill.remove" fields={{ skillKey: item.skill.key }}>
            <p className="font-medium">
              {t("profile.items.skill", { name: label.name(item.skill), level: label.level(item.level) })}
            </p>
            {item.evidence ? (
              <p className="text-sm text-slate-700">
                {t("profile.items.evidence", { evidence: label.evidence(item.evidence) })}
              </p>
            ) : null}
            {item.evidenceNote ? <p className="text-sm text-slate-700">{item.evidenceNote}</p> : null}
          </Item>
        ))}
      </ItemList>
      <AddForm
        formKey={String(profile.updatedAt)}
        intent="skill.save"
        fields={["skillKey", "level", "evidence", "evidenceNote"]}
        errors={errors}
      >
        <SelectField
          name="skillKey"
          label={t("profile.fields.skill")}
          emptyOption={t("profile.builder.choose")}
          groups={groups}
          defaultValue={values.skillKey ?? ""}
          errors={errors?.skillKey}
          required
        />
        <LevelChoice value={values.level} errors={errors} />
        <SelectField
          name="evidence"
          label={t("profile.fields.evidence")}
          emptyOption={t("profile.options.noEvidence")}
          options={EVIDENCE_TYPES.map((evidence) => ({ value: evidence, label: label.evidence(evidence) }))}
          defaultValue={values.evidence ?? ""}
          errors={errors?.evidence}
        />
        <TextField
          name="evidenceNote"
          label={t("profile.fields.evidenceNote")}
          hint={t("profile.hints.evidenceNote")}
          defaultValue={values.evidenceNote ?? ""}
          errors={errors?.evidenceNote}
          maxLength={L.evidenceNote}
        />
      </AddForm>
    </div>
  );
}

export function AbilitiesStep({ profile, catalogue, errors, values }: StepFormProps) {
  const { t } = useTranslation();
  const label = useProfileLabels();
  const groups = (catalogue.families ?? []).flatMap((family) =>
    family.roles.map((role) => ({
      label: t("profile.options.abilityGroup", {
        family: label.name(family),
        role: label.name(role),
        level: label.roleLevel(role.level),
      }),
      options: role.abilityUnits.map((unit) => ({ value: unit.key, label: label.name(unit) })),
    })),
  );
  return (
    <div className="space-y-6">
      <ItemList count={profile.abilityUnits.length}>
        {profile.abilityUnits.map((item) => (
          <Item
            key={item.id}
            name={label.name(item.abilityUnit)}
            intent="ability.remove"
            fields={{ abilityUnitKey: item.abilityUnit.key }}
          >
            <p className="font-medium">{label.name(item.abilityUnit)}</p>
            <p className="text-sm text-slate-700">
              {t("profile.items.pair", {
                first: label.level(item.level),
                second: t("profile.items.evidence", { evidence: label.evidence(item.evidence) }),
              })}
            </p>
            {item.evidenceNote ? <p className="text-sm text-slate-700">{item.evidenceNote}</p> : null}
          </Item>
        ))}
      </ItemList>
      <AddForm
        formKey={String(profile.updatedAt)}
        intent="ability.save"
        fields={["abilityUnitKey", "level", "evidence", "evidenceNote"]}
        errors={errors}
      >
        <SelectField
          name="abilityUnitKey"
          label={t("profile.fields.abilityUnit")}
          emptyOption={t("profile.builder.choose")}
          groups={groups}
          defaultValue={values.abilityUnitKey ?? ""}
          errors={errors?.abilityUnitKey}
          required
        />
        <LevelChoice value={values.level} errors={errors} />
        <SelectField
          name="evidence"
          label={t("profile.fields.evidence")}
          emptyOption={t("profile.builder.choose")}
          options={EVIDENCE_TYPES.map((evidence) => ({ value: evidence, label: label.evidence(evidence) }))}
          defaultValue={values.evidence ?? ""}
          errors={errors?.evidence}
          required
        />
        <TextField
          name="evidenceNote"
          label={t("profile.fields.evidenceNote")}
          hint={t("profile.hints.evidenceNote")}
          defaultValue={values.evidenceNote ?? ""}
          errors={errors?.evidenceNote}
          maxLength={L.evidenceNote}
        />
      </AddForm>
    </div>
  );
}

export function LanguagesStep({ profile, catalogue, errors, values }: StepFormProps) {
  const { t } = useTranslation();
  const label = useProfileLabels();
  const languages = catalogue.languages ?? [];
  const [languageKey, setLanguageKey] = useState(values.languageKey ?? "");
  const chosen = languages.find((language) => language.key === languageKey);
  // Without JavaScript every language's levels are listed, grouped; the server checks the pair.
  const levelGroups = (chosen ? [chosen] : languages).map((language) => ({
    label: label.name(language),
    options: language.levels.map((level) => ({ value: level.key, label: label.name(level) })),
  }));
  return (
    <div className="space-y-6">
      <ItemList count={profile.languages.length}>
        {profile.languages.map((item) => (
          <Item
            key={item.id}
            name={label.name(item.language)}
            intent="language.remove"
            fields={{ languageKey: item.language.key }}
          >
            <p className="font-medium">
              {t("profile.items.language", { language: label.name(item.language), level: label.name(item.level) })}
            </p>
          </Item>
        ))}
      </ItemList>
      <AddForm
        formKey={String(profile.updatedAt)}
        intent="language.save"
        fields={["languageKey", "levelKey"]}
        errors={errors}
      >
        <SelectField
          name="languageKey"
          label={t("profile.fields.language")}
          emptyOption={t("profile.builder.choose")}
          options={languages.map((language) => ({ value: language.key, label: label.name(language) }))}
          value={languageKey}
          onChange={(event) => setLanguageKey(event.currentTarget.value)}
          errors={errors?.languageKey}
          required
        />
        <SelectField
          key={languageKey}
          name="levelKey"
          label={t("profile.fields.languageLevel")}
          emptyOption={t("profile.builder.choose")}
          groups={levelGroups}
          defaultValue={values.levelKey ?? ""}
          errors={errors?.levelKey}
          required
        />
      </AddForm>
    </div>
  );
}

export function AwardsStep({ profile, errors, values }: StepFormProps) {
  const { t } = useTranslation();
  const label = useProfileLabels();
  return (
    <div className="space-y-6">
      <ItemList count={profile.certifications.length}>
        {profile.certifications.map((item) => (
          <Item key={item.id} name={item.name} intent="certification.remove" fields={{ id: item.id }}>
            <p className="font-medium">{t("profile.items.certification", { name: item.name, year: item.year })}</p>
            <p className="text-sm text-slate-700">
              {item.issuer
                ? t("profile.items.pair", {
                    first: label.certificationKind(item.kind),
                    second: t("profile.items.issuer", { issuer: item.issuer }),
                  })
                : label.certificationKind(item.kind)}
            </p>
          </Item>
        ))}
      </ItemList>
      <AddForm
        formKey={String(profile.updatedAt)}
        intent="certification.add"
        fields={["kind", "name", "issuer", "year"]}
        errors={errors}
      >
        <ChoiceGroup
          type="radio"
          name="kind"
          legend={t("profile.fields.certificationKind")}
          options={CERTIFICATION_KINDS.map((kind) => ({ value: kind, label: label.certificationKind(kind) }))}
          checked={[values.kind ?? "CERTIFICATE"]}
          errors={errors?.kind}
          required
        />
        <TextField
          name="name"
          label={t("profile.fields.certificationName")}
          defaultValue={values.name ?? ""}
          errors={errors?.name}
          maxLength={L.certificationName}
          required
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="issuer"
            label={t("profile.fields.issuer")}
            hint={t("profile.hints.optional")}
            defaultValue={values.issuer ?? ""}
            errors={errors?.issuer}
            maxLength={L.issuer}
          />
          <TextField
            name="year"
            inputMode="numeric"
            label={t("profile.fields.year")}
            defaultValue={values.year ?? ""}
            errors={errors?.year}
            maxLength={4}
            required
          />
        </div>
      </AddForm>
    </div>
  );
}

export function ExperienceStep({ profile, errors, values }: StepFormProps) {
  const { t } = useTranslation();
  const label = useProfileLabels();
  return (
    <div className="space-y-6">
      <ItemList count={profile.experiences.length}>
        {profile.experiences.map((item) => (
          <Item
            key={item.id}
            name={t("profile.items.experience", { role: item.role, organisation: item.organisation })}
            intent="experience.remove"
            fields={{ id: item.id }}
          >
            <p className="font-medium">
              {t("profile.items.experience", { role: item.role, organisation: item.organisation })}
            </p>
            <p className="text-sm text-slate-700">
              {t("profile.items.pair", {
                first: label.experienceKind(item.kind),
                second: t("profile.items.period", {
                  start: label.month(item.startDate),
                  end: item.endDate ? label.month(item.endDate) : t("profile.items.present"),
                }),
              })}
            </p>
            {item.description ? <p className="mt-1 whitespace-pre-line">{item.description}</p> : null}
          </Item>
        ))}
      </ItemList>
      <AddForm
        formKey={String(profile.updatedAt)}
        intent="experience.add"
        fields={["kind", "organisation", "role", "startDate", "endDate", "description"]}
        errors={errors}
      >
        <SelectField
          name="kind"
          label={t("profile.fields.experienceKind")}
          options={EXPERIENCE_KINDS.map((kind) => ({ value: kind, label: label.experienceKind(kind) }))}
          defaultValue={values.kind ?? "INTERNSHIP"}
          errors={errors?.kind}
          required
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="organisation"
            label={t("profile.fields.organisation")}
            defaultValue={values.organisation ?? ""}
            errors={errors?.organisation}
            maxLength={L.organisation}
            required
          />
          <TextField
            name="role"
            label={t("profile.fields.role")}
            defaultValue={values.role ?? ""}
            errors={errors?.role}
            maxLength={L.role}
            required
          />
          <TextField
            name="startDate"
            type="month"
            label={t("profile.fields.startDate")}
            hint={t("profile.hints.month")}
            defaultValue={values.startDate ?? ""}
            errors={errors?.startDate}
            required
          />
          <TextField
            name="endDate"
            type="month"
            label={t("profile.fields.endDate")}
            hint={t("profile.hints.endDate")}
            defaultValue={values.endDate ?? ""}
            errors={errors?.endDate}
          />
        </div>
        <TextAreaField
          name="description"
          label={t("profile.fields.description")}
          hint={t("profile.hints.noContact")}
          defaultValue={values.description ?? ""}
          errors={errors?.description}
          maxLength={L.description}
        />
      </AddForm>
    </div>
  );
}

export function PortfolioStep({ profile, errors, values }: StepFormProps) {
  const { t } = useTranslation();
  return (
    <div className="space-y-6">
      <ItemList count={profile.portfolioLinks.length}>
        {profile.portfolioLinks.map((url) => (
          <Item key={url} name={url} intent="portfolio.remove" fields={{ url }}>
            <a
              href={url}
              rel="noopener noreferrer nofollow"
              target="_blank"
              className="inline-flex min-h-11 items-center break-all text-brand-800 underline"
            >
              {url}
            </a>
          </Item>
        ))}
      </ItemList>
      <AddForm formKey={String(profile.updatedAt)} intent="portfolio.add" fields={["url"]} errors={errors}>
        <TextField
          name="url"
          type="url"
          inputMode="url"
          label={t("profile.fields.url")}
          hint={t("profile.hints.url")}
          defaultValue={values.url ?? ""}
          errors={errors?.url}
          maxLength={L.url}
          required
        />
      </AddForm>
    </div>
  );
}
