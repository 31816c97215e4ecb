/** The steps that are one form each: saved as a whole, then on to the next step. */
import { useTranslation } from "react-i18next";
import { SelectField, SubmitButton, TextAreaField, TextField } from "~/components/forms";
import { usePlaceNames } from "~/components/jobs/place";
import { CITY_KEYS } from "~/data/zhejiang";
import { DEGREES, PROFILE_LIMITS as L } from "~/models/profile-steps";
import { ChoiceGroup } from "../fields";
import { useProfileLabels } from "../labels";
import { dateInputValue } from "./dates";
import { useDependentPicker } from "./dependent";
import { StepForm } from "./step-form";
import type { StepFormProps } from "./types";

function SaveButton({ hasNext }: { hasNext: boolean }) {
  const { t } = useTranslation();
  return <SubmitButton>{hasNext ? t("profile.builder.saveAndContinue") : t("profile.builder.save")}</SubmitButton>;
}

export function PersonalForm({ profile, errors, values, hasNext }: StepFormProps) {
  const { t } = useTranslation();
  const place = usePlaceNames();
  return (
    <StepForm
      intent="personal"
      fields={["fullNameZh", "fullNameEn", "phone", "city"]}
      errors={errors}
      submit={<SaveButton hasNext={hasNext} />}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="fullNameZh"
          lang="zh-CN"
          autoComplete="name"
          label={t("profile.fields.fullNameZh")}
          defaultValue={values.fullNameZh ?? profile.fullNameZh}
          errors={errors?.fullNameZh}
          maxLength={L.name}
        />
        <TextField
          name="fullNameEn"
          lang="en"
          label={t("profile.fields.fullNameEn")}
          hint={t("profile.hints.fullNameEn")}
          defaultValue={values.fullNameEn ?? profile.fullNameEn}
          errors={errors?.fullNameEn}
          maxLength={L.name}
        />
      </div>
      <TextField
        name="phone"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        label={t("profile.fields.phone")}
        hint={t("profile.hints.phone")}
        defaultValue={values.phone ?? profile.phone ?? ""}
        errors={errors?.phone}
        maxLength={L.phone + 10}
      />
      <SelectField
        name="city"
        label={t("profile.fields.city")}
        emptyOption={t("profile.options.noCity")}
        options={CITY_KEYS.map((key) => ({ value: key, label: place.city(key) }))}
        defaultValue={values.city ?? profile.city ?? ""}
        errors={errors?.city}
      />
    </StepForm>
  );
}

export function AboutForm({ profile, errors, values, hasNext }: StepFormProps) {
  const { t } = useTranslation();
  return (
    <StepForm
      intent="about"
      fields={["headlineZh", "headlineEn", "summaryZh", "summaryEn"]}
      errors={errors}
      submit={<SaveButton hasNext={hasNext} />}
    >
      <p className="text-slate-700">{t("profile.hints.noContact")}</p>
      <TextField
        name="headlineZh"
        lang="zh-CN"
        label={t("profile.fields.headlineZh")}
        hint={t("profile.hints.headlineZh")}
        defaultValue={values.headlineZh ?? profile.headlineZh}
        errors={errors?.headlineZh}
        maxLength={L.headline}
      />
      <TextField
        name="headlineEn"
        lang="en"
        label={t("profile.fields.headlineEn")}
        hint={t("profile.hints.headlineEn")}
        defaultValue={values.headlineEn ?? profile.headlineEn}
        errors={errors?.headlineEn}
        maxLength={L.headline}
      />
      <TextAreaField
        name="summaryZh"
        lang="zh-CN"
        label={t("profile.fields.summaryZh")}
        defaultValue={values.summaryZh ?? profile.summaryZh}
        errors={errors?.summaryZh}
        maxLength={L.summary}
      />
      <TextAreaField
        name="summaryEn"
        lang="en"
        label={t("profile.fields.summaryEn")}
        defaultValue={values.summaryEn ?? profile.summaryEn}
        errors={errors?.summaryEn}
        maxLength={L.summary}
      />
    </StepForm>
  );
}

export function EducationForm({ profile, catalogue, errors, values, hasNext }: StepFormProps) {
  const { t } = useTranslation();
  const label = useProfileLabels();
  const colleges = catalogue.colleges ?? [];
  const {
    parentKey: collegeKey,
    onParentChange,
    groups: majorGroups,
  } = useDependentPicker(colleges, values.collegeKey ?? profile.college?.key ?? "", (college) =>
    college.majors.map((major) => ({
      value: major.key,
      label: t("profile.items.pair", { first: label.name(major), second: label.degree(major.degree) }),
    })),
  );
  return (
    <StepForm
      intent="education"
      fields={["collegeKey", "majorKey", "degree", "graduationYear"]}
      errors={errors}
      submit={<SaveButton hasNext={hasNext} />}
    >
      <SelectField
        name="collegeKey"
        label={t("profile.fields.college")}
        emptyOption={t("profile.options.noCollege")}
        options={colleges.map((college) => ({ value: college.key, label: label.name(college) }))}
        value={collegeKey}
        onChange={onParentChange}
        errors={errors?.collegeKey}
      />
      <SelectField
        key={collegeKey}
        name="majorKey"
        label={t("profile.fields.major")}
        emptyOption={t("profile.options.noMajor")}
        groups={majorGroups}
        defaultValue={(values.majorKey ?? (collegeKey === profile.college?.key ? profile.major?.key : undefined)) || ""}
        errors={errors?.majorKey}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="degree"
          label={t("profile.fields.degree")}
          emptyOption={t("profile.options.noDegree")}
          options={DEGREES.map((degree) => ({ value: degree, label: label.degree(degree) }))}
          defaultValue={values.degree ?? profile.degree ?? ""}
          errors={errors?.degree}
        />
        <TextField
          name="graduationYear"
          inputMode="numeric"
          label={t("profile.fields.graduationYear")}
          hint={t("profile.hints.graduationYear")}
          defaultValue={values.graduationYear ?? (profile.graduationYear ? String(profile.graduationYear) : "")}
          errors={errors?.graduationYear}
          maxLength={4}
        />
      </div>
    </StepForm>
  );
}

export function MarketplacesForm({ profile, catalogue, errors, hasNext }: StepFormProps) {
  const { t } = useTranslation();
  const label = useProfileLabels();
  return (
    <StepForm
      intent="marketplaces"
      fields={["marketplaceKeys"]}
      errors={errors}
      submit={<SaveButton hasNext={hasNext} />}
    >
      <ChoiceGroup
        type="checkbox"
        name="marketplaceKeys"
        legend={t("profile.fields.marketplaces")}
        options={(catalogue.marketplaces ?? []).map((m) => ({ value: m.key, label: label.name(m) }))}
        checked={profile.marketplaces.map((m) => m.marketplace.key)}
        errors={errors?.marketplaceKeys}
        columns={3}
      />
    </StepForm>
  );
}

export function PreferencesForm({ profile, catalogue, errors, values, hasNext }: StepFormProps) {
  const { t } = useTranslation();
  const label = useProfileLabels();
  const place = usePlaceNames();
  return (
    <StepForm
      intent="preferences"
      fields={["desiredFamilies", "desiredCities", "desiredSalaryMin", "availableFrom"]}
      errors={errors}
      submit={<SaveButton hasNext={hasNext} />}
      className="space-y-5"
    >
      <ChoiceGroup
        type="checkbox"
        name="desiredFamilies"
        legend={t("profile.fields.desiredFamilies")}
        options={(catalogue.families ?? []).map((family) => ({ value: family.key, label: label.name(family) }))}
        checked={profile.desiredFamilies}
        errors={errors?.desiredFamilies}
      />
      <ChoiceGroup
        type="checkbox"
        name="desiredCities"
        legend={t("profile.fields.desiredCities")}
        options={CITY_KEYS.map((key) => ({ value: key, label: place.city(key) }))}
        checked={profile.desiredCities}
        errors={errors?.desiredCities}
        columns={3}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="desiredSalaryMin"
          inputMode="numeric"
          label={t("profile.fields.desiredSalaryMin")}
          hint={t("profile.hints.salary")}
          defaultValue={
            values.desiredSalaryMin ?? (profile.desiredSalaryMin !== null ? String(profile.desiredSalaryMin) : "")
          }
          errors={errors?.desiredSalaryMin}
          maxLength={7}
        />
        <TextField
          name="availableFrom"
          type="date"
          label={t("profile.fields.availableFrom")}
          defaultValue={values.availableFrom ?? dateInputValue(profile.availableFrom)}
          errors={errors?.availableFrom}
        />
      </div>
    </StepForm>
  );
}
