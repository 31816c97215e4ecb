import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormErrors } from "~/components/forms";
import { getCompanyMember, removeRecruiter } from "~/models/invitation.server";
import { requireCompanyMember } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import { formError, invalid } from "~/utils/forms.server";
import { metaTranslator, pageMeta } from "~/utils/meta";

const paramsSchema = z.object({ memberId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

export const meta: MetaFunction = (args) =>
  pageMeta(args, metaTranslator(args.matches)("company.removeMember.metaTitle"));

/** The owner's member of their own company, or 404 (another company's member ids are unknown here). */
async function ownersMember(request: Request, params: unknown) {
  const user = await requireCompanyMember(request, "OWNER");
  const parsed = paramsSchema.safeParse(params);
  const member = parsed.success ? await getCompanyMember(user.membership.companyId, parsed.data.memberId) : null;
  if (!member) throw new Response(null, { status: 404 });
  return { user, member };
}

/** The confirmation step: removing someone is asked for first, never done by following a link. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { member } = await ownersMember(request, params);
  return { member: { id: member.id, email: member.user.email, role: member.role } };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, member } = await ownersMember(request, params);
  const outcome = await removeRecruiter(user.membership.companyId, member.id);
  if (outcome === "not-found") throw new Response(null, { status: 404 });
  if (outcome === "owner") return invalid(formError("company.errors.ownerCannotBeRemoved"));
  throw redirect("/company/members", { headers: { "Set-Cookie": await setFlash({ key: "company.flash.removed" }) } });
}

export default function RemoveMember() {
  const { t } = useTranslation();
  const { member } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-xl px-4 py-10">
      <h1 className="text-3xl font-bold">{t("company.removeMember.title")}</h1>
      <FormErrors errors={result?.errors} />
      {member.role === "OWNER" ? (
        <p className="mt-4">{t("company.removeMember.ownerBody")}</p>
      ) : (
        <Form method="post" className="mt-4 space-y-4">
          <p>{t("company.removeMember.body", { email: member.email })}</p>
          <button
            type="submit"
            className="min-h-11 rounded-md bg-red-700 px-5 font-semibold text-white hover:bg-red-800"
          >
            {t("company.removeMember.confirm")}
          </button>
        </Form>
      )}
      <p className="mt-6">
        <Link to="/company/members" className="inline-flex min-h-11 items-center text-brand-800 underline">
          {t("company.removeMember.cancel")}
        </Link>
      </p>
    </div>
  );
}
