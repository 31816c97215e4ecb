import { data, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { EmailField } from "~/components/account-fields";
import { FormErrors, FormPage, Honeypot, SubmitButton } from "~/components/forms";
import { emailSchema } from "~/models/account-forms";
import { normalizeEmail, requestPasswordReset } from "~/models/account.server";
import { formError, invalid, validateForm } from "~/utils/forms.server";
import { metaTranslator, pageMeta } from "~/utils/meta";
import { hitRateLimit } from "~/utils/rate-limit.server";

const schema = z.object({ email: emailSchema });

export const meta: MetaFunction = (args) => pageMeta(args, metaTranslator(args.matches)("account.forgot.metaTitle"));

export async function action({ request, context }: ActionFunctionArgs) {
  const result = validateForm(await request.formData(), schema);
  if (!result.ok) return invalid(result);
  const byAddress = await hitRateLimit({ key: `reset:${context.clientIp}`, limit: 10, windowSeconds: 3600 });
  if (!byAddress.allowed) {
    return data(
      {
        ok: false as const,
        ...formError("account.rateLimited", { minutes: Math.ceil(byAddress.resetSeconds / 60) }, result.data),
      },
      { status: 429 },
    );
  }
  // Per account too, but silently: the answer must not tell whether the address has an account.
  const email = normalizeEmail(result.data.email);
  const byAccount = await hitRateLimit({ key: `reset:${email}`, limit: 3, windowSeconds: 3600 });
  if (byAccount.allowed) await requestPasswordReset(email);
  return { ok: true as const, errors: undefined, values: {} };
}

export default function ForgotPassword() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  if (result?.ok) {
    return (
      <FormPage title={t("account.forgot.title")}>
        <p role="status">{t("account.forgot.sent")}</p>
      </FormPage>
    );
  }
  return (
    <FormPage title={t("account.forgot.title")} lead={t("account.forgot.lead")}>
      <Form method="post" className="relative space-y-4" noValidate>
        <FormErrors errors={result?.errors} fields={["email"]} />
        <Honeypot />
        <EmailField
          label={t("account.fields.email")}
          defaultValue={result?.values.email}
          errors={result?.errors?.email}
        />
        <SubmitButton>{t("account.forgot.submit")}</SubmitButton>
      </Form>
    </FormPage>
  );
}
