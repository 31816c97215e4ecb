import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** Criteria the server refused, each named in the page's language, and a way to start over. */
export function CriteriaProblems({
  problems,
  resetTo,
  headingId,
}: {
  problems: { param: string; code: string }[];
  resetTo: string;
  headingId?: string;
}) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4">
      <h2 id={headingId} className="font-semibold text-red-900">
        {t("candidates.invalid.title")}
      </h2>
      <ul className="mt-2 list-disc pl-5 text-red-900">
        {problems.map((problem, i) => {
          const param = t(`candidates.params.${problem.param}`, { defaultValue: problem.param });
          return (
            <li key={i}>
              {t(`candidates.problems.${problem.code}`, {
                param,
                defaultValue: t("candidates.problems.invalid", { param }),
              })}
            </li>
          );
        })}
      </ul>
      <Link to={resetTo} className="mt-3 inline-block font-medium text-brand-800 underline">
        {t("candidates.invalid.reset")}
      </Link>
    </div>
  );
}
