import { Link, isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";

/** The reason a company's member may not search candidates yet (403 from the candidate pages). */
function NotVerified() {
  const { t } = useTranslation();
  return (
    <section className="mx-auto max-w-2xl px-4 py-16" aria-labelledby="not-verified-title">
      <h1 id="not-verified-title" className="text-3xl font-bold">
        {t("candidates.notVerified.title")}
      </h1>
      <p className="mt-4 text-slate-700">{t("candidates.notVerified.body")}</p>
      <Link
        to="/company"
        className="mt-8 inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
      >
        {t("candidates.notVerified.back")}
      </Link>
    </section>
  );
}

/** The candidate pages' error boundary: the "not verified yet" reason, or the shared error page. */
export function CandidatesErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error)) {
    const reason = (error.data as { reason?: string } | null)?.reason;
    if (error.status === 403 && reason === "company-not-verified") return <NotVerified />;
    return <ErrorPage status={error.status} />;
  }
  return <ErrorPage status={500} />;
}
