import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { EmailField, NewPasswordFields, PrivacyCheckbox } from "~/components/account-fields";
import { FormErrors, FormPage, Honeypot, SubmitButton } from "~/components/forms";
import { PRIVACY_VERSION } from "~/data/privacy";
import { detectLocale } from "~/i18n/detect.server";
import { emailSchema, newPasswordSchema, tickedSchema } from "~/models/account-forms";
import { signUpStudent } from "~/models/account.server";
import { getCurrentUser, homeFor } from "~/utils/auth.server";
import { formError, invalid, validateForm } from "~/utils/forms.server";
import { metaTranslator, pageMeta } from "~/utils/meta";
import { hitRateLimit } from "~/utils/rate-limit.server";

const signUpSchema = z.object({ email: emailSchema, password: newPasswordSchema, acceptPrivacy: tickedSchema });

export const meta: MetaFunction = (args) => pageMeta(args, metaTranslator(args.matches)("account.signup.metaTitle"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getCurrentUser(request);
  if (user) throw redirect(homeFor(user));
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const result = validateForm(await request.formData(), signUpSchema);
  if (!result.ok) return invalid(result);
  const limit = await hitRateLimit({ key: `signup:${context.clientIp}`, limit: 10, windowSeconds: 3600 });
  if (!limit.allowed) {
    return data(
      {
        ok: false as const,
        ...formError("account.rateLimited", { minutes: Math.ceil(limit.resetSeconds / 60) }, result.data),
      },
      { status: 429 },
    );
  }
  await signUpStudent({
    email: result.data.email,
    password: result.data.password,
    locale: await detectLocale(request),
  });
  // The same answer whether or not the address already had an account.
  return { ok: true as const, email: result.data.email.trim().toLowerCase() };
}

export default function SignUp() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  if (result?.ok) {
    return (
      <FormPage title={t("account.signup.sentTitle")}>
        <p role="status">{t("account.signup.sentBody", { email: result.email })}</p>
      </FormPage>
    );
  }
  const errors = result && !result.ok ? result.errors : undefined;
  const values = result && !result.ok ? result.values : {};
  return (
    <FormPage title={t("account.signup.title")} lead={t("account.signup.lead")}>
      <Form method="post" className="relative space-y-4" noValidate>
        <FormErrors errors={errors} fields={["email", "password", "acceptPrivacy"]} />
        <Honeypot />
        <EmailField label={t("account.fields.email")} defaultValue={values.email} errors={errors?.email} />
        <NewPasswordFields label={t("account.fields.password")} errors={errors} />
        <PrivacyCheckbox
          label={t("account.signup.acceptPrivacy", { version: PRIVACY_VERSION })}
          errors={errors?.acceptPrivacy}
        />
        <SubmitButton>{t("account.signup.submit")}</SubmitButton>
      </Form>
      <p className="mt-6 text-slate-700">
        {t("account.signup.haveAccount")}{" "}
        <Link to="/login" className="text-brand-800 underline">
          {t("account.signup.login")}
        </Link>
      </p>
      <p className="mt-2 text-slate-700">
        {t("account.signup.companyNote")}{" "}
        <Link to="/company/signup" className="text-brand-800 underline">
          {t("account.signup.companyLink")}
        </Link>
      </p>
    </FormPage>
  );
}
