import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

const KEYS = {
  400: "badRequest",
  403: "forbidden",
  404: "notFound",
} as const;

/** The shared error page: 400, 403 and 404 have their own text, everything else is a server error. */
export function ErrorPage({ status }: { status: number }) {
  const { t } = useTranslation();
  const key = KEYS[status as keyof typeof KEYS] ?? "server";
  return (
    <section className="mx-auto max-w-2xl px-4 py-16 text-center" aria-labelledby="error-title">
      <p className="text-sm font-semibold text-accent-700">{t("errors.status", { status })}</p>
      <h1 id="error-title" className="mt-2 text-3xl font-bold text-slate-900">
        {t(`errors.${key}.title`)}
      </h1>
      <p className="mt-4 text-slate-700">{t(`errors.${key}.body`)}</p>
      <Link
        to="/"
        className="mt-8 inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
      >
        {t("errors.backHome")}
      </Link>
    </section>
  );
}
