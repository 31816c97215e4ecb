import { route, type RouteConfigEntry } from "@remix-run/route-config";

/** The company verification queue (relative to /organizer; requireOrganizer in every loader and action). */
export const organizerCompanyRoutes: RouteConfigEntry[] = [
  route("companies", "routes/organizer/companies/index.tsx"),
  route("companies/:companyId", "routes/organizer/companies/detail.tsx"),
];
