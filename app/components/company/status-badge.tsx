import { useTranslation } from "react-i18next";
import type { VerificationStatus } from "~/generated/prisma/enums";

const STYLES: Record<VerificationStatus, string> = {
  PENDING: "border-amber-400 bg-amber-50 text-amber-950",
  VERIFIED: "border-emerald-400 bg-emerald-50 text-emerald-950",
  REJECTED: "border-red-400 bg-red-50 text-red-950",
  SUSPENDED: "border-slate-500 bg-slate-100 text-slate-950",
};

/** A company's verification status as a labelled chip (text, not colour alone). */
export function StatusBadge({ status }: { status: VerificationStatus }) {
  const { t } = useTranslation();
  return (
    <span
      className={`inline-flex w-fit items-center rounded-full border px-3 py-1 text-sm font-semibold ${STYLES[status]}`}
    >
      {t(`company.status.${status}`)}
    </span>
  );
}
