import { useTranslation } from "react-i18next";
import { useFormat } from "~/i18n/format";
import type { SalaryPeriodKey } from "~/utils/salary";

export interface SalaryProps {
  min: number;
  max: number;
  currency: string;
  period: SalaryPeriodKey;
}

/** "¥8,000–12,000/月" / "CN¥8,000–12,000 a month". */
export function useSalaryText() {
  const { t } = useTranslation();
  const format = useFormat();
  return ({ min, max, currency, period }: SalaryProps) => {
    const range =
      min === max ? format.currency(max, currency) : `${format.currency(min, currency)}–${format.number(max)}`;
    return t(`enums.salaryPeriod.${period}`, { range });
  };
}
