import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { CurrentPasswordField, NewPasswordFields } from "~/components/account-fields";
import { FormErrors, SubmitButton } from "~/components/forms";
import { PageSection } from "~/components/page-section";
import { prisma } from "~/db.server";
import { currentPasswordSchema, withNewPassword } from "~/models/account-forms";
import { changePassword } from "~/models/account.server";
import { endAllSessions } from "~/models/session.server";
import { requireUser } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import { invalid, validateForm } from "~/utils/forms.server";
import { metaTranslator, pageMeta } from "~/utils/meta";

const schema = z.discriminatedUnion("intent", [
  withNewPassword({ intent: z.literal("password"), currentPassword: currentPasswordSchema }),
  z.object({ intent: z.literal("logout-everywhere") }),
]);

export const meta: MetaFunction = (args) => pageMeta(args, metaTranslator(args.matches)("account.settings.metaTitle"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const sessions = await prisma.session.count({ where: { userId: user.id, expiresAt: { gt: new Date() } } });
  return { email: user.email, sessions };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const result = validateForm(await request.formData(), schema);
  if (!result.ok) return invalid(result);
  if (result.data.intent === "logout-everywhere") {
    await endAllSessions(user.id, user.sessionId);
    throw redirect("/account", {
      headers: { "Set-Cookie": await setFlash({ key: "account.settings.loggedOutEverywhere" }) },
    });
  }
  const outcome = await changePassword(user.id, result.data.currentPassword, result.data.password, user.sessionId);
  if (outcome === "wrong-password") {
    return invalid({ errors: { currentPassword: [{ code: "account.settings.wrongPassword" }] }, values: {} });
  }
  throw redirect("/account", {
    headers: { "Set-Cookie": await setFlash({ key: "account.settings.passwordChanged" }) },
  });
}

export default function AccountSettings() {
  const { t } = useTranslation();
  const { email, sessions } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = result?.errors;
  return (
    <div className="mx-auto max-w-2xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("account.settings.title")}</h1>
      <p className="mt-2 text-slate-700">{t("account.settings.signedInAs", { email })}</p>

      <PageSection title={t("account.settings.passwordTitle")}>
        <Form method="post" className="mt-4 max-w-md space-y-4" noValidate>
          <FormErrors errors={errors} fields={["currentPassword", "password", "confirmPassword"]} />
          <CurrentPasswordField
            name="currentPassword"
            label={t("account.fields.currentPassword")}
            errors={errors?.currentPassword}
          />
          <NewPasswordFields label={t("account.fields.newPassword")} errors={errors} confirm />
          <SubmitButton name="intent" value="password">
            {t("account.settings.changePassword")}
          </SubmitButton>
        </Form>
      </PageSection>

      <PageSection title={t("account.settings.sessionsTitle")}>
        <p className="mt-3 text-slate-800">{t("account.settings.sessionsLead", { count: sessions })}</p>
        <Form method="post" className="mt-3">
          <SubmitButton name="intent" value="logout-everywhere">
            {t("account.settings.logoutEverywhere")}
          </SubmitButton>
        </Form>
      </PageSection>
    </div>
  );
}
