import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LanguageSwitcher } from "./language-switcher";

export function SiteHeader() {
  const { t } = useTranslation();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link to="/" className="flex flex-col leading-tight text-brand-900 no-underline">
          <span className="text-xl font-bold">{t("common.appName")}</span>
          <span className="text-sm text-slate-700">{t("common.appTagline")}</span>
        </Link>
        <nav aria-label={t("common.mainNav")} className="flex items-center gap-4">
          <Link to="/" className="min-h-11 content-center px-2 font-medium text-brand-800 hover:underline">
            {t("common.home")}
          </Link>
          <Link to="/jobs" className="min-h-11 content-center px-2 font-medium text-brand-800 hover:underline">
            {t("common.jobs")}
          </Link>
          <LanguageSwitcher />
        </nav>
      </div>
    </header>
  );
}
