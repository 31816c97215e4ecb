import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { stepDone, type Completeness } from "~/models/profile-completeness";
import { PROFILE_STEPS, type ProfileStep } from "~/models/profile-steps";

/** Text of a step's status: done, to do, or optional. */
export function useStepStatus(completeness: Completeness) {
  const { t } = useTranslation();
  return (step: ProfileStep) => {
    const done = stepDone(completeness, step);
    return {
      done,
      text:
        done === null ? t("profile.builder.optional") : done ? t("profile.builder.done") : t("profile.builder.todo"),
    };
  };
}

function StatusMark({ done }: { done: boolean | null }) {
  const style =
    done === null
      ? "border-slate-400 bg-white"
      : done
        ? "border-emerald-700 bg-emerald-700"
        : "border-amber-600 bg-amber-100";
  return <span aria-hidden="true" className={`inline-block size-3 shrink-0 rounded-full border-2 ${style}`} />;
}

/** Every step of the builder, the current one marked, each with its status. */
export function ProfileStepNav({ current, completeness }: { current?: ProfileStep; completeness: Completeness }) {
  const { t } = useTranslation();
  const status = useStepStatus(completeness);
  return (
    <nav aria-label={t("profile.builder.stepsNav")}>
      <ol className="space-y-1">
        {PROFILE_STEPS.map((step, index) => {
          const { done, text } = status(step);
          const here = step === current;
          return (
            <li key={step}>
              <Link
                to={`/student/profile/${step}`}
                aria-current={here ? "step" : undefined}
                className={`flex min-h-11 items-center gap-2 rounded-md px-2 ${
                  here ? "bg-brand-50 font-semibold text-brand-900" : "text-brand-800 hover:underline"
                }`}
              >
                <StatusMark done={done} />
                <span>
                  {t("profile.builder.stepItem", { number: index + 1, title: t(`profile.steps.${step}.title`) })}
                </span>
                <span className="sr-only">{text}</span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
