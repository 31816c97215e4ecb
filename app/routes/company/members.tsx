import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { CompanyNav } from "~/components/company/company-nav";
import { EmailField } from "~/components/account-fields";
import { FormErrors, SubmitButton } from "~/components/forms";
import { detectLocale } from "~/i18n/detect.server";
import { useFormat } from "~/i18n/format";
import { emailSchema } from "~/models/account-forms";
import { TOKEN_HOURS } from "~/models/account.server";
import {
  INVITATIONS_PER_HOUR,
  inviteRecruiter,
  listMembersAndInvitations,
  revokeInvitation,
} from "~/models/invitation.server";
import { requireCompanyMember } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import { formError, invalid, validateForm } from "~/utils/forms.server";
import { metaTranslator, pageMeta } from "~/utils/meta";
import { hitRateLimit } from "~/utils/rate-limit.server";

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

const actionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("invite"), email: emailSchema }),
  z.object({ intent: z.literal("revoke"), invitationId: idSchema }),
]);

export const meta: MetaFunction = (args) => pageMeta(args, metaTranslator(args.matches)("company.members.metaTitle"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCompanyMember(request);
  const { members, invitations } = await listMembersAndInvitations(user.membership.companyId);
  return {
    isOwner: user.membership.role === "OWNER",
    inviteDays: TOKEN_HOURS.INVITE_RECRUITER / 24,
    members: members.map((member) => ({
      id: member.id,
      role: member.role,
      email: member.user.email,
      createdAt: member.createdAt,
      isYou: member.userId === user.id,
    })),
    invitations: invitations.map((invitation) => ({
      id: invitation.id,
      email: invitation.email,
      expiresAt: invitation.expiresAt,
      invitedBy: invitation.invitedBy?.email ?? null,
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireCompanyMember(request, "OWNER");
  const companyId = user.membership.companyId;
  const result = validateForm(await request.formData(), actionSchema);
  if (!result.ok) return invalid(result);

  if (result.data.intent === "revoke") {
    if (!(await revokeInvitation(companyId, result.data.invitationId))) throw new Response(null, { status: 404 });
    throw redirect("/company/members", { headers: { "Set-Cookie": await setFlash({ key: "company.flash.revoked" }) } });
  }

  const email = result.data.email.trim().toLowerCase();
  const limit = await hitRateLimit({ key: `invite:${companyId}`, limit: INVITATIONS_PER_HOUR, windowSeconds: 3600 });
  if (!limit.allowed) {
    const minutes = Math.ceil(limit.resetSeconds / 60);
    return data(
      { ok: false as const, ...formError("company.errors.invitesRateLimited", { minutes }, { email }) },
      { status: 429 },
    );
  }
  const outcome = await inviteRecruiter({ companyId, inviterId: user.id, email, locale: await detectLocale(request) });
  if (!outcome.ok) {
    const code =
      outcome.problem === "already-member" ? "company.errors.alreadyMember" : "company.errors.suspendedNoInvites";
    return invalid({ errors: { email: [{ code }] }, values: { email } });
  }
  throw redirect("/company/members", {
    headers: { "Set-Cookie": await setFlash({ key: "company.flash.invited", params: { email } }) },
  });
}

export default function CompanyMembers() {
  const { t } = useTranslation();
  const format = useFormat();
  const { isOwner, inviteDays, members, invitations } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = result?.errors;
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("company.members.title")}</h1>
      <CompanyNav isOwner={isOwner} />
      <p className="mt-4 text-slate-700">{isOwner ? t("company.members.lead") : t("company.members.ownerOnly")}</p>

      <section aria-labelledby="members-title" className="mt-6">
        <h2 id="members-title" className="text-xl font-semibold">
          {t("company.members.listTitle")}
        </h2>
        <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200">
          {members.map((member) => (
            <li key={member.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div className="min-w-0">
                <p className="break-all font-medium">
                  {member.email}
                  {member.isYou ? <span className="ml-1 text-slate-700">{t("company.members.you")}</span> : null}
                </p>
                <p className="text-sm text-slate-700">
                  {t(`company.roles.${member.role}`)}
                  {" · "}
                  {t("company.members.joined")} {format.date(member.createdAt)}
                </p>
              </div>
              {isOwner && member.role === "RECRUITER" ? (
                <Link
                  to={`/company/members/${member.id}/remove`}
                  aria-label={t("company.members.remove", { email: member.email })}
                  className="inline-flex min-h-11 items-center rounded-md border border-red-700 px-4 font-semibold text-red-800 hover:bg-red-50"
                >
                  {t("company.members.removeShort")}
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      {isOwner ? (
        <section aria-labelledby="invite-title" className="mt-8">
          <h2 id="invite-title" className="text-xl font-semibold">
            {t("company.members.inviteTitle")}
          </h2>
          <p className="mt-1 text-slate-700">{t("company.members.inviteLead", { days: inviteDays })}</p>
          {/* A new key after each invitation empties the form for the next one. */}
          <Form
            key={invitations.map((invitation) => invitation.id).join()}
            method="post"
            className="mt-3 max-w-md space-y-4"
            noValidate
          >
            <FormErrors errors={errors} fields={["email"]} />
            <EmailField
              label={t("company.members.inviteEmail")}
              autoComplete="off"
              defaultValue={result?.values.email}
              errors={errors?.email}
            />
            <SubmitButton name="intent" value="invite">
              {t("company.members.inviteSubmit")}
            </SubmitButton>
          </Form>
        </section>
      ) : null}

      <section aria-labelledby="invitations-title" className="mt-8">
        <h2 id="invitations-title" className="text-xl font-semibold">
          {t("company.members.invitationsTitle")}
        </h2>
        {invitations.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("company.members.invitationsEmpty")}</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200">
            {invitations.map((invitation) => (
              <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
                <div className="min-w-0">
                  <p className="break-all font-medium">{invitation.email}</p>
                  <p className="text-sm text-slate-700">
                    {invitation.invitedBy ? (
                      <>
                        {t("company.members.invitedBy")} {invitation.invitedBy}
                        {" · "}
                      </>
                    ) : null}
                    {t("company.members.expires")} {format.date(invitation.expiresAt)}
                  </p>
                </div>
                {isOwner ? (
                  <Form method="post">
                    <input type="hidden" name="invitationId" value={invitation.id} />
                    <button
                      type="submit"
                      name="intent"
                      value="revoke"
                      aria-label={t("company.members.revoke", { email: invitation.email })}
                      className="min-h-11 rounded-md border border-slate-400 px-4 font-semibold text-slate-800 hover:bg-slate-50"
                    >
                      {t("company.members.revokeShort")}
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
