import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormErrors, FormPage, SubmitButton, TextField } from "~/components/forms";
import { findEmailToken, resetPassword } from "~/models/account.server";
import { setFlash } from "~/utils/flash.server";
import { formError, invalid, validateForm } from "~/utils/forms.server";
import { metaTranslator, pageMeta } from "~/utils/meta";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "~/data/password";

const tokenSchema = z.string().min(10).max(100);
const schema = z
  .object({
    token: tokenSchema,
    password: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
    confirmPassword: z.string().max(PASSWORD_MAX_LENGTH),
  })
  .refine((value) => value.password === value.confirmPassword, {
    message: "passwords_differ",
    path: ["confirmPassword"],
  });

export const meta: MetaFunction = (args) => pageMeta(args, metaTranslator(args.matches)("account.reset.metaTitle"));

export async function loader({ request }: LoaderFunctionArgs) {
  const token = tokenSchema.safeParse(new URL(request.url).searchParams.get("token"));
  const valid = token.success && (await findEmailToken(token.data, "RESET_PASSWORD")) !== null;
  return { valid, token: token.success ? token.data : "" };
}

export async function action({ request }: ActionFunctionArgs) {
  const result = validateForm(await request.formData(), schema);
  if (!result.ok) return invalid(result);
  if (!(await resetPassword(result.data.token, result.data.password)))
    return invalid(formError("account.reset.invalid"));
  throw redirect("/login", { headers: { "Set-Cookie": await setFlash({ key: "account.reset.done" }) } });
}

export default function ResetPassword() {
  const { t } = useTranslation();
  const { valid, token } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  if (!valid) {
    return (
      <FormPage title={t("account.reset.title")}>
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
          {t("account.reset.invalid")}
        </p>
      </FormPage>
    );
  }
  return (
    <FormPage title={t("account.reset.title")}>
      <Form method="post" className="space-y-4" noValidate>
        <FormErrors errors={result?.errors} fields={["password", "confirmPassword"]} />
        <input type="hidden" name="token" value={token} />
        <TextField
          name="password"
          type="password"
          autoComplete="new-password"
          required
          label={t("account.fields.newPassword")}
          hint={t("account.hints.password")}
          errors={result?.errors.password}
          minLength={PASSWORD_MIN_LENGTH}
          maxLength={PASSWORD_MAX_LENGTH}
        />
        <TextField
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          required
          label={t("account.fields.confirmPassword")}
          errors={result?.errors.confirmPassword}
          maxLength={PASSWORD_MAX_LENGTH}
        />
        <SubmitButton>{t("account.reset.submit")}</SubmitButton>
      </Form>
    </FormPage>
  );
}
