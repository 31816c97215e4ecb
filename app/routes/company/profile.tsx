import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { CompanyFields } from "~/components/company/company-fields";
import { CompanyLogo } from "~/components/company/company-logo";
import { CompanyNav } from "~/components/company/company-nav";
import { COMPANY_FIELD_NAMES, LOGO_MAX_BYTES, LOGO_TYPES, placeValue } from "~/components/company/company-options";
import { companyFieldsSchema, companyFieldsWithoutCodeSchema } from "~/components/company/profile-schema";
import { StatusBanner } from "~/components/company/status-banner";
import { FileField, FormErrors, SubmitButton, type FieldErrors } from "~/components/forms";
import { useFormat } from "~/i18n/format";
import { pickLocalized } from "~/i18n/pick";
import {
  getCompanyProfile,
  isCreditCodeEditable,
  removeCompanyLogo,
  replaceCompanyLogo,
  updateCompanyProfile,
} from "~/models/company.server";
import { checkUpload } from "~/models/files.server";
import { requireCompanyMember } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import { formValues, validateForm, type FormFailure } from "~/utils/forms.server";
import { metaTranslator, pageMeta } from "~/utils/meta";
import { readForm } from "./form-data.server";

const intentSchema = z.object({ intent: z.enum(["save", "logo", "remove-logo"]) });
type Intent = z.output<typeof intentSchema>["intent"];

export const meta: MetaFunction = (args) => pageMeta(args, metaTranslator(args.matches)("company.profile.metaTitle"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCompanyMember(request, "OWNER");
  const company = await getCompanyProfile(user.membership.companyId);
  return {
    company: {
      id: company.id,
      nameZh: company.nameZh,
      nameEn: company.nameEn,
      creditCode: company.creditCode,
      status: company.verificationStatus,
      reviewNote: company.reviewNote,
      logoId: company.logoId,
    },
    codeEditable: isCreditCodeEditable(company.verificationStatus),
    values: {
      nameZh: company.nameZh,
      nameEn: company.nameEn,
      uscc: company.creditCode,
      industry: company.industry,
      size: company.size,
      place: placeValue(company.city, company.district),
      website: company.website ?? "",
      descriptionZh: company.descriptionZh,
      descriptionEn: company.descriptionEn,
    },
  };
}

/** A refused form, with the intent it belongs to (the page has three forms). */
function refused(intent: Intent, failure: FormFailure, status = 400) {
  return data({ ok: false as const, intent, ...failure }, { status });
}

async function done(key: string, to = "/company/profile") {
  return redirect(to, { headers: { "Set-Cookie": await setFlash({ key }) } });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireCompanyMember(request, "OWNER");
  const companyId = user.membership.companyId;
  const form = await readForm(request, { maxFileBytes: LOGO_MAX_BYTES });
  const which = validateForm(form, intentSchema);
  if (!which.ok) return refused("save", which);

  switch (which.data.intent) {
    case "save": {
      const editable = isCreditCodeEditable(user.membership.company.verificationStatus);
      const result = validateForm(form, editable ? companyFieldsSchema : companyFieldsWithoutCodeSchema);
      if (!result.ok) return refused("save", result);
      const { place, ...fields } = result.data;
      const { uscc, ...rest } = fields as typeof fields & { uscc?: string };
      const outcome = await updateCompanyProfile(companyId, { ...rest, ...place, creditCode: uscc });
      if (!outcome.ok) {
        const values = formValues(form);
        if (outcome.problem === "status-changed")
          return refused("save", { errors: { form: [{ code: "company.errors.statusChanged" }] }, values }, 409);
        const code = outcome.problem === "credit-code-taken" ? "creditCodeTaken" : "creditCodeLocked";
        return refused("save", { errors: { uscc: [{ code: `company.errors.${code}` }] }, values });
      }
      return done(outcome.resubmitted ? "company.flash.resubmitted" : "company.flash.profileSaved", "/company");
    }
    case "logo": {
      const upload = await checkUpload(form.get("logo"), { allowed: [...LOGO_TYPES], maxBytes: LOGO_MAX_BYTES });
      if (!upload.ok)
        return refused("logo", { errors: { logo: [{ code: `company.errors.logo.${upload.problem}` }] }, values: {} });
      await replaceCompanyLogo(companyId, upload);
      return done("company.flash.logoReplaced");
    }
    case "remove-logo":
      await removeCompanyLogo(companyId);
      return done("company.flash.logoRemoved");
  }
}

export default function CompanyProfile() {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const { company, codeEditable, values: stored } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failed = result && !result.ok ? result : undefined;
  const profileErrors: FieldErrors | undefined = failed?.intent === "save" ? failed.errors : undefined;
  const logoErrors: FieldErrors | undefined = failed?.intent === "logo" ? failed.errors : undefined;
  const values = failed?.intent === "save" ? failed.values : stored;
  const name = pickLocalized(company, "name", locale);
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("company.profile.title")}</h1>
      <CompanyNav isOwner />
      {company.status !== "VERIFIED" ? (
        <StatusBanner status={company.status} reviewNote={company.reviewNote} isOwner />
      ) : null}

      <section aria-labelledby="logo-title" className="mt-6 rounded-lg border border-slate-200 p-4">
        <h2 id="logo-title" className="text-xl font-semibold">
          {t("company.profile.logoTitle")}
        </h2>
        <div className="mt-3 flex flex-wrap items-start gap-4">
          {company.logoId ? (
            <CompanyLogo
              companyId={company.id}
              logoId={company.logoId}
              alt={t("company.dashboard.logoAlt", { company: name })}
            />
          ) : (
            <p className="text-slate-700">{t("company.profile.noLogo")}</p>
          )}
          <Form method="post" encType="multipart/form-data" className="min-w-0 flex-1 space-y-3" noValidate>
            <FormErrors errors={logoErrors} fields={["logo"]} />
            <FileField
              name="logo"
              required
              label={t("company.profile.logoNew")}
              hint={t("company.hints.logo")}
              errors={logoErrors?.logo}
              accept={LOGO_TYPES.join(",")}
            />
            <SubmitButton name="intent" value="logo">
              {t("company.profile.uploadLogo")}
            </SubmitButton>
          </Form>
        </div>
        {company.logoId ? (
          <details className="mt-4">
            <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-red-800 underline">
              {t("company.profile.removeLogo")}
            </summary>
            <Form method="post" className="mt-2 space-y-2">
              <p>{t("company.profile.removeLogoLead")}</p>
              <button
                type="submit"
                name="intent"
                value="remove-logo"
                className="min-h-11 rounded-md bg-red-700 px-5 font-semibold text-white hover:bg-red-800"
              >
                {t("company.profile.removeLogoConfirm")}
              </button>
            </Form>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="data-title" className="mt-6">
        <h2 id="data-title" className="text-xl font-semibold">
          {t("company.dashboard.profileTitle")}
        </h2>
        <p className="mt-1 text-slate-700">
          {company.status === "REJECTED" ? t("company.profile.resubmitNote") : t("company.profile.lead")}
        </p>
        <Form method="post" className="mt-4 space-y-4" noValidate>
          <FormErrors errors={profileErrors} fields={[...COMPANY_FIELD_NAMES]} />
          <CompanyFields
            values={values}
            errors={profileErrors}
            lockedCreditCode={codeEditable ? undefined : company.creditCode}
          />
          <SubmitButton name="intent" value="save">
            {t("company.profile.save")}
          </SubmitButton>
        </Form>
      </section>
    </div>
  );
}
