import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LanguageSwitcher } from "./language-switcher";

const linkClass = "min-h-11 content-center px-2 font-medium text-brand-800 hover:underline";

export function SiteHeader({ user }: { user: { email: string; home: string } | null }) {
  const { t } = useTranslation();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link to="/" className="flex flex-col leading-tight text-brand-900 no-underline">
          <span className="text-xl font-bold">{t("common.appName")}</span>
          <span className="text-sm text-slate-700">{t("common.appTagline")}</span>
        </Link>
        <nav aria-label={t("common.mainNav")} className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <Link to="/" className={linkClass}>
            {t("common.home")}
          </Link>
          <Link to="/jobs" className={linkClass}>
            {t("common.jobs")}
          </Link>
          {user ? (
            <>
              <Link to={user.home} className={linkClass}>
                {t("account.nav.dashboard")}
              </Link>
              <Link to="/account" className={linkClass} title={user.email}>
                {t("account.nav.account")}
              </Link>
              <Form method="post" action="/logout">
                <button type="submit" className={linkClass}>
                  {t("account.nav.logout")}
                </button>
              </Form>
            </>
          ) : (
            <>
              <Link to="/login" className={linkClass}>
                {t("account.nav.login")}
              </Link>
              <Link to="/signup" className={linkClass}>
                {t("account.nav.signup")}
              </Link>
            </>
          )}
          <LanguageSwitcher />
        </nav>
      </div>
    </header>
  );
}
