import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FileField, SubmitButton } from "~/components/forms";
import { FormCard } from "../fields";
import { useProfileLabels } from "../labels";
import { StepForm } from "./step-form";
import type { StepFormProps } from "./types";

export function ResumeStep({ profile, errors }: StepFormProps) {
  const { t } = useTranslation();
  const label = useProfileLabels();
  const { resume } = profile;
  return (
    <div className="space-y-6">
      <FormCard title={t("profile.resume.current")}>
        {resume ? (
          <div className="space-y-3">
            <p className="font-medium">
              {t("profile.resume.file", { name: resume.fileName, size: label.size(resume.size) })}
            </p>
            <p className="text-sm text-slate-700">
              {t("profile.resume.uploadedAt", { date: label.day(resume.createdAt) })}
            </p>
            <a href="/student/resume" className="inline-flex min-h-11 items-center text-brand-800 underline" download>
              {t("profile.resume.download")}
            </a>
            {/* Deleting asks once more before it happens. */}
            <details>
              <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-red-800">
                {t("profile.resume.remove")}
              </summary>
              <Form method="post" className="mt-2 space-y-2">
                <input type="hidden" name="intent" value="resume.remove" />
                <p>{t("profile.resume.removeConfirm")}</p>
                <button
                  type="submit"
                  className="min-h-11 rounded-md bg-red-800 px-5 font-semibold text-white hover:bg-red-900"
                >
                  {t("profile.resume.removeYes")}
                </button>
              </Form>
            </details>
          </div>
        ) : (
          <p className="text-slate-700">{t("profile.resume.none")}</p>
        )}
      </FormCard>
      <FormCard title={resume ? t("profile.resume.replace") : t("profile.resume.upload")}>
        <StepForm
          key={String(profile.updatedAt)}
          intent="resume.upload"
          fields={["resume"]}
          errors={errors}
          encType="multipart/form-data"
          submit={<SubmitButton>{t("profile.resume.upload")}</SubmitButton>}
        >
          <FileField
            name="resume"
            accept="application/pdf,.pdf"
            label={t("profile.fields.resume")}
            hint={t("profile.hints.resume")}
            errors={errors?.resume}
            required
          />
        </StepForm>
      </FormCard>
    </div>
  );
}
