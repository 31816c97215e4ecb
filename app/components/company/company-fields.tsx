import { useTranslation } from "react-i18next";
import { FileField, SelectField, TextAreaField, TextField, type FieldErrors } from "~/components/forms";
import { INDUSTRIES } from "~/data/industries";
import { useFormat } from "~/i18n/format";
import { pickLocalized } from "~/i18n/pick";
import { COMPANY_LIMITS, COMPANY_SIZES, LOGO_TYPES, PLACE_OPTIONS } from "./company-options";

/**
 * The company's data as a fieldset, for sign-up and for the owner's profile page. `values` are the
 * stored data or what was just sent back; the credit code is shown read-only once locked.
 */
export function CompanyFields({
  values,
  errors,
  lockedCreditCode,
  withLogo = false,
}: {
  values: Record<string, string | undefined>;
  errors?: FieldErrors;
  /** The verified company's code: shown, not editable. */
  lockedCreditCode?: string;
  withLogo?: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  return (
    <div className="space-y-4">
      <TextField
        name="nameZh"
        required
        label={t("company.fields.nameZh")}
        hint={t("company.hints.nameZh")}
        defaultValue={values.nameZh}
        errors={errors?.nameZh}
        maxLength={COMPANY_LIMITS.nameZh}
        lang="zh-CN"
      />
      <TextField
        name="nameEn"
        required
        label={t("company.fields.nameEn")}
        hint={t("company.hints.nameEn")}
        defaultValue={values.nameEn}
        errors={errors?.nameEn}
        maxLength={COMPANY_LIMITS.nameEn}
        lang="en"
      />
      {lockedCreditCode ? (
        <div>
          <p className="font-medium text-slate-900">{t("company.fields.creditCode")}</p>
          <p className="font-mono text-lg">{lockedCreditCode}</p>
          <p className="text-sm text-slate-700">{t("company.profile.creditCodeLocked")}</p>
        </div>
      ) : (
        <TextField
          name="uscc"
          required
          label={t("company.fields.creditCode")}
          hint={t("company.hints.creditCode")}
          defaultValue={values.uscc}
          errors={errors?.uscc}
          maxLength={40}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          className="mt-1 min-h-11 w-full rounded-md border border-slate-400 px-3 font-mono uppercase aria-[invalid]:border-red-700"
        />
      )}
      <SelectField
        name="industry"
        required
        label={t("company.fields.industry")}
        emptyOption={t("company.fields.choose")}
        options={INDUSTRIES.map((industry) => ({
          value: industry.key,
          label: pickLocalized(industry, "name", locale),
        }))}
        defaultValue={values.industry ?? ""}
        errors={errors?.industry}
      />
      <SelectField
        name="size"
        required
        label={t("company.fields.size")}
        emptyOption={t("company.fields.choose")}
        options={COMPANY_SIZES.map((size) => ({ value: size, label: t(`company.sizes.${size}`) }))}
        defaultValue={values.size ?? ""}
        errors={errors?.size}
      />
      <SelectField
        name="place"
        required
        label={t("company.fields.place")}
        hint={t("company.hints.place")}
        emptyOption={t("company.fields.choose")}
        groups={PLACE_OPTIONS.map(({ city, districts }) => ({
          label: pickLocalized(city, "name", locale),
          options: districts.map(({ district, value }) => ({ value, label: pickLocalized(district, "name", locale) })),
        }))}
        defaultValue={values.place ?? ""}
        errors={errors?.place}
      />
      <TextField
        name="website"
        type="url"
        label={t("company.fields.website")}
        hint={t("company.hints.website")}
        defaultValue={values.website}
        errors={errors?.website}
        maxLength={COMPANY_LIMITS.website}
        autoComplete="url"
        inputMode="url"
      />
      <TextAreaField
        name="descriptionZh"
        required
        label={t("company.fields.descriptionZh")}
        hint={t("company.hints.descriptionZh")}
        defaultValue={values.descriptionZh}
        errors={errors?.descriptionZh}
        maxLength={COMPANY_LIMITS.description}
        lang="zh-CN"
      />
      <TextAreaField
        name="descriptionEn"
        required
        label={t("company.fields.descriptionEn")}
        hint={t("company.hints.descriptionEn")}
        defaultValue={values.descriptionEn}
        errors={errors?.descriptionEn}
        maxLength={COMPANY_LIMITS.description}
        lang="en"
      />
      {withLogo ? (
        <FileField
          name="logo"
          label={t("company.fields.logo")}
          hint={t("company.hints.logo")}
          errors={errors?.logo}
          accept={LOGO_TYPES.join(",")}
        />
      ) : null}
    </div>
  );
}
