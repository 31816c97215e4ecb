import { useTranslation } from "react-i18next";

type CompanyStatus = "PENDING" | "VERIFIED" | "REJECTED" | "SUSPENDED";

/** Why this company cannot publish yet (or any more). */
export function PendingNotice({ status }: { status: CompanyStatus }) {
  const { t } = useTranslation();
  if (status === "VERIFIED") return null;
  return (
    <div role="note" className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <p className="font-semibold">{t(`posting.notices.company.${status}`)}</p>
      <p className="mt-1">{t("posting.notices.pendingCannotPublish")}</p>
    </div>
  );
}
