import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { NewPasswordFields } from "~/components/account-fields";
import { FormErrors, FormPage, SubmitButton } from "~/components/forms";
import { withNewPassword } from "~/models/account-forms";
import { findEmailToken, resetPassword } from "~/models/account.server";
import { setFlash } from "~/utils/flash.server";
import { formError, invalid, validateForm } from "~/utils/forms.server";
import { metaTranslator, pageMeta } from "~/utils/meta";

const tokenSchema = z.string().min(10).max(100);
const schema = withNewPassword({ token: tokenSchema });

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
        <NewPasswordFields label={t("account.fields.newPassword")} errors={result?.errors} confirm />
        <SubmitButton>{t("account.reset.submit")}</SubmitButton>
      </Form>
    </FormPage>
  );
}
