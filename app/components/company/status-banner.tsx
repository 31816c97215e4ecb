import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { VerificationStatus } from "~/generated/prisma/enums";

const STYLES: Record<VerificationStatus, string> = {
  PENDING: "border-amber-300 bg-amber-50 text-amber-950",
  VERIFIED: "border-emerald-300 bg-emerald-50 text-emerald-950",
  REJECTED: "border-red-300 bg-red-50 text-red-950",
  SUSPENDED: "border-red-300 bg-red-50 text-red-950",
};

/** Where the company stands with the organizers, and what that allows; the reason when refused. */
export function StatusBanner({
  status,
  reviewNote,
  isOwner,
}: {
  status: VerificationStatus;
  reviewNote: string | null;
  isOwner: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="status-title" className={`mt-6 rounded-lg border p-4 ${STYLES[status]}`}>
      <h2 id="status-title" className="text-lg font-semibold">
        {t(`company.dashboard.banner.${status}.title`)}
      </h2>
      <p className="mt-1">{t(`company.dashboard.banner.${status}.body`)}</p>
      {(status === "REJECTED" || status === "SUSPENDED") && reviewNote ? (
        <div className="mt-3">
          <p className="font-semibold">{t("company.dashboard.banner.reason")}</p>
          <p className="whitespace-pre-wrap break-words">{reviewNote}</p>
        </div>
      ) : null}
      {status === "REJECTED" ? (
        isOwner ? (
          <p className="mt-3">
            {t("company.dashboard.banner.REJECTED.fixOwner")}{" "}
            <Link to="/company/profile" className="font-semibold underline">
              {t("company.dashboard.editProfile")}
            </Link>
          </p>
        ) : (
          <p className="mt-3">{t("company.dashboard.banner.REJECTED.fixRecruiter")}</p>
        )
      ) : null}
    </section>
  );
}
