/**
 * /company/jobs/import/:importId/report.csv: the row-by-row report, in the user's language, as a
 * spreadsheet (UTF-8 with BOM; cells that would run as formulas are neutralised).
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { prisma } from "~/db.server";
import { translator } from "~/i18n/config";
import { detectLocale } from "~/i18n/detect.server";
import { getJobImport } from "~/models/job-import.server";
import { requireCompanyMember } from "~/utils/auth.server";
import { stringifyCsv } from "~/utils/csv";
import { importIdSchema } from "./import-progress";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireCompanyMember(request);
  const parsed = importIdSchema.safeParse(params);
  const view = parsed.success ? await getJobImport(prisma, user.membership.companyId, parsed.data.importId) : null;
  if (!view) throw new Response(null, { status: 404 });
  const t = translator(await detectLocale(request)) as unknown as (key: string, vars?: object) => string;
  const message = (code: string, params?: object) =>
    code.includes(".")
      ? t(code, params)
      : t(`forms.errors.${code}`, { ...params, defaultValue: t("forms.errors.unexpected") });
  const header = ["row", "field", "severity", "value", "message"].map((key) => t(`posting.import.report.${key}`));
  const rows = view.problems.map((p) => [
    String(p.row),
    p.field,
    t(`posting.import.severity.${p.severity}`),
    p.value ?? "",
    message(p.code, p.params),
  ]);
  return new Response(stringifyCsv([header, ...rows], { bom: true, neutralise: true }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="e-landing-import-report-${view.id}.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
