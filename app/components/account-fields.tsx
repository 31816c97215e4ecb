/** Fields of the account forms: email address, passwords, accepting the privacy notice. */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckboxField, TextField, type FieldError, type FieldErrors } from "~/components/forms";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "~/data/password";

export function EmailField({
  label,
  defaultValue,
  errors,
  autoComplete = "email",
}: {
  label: string;
  defaultValue?: string;
  errors?: FieldError[];
  /** "username" on log-in forms, "off" where the address is someone else's. */
  autoComplete?: "email" | "username" | "off";
}) {
  return (
    <TextField
      name="email"
      type="email"
      autoComplete={autoComplete}
      required
      label={label}
      defaultValue={defaultValue}
      errors={errors}
      maxLength={254}
    />
  );
}

/** The 6 digits of an authenticator app (`code`). */
export function OneTimeCodeField({ hint, errors }: { hint?: string; errors?: FieldError[] }) {
  const { t } = useTranslation();
  return (
    <TextField
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9]{6}"
      maxLength={6}
      required
      label={t("account.fields.code")}
      hint={hint}
      errors={errors}
    />
  );
}

/** A password being checked (log-in, confirming a change): `password` unless named otherwise. */
export function CurrentPasswordField({
  name = "password",
  label,
  errors,
}: {
  name?: string;
  label: string;
  errors?: FieldError[];
}) {
  return (
    <TextField
      name={name}
      type="password"
      autoComplete="current-password"
      required
      label={label}
      errors={errors}
      maxLength={PASSWORD_MAX_LENGTH}
    />
  );
}

/** The password being chosen (`password`), with the length rules as its hint; typed twice when `confirm`. */
export function NewPasswordFields({
  label,
  errors,
  confirm = false,
}: {
  label: string;
  errors?: FieldErrors;
  confirm?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name="password"
        type="password"
        autoComplete="new-password"
        required
        label={label}
        hint={t("account.hints.password")}
        errors={errors?.password}
        minLength={PASSWORD_MIN_LENGTH}
        maxLength={PASSWORD_MAX_LENGTH}
      />
      {confirm ? (
        <TextField
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          required
          label={t("account.fields.confirmPassword")}
          errors={errors?.confirmPassword}
          maxLength={PASSWORD_MAX_LENGTH}
        />
      ) : null}
    </>
  );
}

/** "I accept the privacy notice (version …)" (`acceptPrivacy`), with a link to read it in a new tab. */
export function PrivacyCheckbox({ label, errors }: { label: string; errors?: FieldError[] }) {
  const { t } = useTranslation();
  return (
    <CheckboxField name="acceptPrivacy" label={label} errors={errors} required>
      <Link to="/privacy" target="_blank" className="ml-7 text-sm text-brand-800 underline">
        {t("account.privacyLink")}
      </Link>
    </CheckboxField>
  );
}
