import { Link } from "@remix-run/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { MIN_SKILLS, type Completeness } from "~/models/profile-completeness";

/** The builder's progress indicator: a bar with the percentage and, below, what is missing (linked to its step). */
export function CompletenessMeter({ completeness, details = true }: { completeness: Completeness; details?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const { percent, missing, extras } = completeness;
  const openExtras = extras.filter((extra) => !extra.done);
  return (
    <div className="rounded-lg border border-slate-200 bg-slate-50 p-4">
      <div className="flex items-baseline justify-between gap-3">
        <span id={`${id}-label`} className="font-semibold">
          {t("profile.completeness.label")}
        </span>
        <span className="text-lg font-bold text-brand-800">{t("profile.completeness.value", { percent })}</span>
      </div>
      <progress
        aria-labelledby={`${id}-label`}
        value={percent}
        max={100}
        className="mt-2 h-3 w-full overflow-hidden rounded-full accent-brand-700"
      />
      {details ? (
        missing.length === 0 ? (
          <p className="mt-2 text-slate-800">{t("profile.completeness.complete")}</p>
        ) : (
          <div className="mt-2">
            <p className="font-medium">{t("profile.completeness.missingTitle")}</p>
            <ul className="list-disc pl-5">
              {missing.map((item) => (
                <li key={item.key}>
                  <Link to={`/student/profile/${item.step}`} className="text-brand-800 underline">
                    {t(`profile.completeness.items.${item.key}`, { count: MIN_SKILLS })}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )
      ) : null}
      {details && openExtras.length > 0 ? (
        <div className="mt-2">
          <p className="font-medium">{t("profile.completeness.extrasTitle")}</p>
          <ul className="list-disc pl-5">
            {openExtras.map((extra) => (
              <li key={extra.key}>
                <Link to={`/student/profile/${extra.step}`} className="text-brand-800 underline">
                  {t(`profile.completeness.extras.${extra.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
