import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { CurrentPasswordField } from "~/components/account-fields";
import { CheckboxField, FormErrors, SubmitButton } from "~/components/forms";
import { useProfileLabels } from "~/components/profile/labels";
import { acceptPrivacyNotice, consentOverview, giveConsent, withdrawConsent } from "~/models/consent.server";
import { privacySchema } from "~/models/profile-forms";
import { endSession } from "~/models/session.server";
import { deleteStudentAccount } from "~/models/student-data.server";
import { requireStudent } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import { formError, invalid, validateForm } from "~/utils/forms.server";
import { metaTranslator, pageMeta } from "~/utils/meta";
import { hitRateLimit } from "~/utils/rate-limit.server";

export const meta: MetaFunction = (args) => pageMeta(args, metaTranslator(args.matches)("profile.privacy.metaTitle"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStudent(request);
  return consentOverview(user.id);
}

async function backHere(flash: string): Promise<never> {
  throw redirect("/student/privacy", { headers: { "Set-Cookie": await setFlash({ key: flash }) } });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStudent(request);
  const result = validateForm(await request.formData(), privacySchema);
  if (!result.ok) return invalid(result);
  const input = result.data;
  switch (input.intent) {
    case "consent.give":
      await giveConsent(user.id, input.purpose);
      return backHere("profile.flash.consentGiven");
    case "consent.withdraw":
      await withdrawConsent(user.id, input.purpose);
      return backHere("profile.flash.consentWithdrawn");
    case "privacy.accept":
      await acceptPrivacyNotice(user.id);
      return backHere("profile.flash.privacyAccepted");
    case "account.delete": {
      const limit = await hitRateLimit({ key: `delete-account:${user.id}`, limit: 5, windowSeconds: 900 });
      if (!limit.allowed) {
        return data(
          { ok: false as const, ...formError("account.rateLimited", { minutes: Math.ceil(limit.resetSeconds / 60) }) },
          { status: 429 },
        );
      }
      if ((await deleteStudentAccount(user.id, input.password)) === "wrong-password") {
        return invalid({ errors: { password: [{ code: "profile.errors.wrongPassword" }] }, values: {} });
      }
      // The session row went with the account; clear the cookie too, and say goodbye on the home page.
      const headers = new Headers();
      headers.append("Set-Cookie", await endSession(request));
      headers.append("Set-Cookie", await setFlash({ key: "profile.flash.accountDeleted" }));
      throw redirect("/", { headers });
    }
  }
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      <div className="mt-3 space-y-3">{children}</div>
    </section>
  );
}

const buttonClass = "min-h-11 rounded-md border border-brand-700 px-5 font-semibold text-brand-800 hover:bg-brand-50";

export default function PrivacyPage() {
  const { t } = useTranslation();
  const label = useProfileLabels();
  const { privacy, statuses, history } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = result && !result.ok ? result.errors : undefined;
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("profile.privacy.title")}</h1>
      <p className="mt-2 text-slate-700">{t("profile.privacy.lead")}</p>

      <Section title={t("profile.privacy.notice.title")}>
        <p>{t("profile.privacy.notice.current", { version: privacy.currentVersion })}</p>
        <p>
          {t("profile.privacy.notice.accepted", {
            version: privacy.acceptedVersion,
            date: label.day(privacy.acceptedAt),
          })}
        </p>
        <p>
          <Link to="/privacy" className="inline-flex min-h-11 items-center text-brand-800 underline">
            {t("profile.privacy.notice.read")}
          </Link>
        </p>
        {privacy.current ? null : (
          <Form method="post" className="rounded-md border border-amber-300 bg-amber-50 p-4">
            <p className="text-amber-950">{t("profile.privacy.notice.outdated")}</p>
            <div className="mt-3">
              <SubmitButton name="intent" value="privacy.accept">
                {t("profile.privacy.notice.accept")}
              </SubmitButton>
            </div>
          </Form>
        )}
      </Section>

      <Section title={t("profile.privacy.consents.title")}>
        <p className="text-slate-700">{t("profile.privacy.consents.lead")}</p>
        {statuses.map((status) => {
          const headingId = `consent-${status.purpose}`;
          return (
            <section
              key={status.purpose}
              aria-labelledby={headingId}
              className="rounded-lg border border-slate-200 p-4"
            >
              <h3 id={headingId} className="text-lg font-semibold">
                {t(`profile.privacy.consents.${status.purpose}.title`)}
              </h3>
              <p className="mt-1">{t(`profile.privacy.consents.${status.purpose}.body`)}</p>
              <p className="mt-2 text-sm text-slate-700">
                {t("profile.privacy.consents.version", { version: status.currentVersion })}
              </p>
              <p className="mt-2 font-medium" data-testid={`consent-status-${status.purpose}`}>
                {status.active
                  ? t("profile.privacy.consents.given", {
                      version: status.active.version,
                      date: label.day(status.active.givenAt),
                    })
                  : t("profile.privacy.consents.none")}
              </p>
              {status.active && !status.granted ? (
                <p className="mt-1 text-amber-900">
                  {t("profile.privacy.consents.outdated", { version: status.active.version })}
                </p>
              ) : null}
              <Form method="post" className="mt-3 flex flex-wrap gap-3">
                <input type="hidden" name="purpose" value={status.purpose} />
                {status.granted ? null : (
                  <button type="submit" name="intent" value="consent.give" className={buttonClass}>
                    <span aria-hidden="true">{t("profile.privacy.consents.give")}</span>
                    <span className="sr-only">
                      {t("profile.privacy.consents.giveNamed", {
                        purpose: t(`profile.privacy.consents.${status.purpose}.title`),
                      })}
                    </span>
                  </button>
                )}
                {status.active ? (
                  <button type="submit" name="intent" value="consent.withdraw" className={buttonClass}>
                    <span aria-hidden="true">{t("profile.privacy.consents.withdraw")}</span>
                    <span className="sr-only">
                      {t("profile.privacy.consents.withdrawNamed", {
                        purpose: t(`profile.privacy.consents.${status.purpose}.title`),
                      })}
                    </span>
                  </button>
                ) : null}
              </Form>
            </section>
          );
        })}
      </Section>

      <Section title={t("profile.privacy.history.title")}>
        {history.length === 0 ? (
          <p className="text-slate-700">{t("profile.privacy.history.empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-3">
                    {t("profile.privacy.history.purpose")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("profile.privacy.history.version")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("profile.privacy.history.given")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("profile.privacy.history.withdrawn")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {history.map((consent) => (
                  <tr key={consent.id} className="border-b border-slate-200">
                    <td className="py-2 pr-3">{label.purpose(consent.purpose)}</td>
                    <td className="py-2 pr-3">{consent.version}</td>
                    <td className="py-2 pr-3">{label.day(consent.givenAt)}</td>
                    <td className="py-2">
                      {consent.withdrawnAt ? label.day(consent.withdrawnAt) : t("profile.privacy.history.active")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      <Section title={t("profile.privacy.export.title")}>
        <p>{t("profile.privacy.export.body")}</p>
        <p>
          <a
            href="/student/privacy/export"
            download
            className="inline-flex min-h-11 items-center rounded-md border border-brand-700 px-5 font-semibold text-brand-800 hover:bg-brand-50"
          >
            {t("profile.privacy.export.download")}
          </a>
        </p>
      </Section>

      <Section title={t("profile.privacy.delete.title")}>
        <p>{t("profile.privacy.delete.body")}</p>
        <Form method="post" className="relative max-w-md space-y-4 rounded-lg border border-red-300 p-4" noValidate>
          <FormErrors errors={errors} fields={["password", "confirm"]} />
          <input type="hidden" name="intent" value="account.delete" />
          <CurrentPasswordField label={t("profile.privacy.delete.password")} errors={errors?.password} />
          <CheckboxField name="confirm" label={t("profile.privacy.delete.confirm")} errors={errors?.confirm} />
          <button
            type="submit"
            className="min-h-11 rounded-md bg-red-800 px-5 font-semibold text-white hover:bg-red-900"
          >
            {t("profile.privacy.delete.submit")}
          </button>
        </Form>
      </Section>
    </div>
  );
}
