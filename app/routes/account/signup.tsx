import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormErrors, FormPage, Honeypot, SubmitButton, TextField } from "~/components/forms";
import { PRIVACY_VERSION } from "~/data/privacy";
import { detectLocale } from "~/i18n/detect.server";
import { signUpStudent } from "~/models/account.server";
import { getCurrentUser, homeFor } from "~/utils/auth.server";
import { formError, invalid, validateForm } from "~/utils/forms.server";
import { metaTranslator, pageMeta } from "~/utils/meta";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "~/data/password";
import { hitRateLimit } from "~/utils/rate-limit.server";

const signUpSchema = z.object({
  email: z.email().max(254),
  password: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
  // An unticked checkbox sends nothing: read that as "" so the refinement runs.
  acceptPrivacy: z.preprocess(
    (value) => value ?? "",
    z.string().refine((value) => value === "on", { message: "must_accept" }),
  ),
});

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
        <TextField
          name="email"
          type="email"
          autoComplete="email"
          required
          label={t("account.fields.email")}
          defaultValue={values.email}
          errors={errors?.email}
          maxLength={254}
        />
        <TextField
          name="password"
          type="password"
          autoComplete="new-password"
          required
          label={t("account.fields.password")}
          hint={t("account.hints.password")}
          errors={errors?.password}
          minLength={PASSWORD_MIN_LENGTH}
          maxLength={PASSWORD_MAX_LENGTH}
        />
        <div>
          <label className="flex items-start gap-2">
            <input
              type="checkbox"
              name="acceptPrivacy"
              className="mt-1 size-5"
              aria-invalid={errors?.acceptPrivacy ? true : undefined}
              aria-describedby={errors?.acceptPrivacy ? "acceptPrivacy-errors" : undefined}
            />
            <span>{t("account.signup.acceptPrivacy", { version: PRIVACY_VERSION })}</span>
          </label>
          <Link to="/privacy" target="_blank" className="ml-7 text-sm text-brand-800 underline">
            {t("account.signup.privacyLink")}
          </Link>
          {errors?.acceptPrivacy ? (
            <p id="acceptPrivacy-errors" className="mt-1 text-sm text-red-800">
              {t("forms.errors.must_accept")}
            </p>
          ) : null}
        </div>
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
