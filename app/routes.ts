import { type RouteConfig, index, prefix, route } from "@remix-run/route-config";
import { accountRoutes } from "./routes/account/routes";
import { companyJobRoutes } from "./routes/company/jobs/routes";
import { companyRoutes } from "./routes/company/routes";
import { organizerRoutes } from "./routes/organizer/routes";
import { studentRoutes } from "./routes/student/routes";

/**
 * Every URL of the portal, grouped by who uses it (docs/decisions/005-route-config.md). Route
 * modules live under routes/<group>/; *.server.ts and *.test.ts files beside them are not routes.
 */
export default [
  // Public pages: anyone, signed in or not.
  index("routes/public/home.tsx"),
  route("privacy", "routes/public/privacy.tsx"),
  route("terms", "routes/public/terms.tsx"),
  route("jobs", "routes/public/jobs.tsx"),
  route("jobs/:jobId", "routes/public/job.tsx"),

  // Accounts, then each audience's own area (their route lists sit in routes/<audience>/routes.ts).
  ...accountRoutes,
  ...studentRoutes,
  ...companyRoutes,
  ...companyJobRoutes,
  ...organizerRoutes,

  // The public JSON API.
  ...prefix("api/v1", [route("jobs", "routes/api/jobs.ts"), route("openapi.json", "routes/api/openapi.ts")]),

  // Resource routes: no UI.
  route("healthz", "routes/resources/healthz.ts"),
  route("sitemap.xml", "routes/resources/sitemap.ts"),
  route("robots.txt", "routes/resources/robots.ts"),
  ...prefix("resources", [route("locale", "routes/resources/locale.ts")]),

  // Anything else is a 404, rendered by the root error boundary.
  route("*", "routes/public/not-found.tsx"),
] satisfies RouteConfig;
