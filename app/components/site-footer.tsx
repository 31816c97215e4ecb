import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** The national filing system every ICP number links to. */
const ICP_REGISTRY_URL = "https://beian.miit.gov.cn/";

export function SiteFooter({ icpFilingNumber }: { icpFilingNumber?: string }) {
  const { t } = useTranslation();
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8 md:flex-row md:items-start md:justify-between">
        <p className="max-w-xl">{t("common.footer.about")}</p>
        <div className="flex flex-col gap-2 md:items-end">
          <nav aria-label={t("common.footer.legalNav")}>
            <ul className="flex gap-4">
              <li>
                <Link to="/privacy" className="text-brand-800 underline">
                  {t("common.footer.privacy")}
                </Link>
              </li>
              <li>
                <Link to="/terms" className="text-brand-800 underline">
                  {t("common.footer.terms")}
                </Link>
              </li>
            </ul>
          </nav>
          {icpFilingNumber ? (
            <a
              href={ICP_REGISTRY_URL}
              target="_blank"
              rel="noopener noreferrer"
              title={t("common.footer.icpLink")}
              className="text-slate-700 underline"
            >
              {icpFilingNumber}
            </a>
          ) : null}
          <p>{t("common.footer.copyright", { year: new Date().getFullYear() })}</p>
        </div>
      </div>
    </footer>
  );
}
