import { useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LOCALES } from "~/i18n/config";
import { localizedPath } from "~/i18n/urls";

/**
 * A plain form POST (no state change on GET), so it works before JavaScript loads; the server sets
 * the cookie and sends the visitor back to the same page, which reloads in the new language.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  return (
    <form method="post" action="/resources/locale" aria-label={t("common.language.label")} className="flex gap-1">
      {/* Back to the same page, without a language fixed in its URL (the cookie decides now). */}
      <input type="hidden" name="redirectTo" value={localizedPath(location.pathname, location.search, null)} />
      {LOCALES.map((locale) => {
        const name = t(`common.language.names.${locale}`);
        const current = i18n.language === locale;
        return (
          <button
            key={locale}
            type="submit"
            name="locale"
            value={locale}
            lang={locale}
            aria-pressed={current}
            title={
              current
                ? t("common.language.current", { language: name })
                : t("common.language.switchTo", { language: name })
            }
            className={
              current
                ? "min-h-11 min-w-11 rounded-md bg-brand-700 px-3 text-sm font-semibold text-white"
                : "min-h-11 min-w-11 rounded-md px-3 text-sm font-semibold text-brand-800 hover:bg-brand-100"
            }
          >
            {name}
          </button>
        );
      })}
    </form>
  );
}
