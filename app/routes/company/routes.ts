import type { RouteConfigEntry } from "@remix-run/route-config";

/** Company members (requireCompanyMember / requireVerifiedCompanyMember in every loader and action). */
export const companyRoutes: RouteConfigEntry[] = [];
