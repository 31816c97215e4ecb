import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormErrors, FormPage, SubmitButton } from "~/components/forms";
import { prisma } from "~/db.server";
import { confirmEmail, findEmailToken, resendVerification } from "~/models/account.server";
import { createSession, requestOrigin } from "~/models/session.server";
import { homeFor, requireUser } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import { invalid, validateForm } from "~/utils/forms.server";
import { metaTranslator, pageMeta } from "~/utils/meta";
import { hitRateLimit } from "~/utils/rate-limit.server";

const tokenSchema = z.string().min(10).max(100);
const actionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("confirm"), token: tokenSchema }),
  z.object({ intent: z.literal("resend") }),
]);

export const meta: MetaFunction = (args) => pageMeta(args, metaTranslator(args.matches)("account.verify.metaTitle"));

/**
 * With a token (the mailed link): a button to confirm — opening a link changes nothing, so mail
 * scanners that follow links cannot confirm for the user. Without: "check your mail" for a
 * signed-in user who has not confirmed yet.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const token = tokenSchema.safeParse(new URL(request.url).searchParams.get("token"));
  if (token.success) {
    const row = await findEmailToken(token.data, "VERIFY_EMAIL");
    return { state: row ? ("confirm" as const) : ("invalid" as const), email: row?.email ?? null, token: token.data };
  }
  const user = await requireUser(request);
  if (user.emailVerifiedAt) throw redirect(homeFor(user));
  return { state: "pending" as const, email: user.email, token: null };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const result = validateForm(await request.formData(), actionSchema);
  if (!result.ok) return invalid(result);
  if (result.data.intent === "resend") {
    const user = await requireUser(request);
    const limit = await hitRateLimit({ key: `verify-resend:${user.id}`, limit: 3, windowSeconds: 3600 });
    if (limit.allowed) await resendVerification(user.id);
    throw redirect("/verify-email", { headers: { "Set-Cookie": await setFlash({ key: "account.verify.resent" }) } });
  }
  const user = await confirmEmail(result.data.token);
  if (!user) throw redirect(`/verify-email?${new URLSearchParams({ token: result.data.token })}`);
  const roles = await prisma.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { membership: { select: { id: true } }, organizer: { select: { id: true } } },
  });
  const cookie = await createSession(user.id, requestOrigin(request, context.clientIp));
  throw redirect(homeFor(roles), { headers: { "Set-Cookie": cookie } });
}

export default function VerifyEmail() {
  const { t } = useTranslation();
  const { state, email, token } = useLoaderData<typeof loader>();
  const errors = useActionData<typeof action>()?.errors;
  if (state === "invalid") {
    return (
      <FormPage title={t("account.verify.title")}>
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
          {t("account.verify.invalid")}
        </p>
      </FormPage>
    );
  }
  if (state === "confirm") {
    return (
      <FormPage title={t("account.verify.title")} lead={t("account.verify.confirmLead", { email })}>
        <Form method="post" className="space-y-4">
          <FormErrors errors={errors} />
          <input type="hidden" name="token" value={token ?? ""} />
          <SubmitButton name="intent" value="confirm">
            {t("account.verify.confirm")}
          </SubmitButton>
        </Form>
      </FormPage>
    );
  }
  return (
    <FormPage title={t("account.verify.pendingTitle")} lead={t("account.verify.pendingBody", { email })}>
      <Form method="post" className="space-y-4">
        <FormErrors errors={errors} />
        <SubmitButton name="intent" value="resend">
          {t("account.verify.resend")}
        </SubmitButton>
      </Form>
    </FormPage>
  );
}
