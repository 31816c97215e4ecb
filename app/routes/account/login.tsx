import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { CurrentPasswordField, EmailField } from "~/components/account-fields";
import { FormErrors, FormPage, SubmitButton } from "~/components/forms";
import { currentPasswordSchema, emailSchema } from "~/models/account-forms";
import { authenticate, normalizeEmail } from "~/models/account.server";
import { clearLoginFailures, loginBlockedUntil, loginDelayMs, recordLoginFailure } from "~/models/login-guard.server";
import { createSession, requestOrigin } from "~/models/session.server";
import { getCurrentUser, homeFor } from "~/utils/auth.server";
import { formError, invalid, validateForm } from "~/utils/forms.server";
import { metaTranslator, pageMeta } from "~/utils/meta";
import { redirectToSchema, safeRedirect } from "~/utils/redirect-to";

const loginSchema = z.object({
  email: emailSchema,
  password: currentPasswordSchema,
  redirectTo: redirectToSchema,
});

export const meta: MetaFunction = (args) => pageMeta(args, metaTranslator(args.matches)("account.login.metaTitle"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getCurrentUser(request);
  if (user) throw redirect(safeRedirect(new URL(request.url).searchParams.get("redirectTo"), homeFor(user)));
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const result = validateForm(await request.formData(), loginSchema);
  if (!result.ok) return invalid(result);
  const attempt = { email: normalizeEmail(result.data.email), ip: context.clientIp, now: new Date() };

  const blockedUntil = await loginBlockedUntil(attempt);
  if (blockedUntil) {
    const minutes = Math.ceil((blockedUntil.getTime() - attempt.now.getTime()) / 60_000);
    return data(
      { ok: false as const, ...formError("account.login.locked", { minutes }, result.data) },
      { status: 429 },
    );
  }
  // Many failures for this account from anywhere: answer slowly rather than lock its owner out.
  const delay = await loginDelayMs(attempt);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));

  const user = await authenticate(attempt.email, result.data.password);
  if (!user) {
    await recordLoginFailure(attempt);
    return invalid(formError("account.login.invalid", undefined, result.data));
  }
  await clearLoginFailures(attempt);
  const cookie = await createSession(user.id, requestOrigin(request, context.clientIp));
  const headers = { "Set-Cookie": cookie };
  const redirectTo = result.data.redirectTo;
  if (user.organizer) {
    // Organizers finish with their second factor (or enrol one first).
    const next = user.organizer.totpEnabledAt ? "/login/second-factor" : "/organizer/security";
    throw redirect(redirectTo ? `${next}?${new URLSearchParams({ redirectTo })}` : next, { headers });
  }
  throw redirect(redirectTo ?? homeFor(user), { headers });
}

export default function Login() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const errors = result?.errors;
  return (
    <FormPage title={t("account.login.title")}>
      <Form method="post" className="space-y-4" noValidate>
        <FormErrors errors={errors} fields={["email", "password"]} />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <EmailField
          label={t("account.fields.email")}
          autoComplete="username"
          defaultValue={result?.values.email}
          errors={errors?.email}
        />
        <CurrentPasswordField label={t("account.fields.password")} errors={errors?.password} />
        <SubmitButton>{t("account.login.submit")}</SubmitButton>
      </Form>
      <p className="mt-6">
        <Link to="/forgot-password" className="text-brand-800 underline">
          {t("account.login.forgot")}
        </Link>
      </p>
      <p className="mt-2 text-slate-700">
        {t("account.login.noAccount")}{" "}
        <Link to="/signup" className="text-brand-800 underline">
          {t("account.login.signupLink")}
        </Link>
      </p>
    </FormPage>
  );
}
