import type { RouteConfigEntry } from "@remix-run/route-config";

/** A company's vacancies: posting, editing, CSV import (verified companies publish). */
export const companyJobRoutes: RouteConfigEntry[] = [];
