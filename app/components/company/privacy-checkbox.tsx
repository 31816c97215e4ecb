import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FieldMessages, type FieldError } from "~/components/forms";

/** "I accept the privacy notice (version …)", with a link to read it in a new tab. */
export function PrivacyCheckbox({ label, errors }: { label: string; errors?: FieldError[] }) {
  const { t } = useTranslation();
  return (
    <div>
      <label className="flex min-h-11 items-start gap-2">
        <input
          type="checkbox"
          name="acceptPrivacy"
          required
          className="mt-1 size-5 shrink-0"
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? "acceptPrivacy-errors" : undefined}
        />
        <span>{label}</span>
      </label>
      <Link to="/privacy" target="_blank" className="ml-7 text-sm text-brand-800 underline">
        {t("company.signup.privacyLink")}
      </Link>
      <FieldMessages id="acceptPrivacy-errors" errors={errors} />
    </div>
  );
}
