import type { RouteConfigEntry } from "@remix-run/route-config";

/** The company verification queue (relative to /organizer). */
export const organizerCompanyRoutes: RouteConfigEntry[] = [];
