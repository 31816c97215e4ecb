import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import type { ComponentType } from "react";
import { useTranslation } from "react-i18next";
import { CompletenessMeter } from "~/components/profile/completeness";
import { ProfileStepNav } from "~/components/profile/step-nav";
import {
  AboutForm,
  EducationForm,
  MarketplacesForm,
  PersonalForm,
  PreferencesForm,
} from "~/components/profile/steps/basics";
import {
  AbilitiesStep,
  AwardsStep,
  ExperienceStep,
  LanguagesStep,
  PortfolioStep,
  SkillsStep,
} from "~/components/profile/steps/lists";
import { ResumeStep } from "~/components/profile/steps/resume";
import type { StepCatalogue, StepFormProps } from "~/components/profile/steps/types";
import { checkUpload } from "~/models/files.server";
import { STEP_ARRAYS, STEP_SCHEMAS } from "~/models/profile-forms";
import {
  PROFILE_STEPS,
  RESUME_MAX_BYTES,
  UPLOAD_REQUEST_MAX_BYTES,
  isProfileStep,
  nextStep,
  previousStep,
  type ProfileStep,
} from "~/models/profile-steps";
import {
  applyProfileChange,
  completenessOf,
  getProfileCatalogue,
  getStudentProfile,
  replaceResume,
  type ChangeOutcome,
} from "~/models/profile.server";
import { requireStudent } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import { formValues, invalid, validateForm, type FormFailure } from "~/utils/forms.server";
import { metaTranslator, pageMeta } from "~/utils/meta";
import { readUploadForm } from "../upload.server";

/** Steps that are one form: saving them goes on to the next step. The others are lists and stay. */
const SINGLE_FORM: ReadonlySet<ProfileStep> = new Set([
  "personal",
  "about",
  "education",
  "marketplaces",
  "preferences",
]);

const UPLOAD_ERRORS = {
  missing: "profile.errors.resumeMissing",
  too_large: "profile.errors.resumeTooLarge",
  wrong_type: "profile.errors.resumeWrongType",
} as const;

function notFound(): Response {
  return new Response(null, { status: 404, statusText: "Not Found" });
}

function stepOf(params: LoaderFunctionArgs["params"]): ProfileStep {
  if (!isProfileStep(params.step)) throw notFound();
  return params.step;
}

export const meta: MetaFunction = (args) => {
  const t = metaTranslator(args.matches);
  const step = args.params.step;
  return pageMeta(
    args,
    isProfileStep(step)
      ? t("profile.builder.stepMetaTitle", { step: t(`profile.steps.${step}.title`) })
      : t("profile.builder.metaTitle"),
  );
};

/** Only the catalogue lists the step's pickers use. */
async function catalogueFor(step: ProfileStep): Promise<StepCatalogue> {
  const catalogue = await getProfileCatalogue();
  switch (step) {
    case "education":
      return { colleges: catalogue.colleges };
    case "skills":
      return { skillGroups: catalogue.skillGroups };
    case "abilities":
      return { families: catalogue.families };
    case "languages":
      return { languages: catalogue.languages };
    case "marketplaces":
      return { marketplaces: catalogue.marketplaces };
    case "preferences":
      return { families: catalogue.families.map((family) => ({ ...family, roles: [] })) };
    default:
      return {};
  }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStudent(request);
  const step = stepOf(params);
  const profile = await getStudentProfile(user.student.id);
  if (!profile) throw notFound();
  return {
    step,
    number: PROFILE_STEPS.indexOf(step) + 1,
    total: PROFILE_STEPS.length,
    profile,
    completeness: completenessOf(profile),
    catalogue: await catalogueFor(step),
  };
}

async function answer(outcome: ChangeOutcome, form: FormData, step: ProfileStep, removed: boolean, flash?: string) {
  if (!outcome.ok) {
    if (outcome.status === 404) throw notFound();
    return invalid({ errors: outcome.errors, values: formValues(form) });
  }
  const goTo = SINGLE_FORM.has(step) ? (nextStep(step) ?? step) : step;
  throw redirect(`/student/profile/${goTo}`, {
    headers: {
      "Set-Cookie": await setFlash({ key: flash ?? (removed ? "profile.flash.removed" : "profile.flash.saved") }),
    },
  });
}

/** The résumé step: a multipart upload, size-capped while it streams, its type sniffed from the bytes. */
async function resumeAction(request: Request, profileId: string) {
  const read = await readUploadForm(request, {
    maxRequestBytes: UPLOAD_REQUEST_MAX_BYTES,
    maxFileBytes: RESUME_MAX_BYTES,
  });
  if (!read.ok) {
    if (read.problem === "malformed") throw new Response(null, { status: 400 });
    const failure: FormFailure = { errors: { resume: [{ code: "profile.errors.requestTooLarge" }] }, values: {} };
    return data({ ok: false as const, ...failure }, { status: 413 });
  }
  const { form } = read;
  const result = validateForm(form, STEP_SCHEMAS.resume);
  if (!result.ok) return invalid(result);
  if (result.data.intent === "resume.remove") {
    return answer(await applyProfileChange(profileId, result.data), form, "resume", true);
  }
  const upload = await checkUpload(form.get("resume"), { allowed: ["application/pdf"], maxBytes: RESUME_MAX_BYTES });
  if (!upload.ok) return invalid({ errors: { resume: [{ code: UPLOAD_ERRORS[upload.problem] }] }, values: {} });
  return answer(await replaceResume(profileId, upload), form, "resume", false, "profile.flash.resumeUploaded");
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireStudent(request);
  const step = stepOf(params);
  const profileId = user.student.id;
  if (step === "resume") return resumeAction(request, profileId);
  const form = await request.formData();
  const result = validateForm(form, STEP_SCHEMAS[step], { arrays: STEP_ARRAYS[step] });
  if (!result.ok) return invalid(result);
  const outcome = await applyProfileChange(profileId, result.data);
  return answer(outcome, form, step, result.data.intent.endsWith(".remove"));
}

const FORMS: Record<ProfileStep, ComponentType<StepFormProps>> = {
  personal: PersonalForm,
  about: AboutForm,
  education: EducationForm,
  skills: SkillsStep,
  abilities: AbilitiesStep,
  languages: LanguagesStep,
  marketplaces: MarketplacesForm,
  awards: AwardsStep,
  experience: ExperienceStep,
  portfolio: PortfolioStep,
  preferences: PreferencesForm,
  resume: ResumeStep,
};

export default function ProfileStepPage() {
  const { t } = useTranslation();
  const { step, number, total, profile, completeness, catalogue } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const StepForm = FORMS[step];
  const previous = previousStep(step);
  const next = nextStep(step);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <p className="text-sm text-slate-700">
        <Link to="/student/profile" className="text-brand-800 underline">
          {t("profile.builder.overview")}
        </Link>
      </p>
      <div className="mt-4 grid gap-8 lg:grid-cols-[16rem_1fr]">
        <aside className="order-last space-y-4 lg:order-first">
          <CompletenessMeter completeness={completeness} details={false} />
          <ProfileStepNav current={step} completeness={completeness} />
        </aside>
        <div>
          <p className="font-medium text-slate-700">{t("profile.builder.stepOf", { number, total })}</p>
          <h1 className="text-3xl font-bold">{t(`profile.steps.${step}.title`)}</h1>
          <p className="mt-2 text-slate-700">{t(`profile.steps.${step}.lead`)}</p>
          <div className="mt-6">
            <StepForm
              profile={profile}
              catalogue={catalogue}
              errors={result && !result.ok ? result.errors : undefined}
              values={result && !result.ok ? result.values : {}}
              hasNext={next !== null}
            />
          </div>
          <nav aria-label={t("profile.builder.pager")} className="mt-8 flex flex-wrap justify-between gap-3">
            {previous ? (
              <Link
                to={`/student/profile/${previous}`}
                className="inline-flex min-h-11 items-center text-brand-800 underline"
              >
                {t("profile.builder.previous", { step: t(`profile.steps.${previous}.title`) })}
              </Link>
            ) : (
              <span />
            )}
            {next ? (
              <Link
                to={`/student/profile/${next}`}
                className="inline-flex min-h-11 items-center text-brand-800 underline"
              >
                {t("profile.builder.next", { step: t(`profile.steps.${next}.title`) })}
              </Link>
            ) : (
              <Link
                to="/student/profile/preview"
                className="inline-flex min-h-11 items-center text-brand-800 underline"
              >
                {t("profile.builder.preview")}
              </Link>
            )}
          </nav>
        </div>
      </div>
    </div>
  );
}
