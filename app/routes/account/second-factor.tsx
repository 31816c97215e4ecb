import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { OneTimeCodeField } from "~/components/account-fields";
import { FormErrors, FormPage, SubmitButton } from "~/components/forms";
import { oneTimeCodeSchema } from "~/models/account-forms";
import { checkOrganizerCode } from "~/models/organizer.server";
import { markSecondFactor } from "~/models/session.server";
import { forbidden, requireUser } from "~/utils/auth.server";
import { formError, invalid, validateForm } from "~/utils/forms.server";
import { metaTranslator, pageMeta } from "~/utils/meta";
import { hitRateLimit } from "~/utils/rate-limit.server";
import { redirectToSchema } from "~/utils/redirect-to";

const schema = z.object({
  code: oneTimeCodeSchema,
  redirectTo: redirectToSchema,
});

export const meta: MetaFunction = (args) =>
  pageMeta(args, metaTranslator(args.matches)("account.secondFactor.metaTitle"));

async function requirePendingOrganizer(request: Request) {
  const user = await requireUser(request);
  if (!user.organizer) throw forbidden();
  if (!user.organizer.totpEnabledAt) throw redirect("/organizer/security");
  return user;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePendingOrganizer(request);
  if (user.secondFactorAt) throw redirect("/organizer");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePendingOrganizer(request);
  const result = validateForm(await request.formData(), schema);
  if (!result.ok) return invalid(result);
  // Six digits are guessable at scale: a handful of tries per five minutes.
  const limit = await hitRateLimit({ key: `totp:${user.id}`, limit: 5, windowSeconds: 300 });
  if (!limit.allowed) {
    return data(
      { ok: false as const, ...formError("account.rateLimited", { minutes: Math.ceil(limit.resetSeconds / 60) }) },
      { status: 429 },
    );
  }
  if (!(await checkOrganizerCode(user.id, result.data.code))) return invalid(formError("account.secondFactor.invalid"));
  await markSecondFactor(user.sessionId);
  throw redirect(result.data.redirectTo ?? "/organizer");
}

export default function SecondFactor() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  return (
    <FormPage title={t("account.secondFactor.title")} lead={t("account.secondFactor.lead")}>
      <Form method="post" className="space-y-4" noValidate>
        <FormErrors errors={result?.errors} fields={["code"]} />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <OneTimeCodeField hint={t("account.hints.code")} errors={result?.errors.code} />
        <SubmitButton>{t("account.secondFactor.submit")}</SubmitButton>
      </Form>
    </FormPage>
  );
}
