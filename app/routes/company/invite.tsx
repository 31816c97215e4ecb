import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { NewPasswordFields, PrivacyCheckbox } from "~/components/account-fields";
import { FormErrors, FormPage, Honeypot, SubmitButton, TextField } from "~/components/forms";
import { PRIVACY_VERSION } from "~/data/privacy";
import { detectLocale } from "~/i18n/detect.server";
import { useFormat } from "~/i18n/format";
import { pickLocalized } from "~/i18n/pick";
import { newPasswordSchema, tickedSchema } from "~/models/account-forms";
import {
  acceptInvitationForUser,
  acceptInvitationWithNewAccount,
  findInvitation,
  invitationState,
} from "~/models/invitation.server";
import { createSession, requestOrigin } from "~/models/session.server";
import { getCurrentUser, requireUser } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import { formError, invalid, validateForm } from "~/utils/forms.server";
import { metaTranslator, pageMeta } from "~/utils/meta";

const tokenSchema = z.string().min(10).max(100);

const actionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("create"),
    token: tokenSchema,
    password: newPasswordSchema,
    acceptPrivacy: tickedSchema,
  }),
  z.object({ intent: z.literal("accept"), token: tokenSchema }),
]);

const PROBLEM_MESSAGES = {
  invalid: "company.invite.invalid",
  "account-exists": "company.invite.logInLead",
  "wrong-account": "company.invite.wrongAccount",
  "has-role": "company.invite.hasRole",
} as const;

export const meta: MetaFunction = (args) => pageMeta(args, metaTranslator(args.matches)("company.invite.metaTitle"));

/**
 * The mailed link. Opening it changes nothing (mail scanners follow links); the page says what the
 * visitor can do with it, and shows only the inviting company.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const token = tokenSchema.safeParse(new URL(request.url).searchParams.get("token"));
  const invitation = token.success ? await findInvitation(token.data) : null;
  if (!token.success || !invitation) return { state: "invalid" as const, invitation: null, token: null };
  const state = await invitationState(invitation, await getCurrentUser(request));
  return {
    state,
    token: token.data,
    invitation: { email: invitation.email, company: invitation.company },
  };
}

async function joined(request: Request, companyName: string, sessionCookie?: string) {
  const headers = new Headers();
  if (sessionCookie) headers.append("Set-Cookie", sessionCookie);
  headers.append("Set-Cookie", await setFlash({ key: "company.flash.joined", params: { company: companyName } }));
  return redirect("/company", { headers });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const result = validateForm(await request.formData(), actionSchema);
  if (!result.ok) return invalid(result);
  const { token } = result.data;
  const invitation = await findInvitation(token);
  if (!invitation) return invalid(formError(PROBLEM_MESSAGES.invalid));
  const locale = await detectLocale(request);
  const companyName = pickLocalized(invitation.company, "name", locale);

  if (result.data.intent === "accept") {
    const user = await requireUser(request);
    const outcome = await acceptInvitationForUser({ token, userId: user.id });
    if (!outcome.ok) return invalid(formError(PROBLEM_MESSAGES[outcome.problem], { email: invitation.email }));
    return joined(request, companyName);
  }

  if (await getCurrentUser(request))
    return invalid(formError(PROBLEM_MESSAGES["wrong-account"], { email: invitation.email }));
  const outcome = await acceptInvitationWithNewAccount({ token, password: result.data.password, locale });
  if (!outcome.ok) return invalid(formError(PROBLEM_MESSAGES[outcome.problem], { email: invitation.email }));
  const cookie = await createSession(outcome.userId, requestOrigin(request, context.clientIp));
  return joined(request, companyName, cookie);
}

export default function Invite() {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const { state, invitation, token } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = result?.errors;
  if (state === "invalid" || !invitation || !token) {
    return (
      <FormPage title={t("company.invite.title")}>
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
          {t("company.invite.invalid")}
        </p>
      </FormPage>
    );
  }
  const lead = t("company.invite.lead", {
    company: pickLocalized(invitation.company, "name", locale),
    email: invitation.email,
  });
  const here = `/invite?${new URLSearchParams({ token })}`;
  return (
    <FormPage title={t("company.invite.title")} lead={lead}>
      {state === "new-account" ? (
        <Form method="post" className="relative space-y-4" noValidate>
          <FormErrors errors={errors} fields={["password", "acceptPrivacy"]} />
          <Honeypot />
          <p>{t("company.invite.newAccountLead")}</p>
          <input type="hidden" name="token" value={token} />
          <TextField
            name="email"
            type="email"
            autoComplete="username"
            readOnly
            label={t("company.fields.email")}
            value={invitation.email}
            className="mt-1 min-h-11 w-full rounded-md border border-slate-300 bg-slate-100 px-3 text-slate-800"
          />
          <NewPasswordFields label={t("company.fields.password")} errors={errors} />
          <PrivacyCheckbox
            label={t("company.invite.acceptPrivacy", { version: PRIVACY_VERSION })}
            errors={errors?.acceptPrivacy}
          />
          <SubmitButton name="intent" value="create">
            {t("company.invite.submit")}
          </SubmitButton>
        </Form>
      ) : state === "log-in" ? (
        <div className="space-y-4">
          <p>{t("company.invite.logInLead")}</p>
          <Link
            to={`/login?${new URLSearchParams({ redirectTo: here })}`}
            className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
          >
            {t("company.invite.logIn")}
          </Link>
        </div>
      ) : state === "accept" ? (
        <Form method="post" className="space-y-4">
          <FormErrors errors={errors} />
          <p>{t("company.invite.acceptLead", { email: invitation.email })}</p>
          <input type="hidden" name="token" value={token} />
          <SubmitButton name="intent" value="accept">
            {t("company.invite.accept")}
          </SubmitButton>
        </Form>
      ) : (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
          {state === "wrong-account"
            ? t("company.invite.wrongAccount", { email: invitation.email })
            : t("company.invite.hasRole")}
        </p>
      )}
    </FormPage>
  );
}
