import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import QRCode from "qrcode";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { OneTimeCodeField } from "~/components/account-fields";
import { FormErrors, FormPage, SubmitButton } from "~/components/forms";
import { oneTimeCodeSchema } from "~/models/account-forms";
import { checkOrganizerCode, pendingTotpSecret } from "~/models/organizer.server";
import { markSecondFactor } from "~/models/session.server";
import { requireOrganizer } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import { formError, invalid, validateForm } from "~/utils/forms.server";
import { metaTranslator, pageMeta } from "~/utils/meta";
import { otpauthUri } from "~/utils/totp.server";

const schema = z.object({ code: oneTimeCodeSchema });

export const meta: MetaFunction = (args) =>
  pageMeta(args, metaTranslator(args.matches)("organizer.security.metaTitle"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireOrganizer(request);
  const secret = await pendingTotpSecret(user.id);
  if (!secret) return { enrolled: true as const, secret: null, qr: null };
  const qr = await QRCode.toString(otpauthUri(secret, user.email), { type: "svg", margin: 1, width: 200 });
  return { enrolled: false as const, secret, qr: `data:image/svg+xml;base64,${Buffer.from(qr).toString("base64")}` };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireOrganizer(request);
  const result = validateForm(await request.formData(), schema);
  if (!result.ok) return invalid(result);
  if (!(await checkOrganizerCode(user.id, result.data.code))) return invalid(formError("organizer.security.invalid"));
  await markSecondFactor(user.sessionId);
  throw redirect("/organizer", { headers: { "Set-Cookie": await setFlash({ key: "organizer.security.enabled" }) } });
}

export default function OrganizerSecurity() {
  const { t } = useTranslation();
  const { enrolled, secret, qr } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  if (enrolled) {
    return (
      <FormPage title={t("organizer.security.title")}>
        <p role="status">{t("organizer.security.alreadyEnabled")}</p>
      </FormPage>
    );
  }
  return (
    <FormPage title={t("organizer.security.title")} lead={t("organizer.security.lead")}>
      <p className="font-medium">{t("organizer.security.step1")}</p>
      {qr ? (
        <img
          src={qr}
          alt={t("organizer.security.qrAlt")}
          width={200}
          height={200}
          className="mt-3 border border-slate-200"
        />
      ) : null}
      <p className="mt-3">
        {t("organizer.security.secretLabel")}{" "}
        <code className="break-all rounded bg-slate-100 px-2 py-1 font-mono">{secret}</code>
      </p>
      <p className="mt-6 font-medium">{t("organizer.security.step2")}</p>
      <Form method="post" className="mt-3 space-y-4" noValidate>
        <FormErrors errors={result?.errors} fields={["code"]} />
        <OneTimeCodeField errors={result?.errors.code} />
        <SubmitButton>{t("organizer.security.submit")}</SubmitButton>
      </Form>
    </FormPage>
  );
}
