import type { RouteConfigEntry } from "@remix-run/route-config";

/** The job-report takedown queue (relative to /organizer). */
export const organizerReportRoutes: RouteConfigEntry[] = [];
