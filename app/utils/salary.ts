import { SALARY_BANDS, type SalaryBand } from "~/data/job-search";

export type SalaryPeriodKey = "HOUR" | "DAY" | "MONTH" | "YEAR";

/** Chinese payroll conventions: 21.75 working days and 174 working hours a month. */
const PER_MONTH: Record<SalaryPeriodKey, number> = { HOUR: 174, DAY: 21.75, MONTH: 1, YEAR: 1 / 12 };

export function monthlyEquivalent(amount: number, period: SalaryPeriodKey): number {
  return Math.round(amount * PER_MONTH[period]);
}

export function salaryBand(monthlyMax: number): SalaryBand {
  return SALARY_BANDS.find((band) => monthlyMax < band.below)!.key;
}
