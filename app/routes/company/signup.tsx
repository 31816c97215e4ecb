import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EmailField, NewPasswordFields, PrivacyCheckbox } from "~/components/account-fields";
import { CompanyFields } from "~/components/company/company-fields";
import { COMPANY_FIELD_NAMES, LOGO_MAX_BYTES, LOGO_TYPES } from "~/components/company/company-options";
import { companyFieldsSchema } from "~/components/company/profile-schema";
import { FormErrors, Honeypot, SubmitButton, type FieldErrors } from "~/components/forms";
import { PRIVACY_VERSION } from "~/data/privacy";
import { detectLocale } from "~/i18n/detect.server";
import { emailSchema, newPasswordSchema, tickedSchema } from "~/models/account-forms";
import { signUpCompany } from "~/models/company.server";
import { checkUpload } from "~/models/files.server";
import { getCurrentUser, homeFor } from "~/utils/auth.server";
import { formError, formValues, invalid, validateForm } from "~/utils/forms.server";
import { metaTranslator, pageMeta } from "~/utils/meta";
import { hitRateLimit } from "~/utils/rate-limit.server";
import { readForm } from "./form-data.server";

const signUpSchema = companyFieldsSchema.extend({
  email: emailSchema,
  password: newPasswordSchema,
  acceptPrivacy: tickedSchema,
});

export const meta: MetaFunction = (args) => pageMeta(args, metaTranslator(args.matches)("company.signup.metaTitle"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getCurrentUser(request);
  if (user) throw redirect(homeFor(user));
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request, { maxFileBytes: LOGO_MAX_BYTES });
  const result = validateForm(form, signUpSchema);
  const file = form.get("logo");
  const sentLogo = file instanceof File && file.size > 0;
  const logo = sentLogo ? await checkUpload(file, { allowed: [...LOGO_TYPES], maxBytes: LOGO_MAX_BYTES }) : null;

  if (!result.ok || (logo && !logo.ok)) {
    const errors: FieldErrors = result.ok ? {} : { ...result.errors };
    if (logo && !logo.ok) errors.logo = [{ code: `company.errors.logo.${logo.problem}` }];
    return invalid({ errors, values: result.ok ? formValues(form) : result.values });
  }

  const limit = await hitRateLimit({ key: `company-signup:${context.clientIp}`, limit: 10, windowSeconds: 3600 });
  if (!limit.allowed) {
    return data(
      {
        ok: false as const,
        ...formError("account.rateLimited", { minutes: Math.ceil(limit.resetSeconds / 60) }, formValues(form)),
      },
      { status: 429 },
    );
  }

  const { email, password, acceptPrivacy: _accepted, uscc, place, ...company } = result.data;
  const outcome = await signUpCompany({
    account: { email, password, locale: await detectLocale(request) },
    company: { ...company, ...place, creditCode: uscc },
    logo: logo?.ok ? logo : null,
  });
  if (outcome === "credit-code-taken") {
    return invalid({ errors: { uscc: [{ code: "company.errors.creditCodeTaken" }] }, values: formValues(form) });
  }
  // The same answer whether or not the address already had an account.
  return { ok: true as const, email: email.trim().toLowerCase() };
}

export default function CompanySignUp() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  if (result?.ok) {
    return (
      <div className="mx-auto max-w-2xl px-4 py-10">
        <h1 className="text-3xl font-bold">{t("company.signup.sentTitle")}</h1>
        <p role="status" className="mt-4">
          {t("company.signup.sentBody", { email: result.email })}
        </p>
      </div>
    );
  }
  const errors = result && !result.ok ? result.errors : undefined;
  const values = result && !result.ok ? result.values : {};
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-3xl font-bold">{t("company.signup.title")}</h1>
      <p className="mt-2 text-slate-700">{t("company.signup.lead")}</p>
      <Form method="post" encType="multipart/form-data" className="relative mt-6 space-y-6" noValidate>
        <FormErrors errors={errors} fields={["email", "password", "acceptPrivacy", ...COMPANY_FIELD_NAMES]} />
        <Honeypot />
        <fieldset className="space-y-4 rounded-lg border border-slate-200 p-4">
          <legend className="px-1 text-lg font-semibold">{t("company.signup.accountLegend")}</legend>
          <p className="text-sm text-slate-700">{t("company.signup.accountHint")}</p>
          <EmailField label={t("company.fields.email")} defaultValue={values.email} errors={errors?.email} />
          <NewPasswordFields label={t("company.fields.password")} errors={errors} />
        </fieldset>
        <fieldset className="rounded-lg border border-slate-200 p-4">
          <legend className="px-1 text-lg font-semibold">{t("company.signup.companyLegend")}</legend>
          <CompanyFields values={values} errors={errors} withLogo />
        </fieldset>
        <PrivacyCheckbox
          label={t("company.signup.acceptPrivacy", { version: PRIVACY_VERSION })}
          errors={errors?.acceptPrivacy}
        />
        <SubmitButton>{t("company.signup.submit")}</SubmitButton>
      </Form>
      <p className="mt-6 text-slate-700">
        {t("company.signup.haveAccount")}{" "}
        <Link to="/login" className="text-brand-800 underline">
          {t("company.signup.login")}
        </Link>
      </p>
      <p className="mt-2 text-slate-700">
        {t("company.signup.studentNote")}{" "}
        <Link to="/signup" className="text-brand-800 underline">
          {t("company.signup.studentLink")}
        </Link>
      </p>
    </div>
  );
}
