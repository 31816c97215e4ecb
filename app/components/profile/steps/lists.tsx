/** The steps that are lists: what was added (each with its remove button) and a form to add one more. */
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { SelectField, SubmitButton, TextAreaField, TextField, type OptionGroup } from "~/components/forms";
import {
  CERTIFICATION_KINDS,
  EVIDENCE_TYPES,
  EXPERIENCE_KINDS,
  PROFILE_LIMITS as L,
  SKILL_LEVELS,
} from "~/models/profile-steps";
import { ChoiceGroup, FormCard } from "../fields";
import { useProfileLabels } from "../labels";
import { PortfolioLink } from "../portfolio-link";
import { useDependentPicker } from "./dependent";
import { StepForm } from "./step-form";
import type { StepFormProps } from "./types";

/** One added item: its text, and a button that removes it (no confirmation: adding it back is one step). */
function Item({ name, intent, fields, children }: { name: string } & ItemRemoval & { children: ReactNode }) {
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

/** What the remove button of an item sends. */
interface ItemRemoval {
  intent: string;
  fields: Record<string, string>;
}

/**
 * A list step: the items added so far, each with its remove button, then the form that adds one
 * more (emptied after each change, as its key is the profile's last change).
 */
function ListStep<T>({
  profile,
  items,
  item,
  add,
  errors,
  children,
}: {
  profile: StepFormProps["profile"];
  items: T[];
  /** How one item is shown: its key, its name for the remove button, what removing it sends, its text. */
  item: (item: T) => ItemRemoval & { key: string; name: string; content: ReactNode };
  /** The add form's intent and the names of its fields. */
  add: { intent: string; fields: string[] };
  errors: StepFormProps["errors"];
  /** The add form's fields. */
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="space-y-6">
      <FormCard title={t("profile.builder.listTitle")}>
        {items.length === 0 ? (
          <p className="text-slate-700">{t("profile.builder.empty")}</p>
        ) : (
          <ul data-testid="added-items" className="divide-y divide-slate-200">
            {items.map((entry) => {
              const { key, name, intent, fields, content } = item(entry);
              return (
                <Item key={key} name={name} intent={intent} fields={fields}>
                  {content}
                </Item>
              );
            })}
          </ul>
        )}
      </FormCard>
      <FormCard title={t("profile.builder.addTitle")}>
        <StepForm
          key={String(profile.updatedAt)}
          intent={add.intent}
          fields={add.fields}
          errors={errors}
          submit={<SubmitButton>{t("profile.builder.add")}</SubmitButton>}
        >
          {children}
        </StepForm>
      </FormCard>
    </div>
  );
}

/**
 * What a skill or an ability unit is added with: which one (from the catalogue), the level, and
 * the evidence for it — which ability units must give and skills may.
 */
function ClaimFields({
  name,
  label: fieldLabel,
  groups,
  evidenceRequired,
  errors,
  values,
}: {
  name: string;
  label: string;
  groups: OptionGroup[];
  evidenceRequired: boolean;
  errors: StepFormProps["errors"];
  values: StepFormProps["values"];
}) {
  const { t } = useTranslation();
  const label = useProfileLabels();
  return (
    <>
      <SelectField
        name={name}
        label={fieldLabel}
        emptyOption={t("profile.builder.choose")}
        groups={groups}
        defaultValue={values[name] ?? ""}
        errors={errors?.[name]}
        required
      />
      <ChoiceGroup
        type="radio"
        name="level"
        legend={t("profile.fields.level")}
        options={SKILL_LEVELS.map((level) => ({ value: String(level), label: label.level(level) }))}
        checked={[values.level ?? "2"]}
        errors={errors?.level}
        required
        columns={3}
      />
      <SelectField
        name="evidence"
        label={t("profile.fields.evidence")}
        emptyOption={evidenceRequired ? t("profile.builder.choose") : t("profile.options.noEvidence")}
        options={EVIDENCE_TYPES.map((evidence) => ({ value: evidence, label: label.evidence(evidence) }))}
        defaultValue={values.evidence ?? ""}
        errors={errors?.evidence}
        required={evidenceRequired}
      />
      <TextField
        name="evidenceNote"
        label={t("profile.fields.evidenceNote")}
        hint={t("profile.hints.evidenceNote")}
        defaultValue={values.evidenceNote ?? ""}
        errors={errors?.evidenceNote}
        maxLength={L.evidenceNote}
      />
    </>
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
    <ListStep
      profile={profile}
      items={profile.skills}
      item={(item) => ({
        key: item.id,
        name: label.name(item.skill),
        intent: "skill.remove",
        fields: { skillKey: item.skill.key },
        content: (
          <>
            <p className="font-medium">
              {t("profile.items.skill", { name: label.name(item.skill), level: label.level(item.level) })}
            </p>
            {item.evidence ? (
              <p className="text-sm text-slate-700">
                {t("profile.items.evidence", { evidence: label.evidence(item.evidence) })}
              </p>
            ) : null}
            {item.evidenceNote ? <p className="text-sm text-slate-700">{item.evidenceNote}</p> : null}
          </>
        ),
      })}
      add={{ intent: "skill.save", fields: ["skillKey", "level", "evidence", "evidenceNote"] }}
      errors={errors}
    >
      <ClaimFields
        name="skillKey"
        label={t("profile.fields.skill")}
        groups={groups}
        evidenceRequired={false}
        errors={errors}
        values={values}
      />
    </ListStep>
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
    <ListStep
      profile={profile}
      items={profile.abilityUnits}
      item={(item) => ({
        key: item.id,
        name: label.name(item.abilityUnit),
        intent: "ability.remove",
        fields: { abilityUnitKey: item.abilityUnit.key },
        content: (
          <>
            <p className="font-medium">{label.name(item.abilityUnit)}</p>
            <p className="text-sm text-slate-700">
              {t("profile.items.pair", {
                first: label.level(item.level),
                second: t("profile.items.evidence", { evidence: label.evidence(item.evidence) }),
              })}
            </p>
            {item.evidenceNote ? <p className="text-sm text-slate-700">{item.evidenceNote}</p> : null}
          </>
        ),
      })}
      add={{ intent: "ability.save", fields: ["abilityUnitKey", "level", "evidence", "evidenceNote"] }}
      errors={errors}
    >
      <ClaimFields
        name="abilityUnitKey"
        label={t("profile.fields.abilityUnit")}
        groups={groups}
        evidenceRequired
        errors={errors}
        values={values}
      />
    </ListStep>
  );
}

export function LanguagesStep({ profile, catalogue, errors, values }: StepFormProps) {
  const { t } = useTranslation();
  const label = useProfileLabels();
  const languages = catalogue.languages ?? [];
  const {
    parentKey: languageKey,
    onParentChange,
    groups: levelGroups,
  } = useDependentPicker(languages, values.languageKey ?? "", (language) =>
    language.levels.map((level) => ({ value: level.key, label: label.name(level) })),
  );
  return (
    <ListStep
      profile={profile}
      items={profile.languages}
      item={(item) => ({
        key: item.id,
        name: label.name(item.language),
        intent: "language.remove",
        fields: { languageKey: item.language.key },
        content: (
          <p className="font-medium">
            {t("profile.items.language", { language: label.name(item.language), level: label.name(item.level) })}
          </p>
        ),
      })}
      add={{ intent: "language.save", fields: ["languageKey", "levelKey"] }}
      errors={errors}
    >
      <SelectField
        name="languageKey"
        label={t("profile.fields.language")}
        emptyOption={t("profile.builder.choose")}
        options={languages.map((language) => ({ value: language.key, label: label.name(language) }))}
        value={languageKey}
        onChange={onParentChange}
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
    </ListStep>
  );
}

export function AwardsStep({ profile, errors, values }: StepFormProps) {
  const { t } = useTranslation();
  const label = useProfileLabels();
  return (
    <ListStep
      profile={profile}
      items={profile.certifications}
      item={(item) => ({
        key: item.id,
        name: item.name,
        intent: "certification.remove",
        fields: { id: item.id },
        content: (
          <>
            <p className="font-medium">{t("profile.items.certification", { name: item.name, year: item.year })}</p>
            <p className="text-sm text-slate-700">
              {item.issuer
                ? t("profile.items.pair", {
                    first: label.certificationKind(item.kind),
                    second: t("profile.items.issuer", { issuer: item.issuer }),
                  })
                : label.certificationKind(item.kind)}
            </p>
          </>
        ),
      })}
      add={{ intent: "certification.add", fields: ["kind", "name", "issuer", "year"] }}
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
    </ListStep>
  );
}

export function ExperienceStep({ profile, errors, values }: StepFormProps) {
  const { t } = useTranslation();
  const label = useProfileLabels();
  return (
    <ListStep
      profile={profile}
      items={profile.experiences}
      item={(item) => {
        const title = t("profile.items.experience", { role: item.role, organisation: item.organisation });
        return {
          key: item.id,
          name: title,
          intent: "experience.remove",
          fields: { id: item.id },
          content: (
            <>
              <p className="font-medium">{title}</p>
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
            </>
          ),
        };
      }}
      add={{
        intent: "experience.add",
        fields: ["kind", "organisation", "role", "startDate", "endDate", "description"],
      }}
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
    </ListStep>
  );
}

export function PortfolioStep({ profile, errors, values }: StepFormProps) {
  const { t } = useTranslation();
  return (
    <ListStep
      profile={profile}
      items={profile.portfolioLinks}
      item={(url) => ({
        key: url,
        name: url,
        intent: "portfolio.remove",
        fields: { url },
        content: <PortfolioLink url={url} />,
      })}
      add={{ intent: "portfolio.add", fields: ["url"] }}
      errors={errors}
    >
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
    </ListStep>
  );
}
