import { route, type RouteConfigEntry } from "@remix-run/route-config";

/** The job-report takedown queue (relative to /organizer). */
export const organizerReportRoutes: RouteConfigEntry[] = [route("reports", "routes/organizer/reports/index.tsx")];
