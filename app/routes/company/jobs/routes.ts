import { route, type RouteConfigEntry } from "@remix-run/route-config";

/**
 * A company's vacancies: posting, editing, CSV import (verified companies publish). Full paths.
 * Also the public "report this job" form, which sits beside the job page it belongs to.
 */
export const companyJobRoutes: RouteConfigEntry[] = [
  route("company/jobs", "routes/company/jobs/index.tsx"),
  route("company/jobs/new", "routes/company/jobs/new.tsx"),
  route("company/jobs/import", "routes/company/jobs/import.tsx"),
  route("company/jobs/import/template.csv", "routes/company/jobs/import-template.ts"),
  route("company/jobs/import/:importId", "routes/company/jobs/import-status.tsx"),
  route("company/jobs/import/:importId/progress", "routes/company/jobs/import-progress.ts"),
  route("company/jobs/import/:importId/report.csv", "routes/company/jobs/import-report.ts"),
  route("company/jobs/:jobId", "routes/company/jobs/edit.tsx"),
  // The job's candidates ranked by the match score.
  route("company/jobs/:jobId/candidates", "routes/company/jobs/candidates.tsx"),
  route("jobs/:jobId/report", "routes/public/job-report.tsx"),
];
