import { index, prefix, route } from "@remix-run/route-config";
import { organizerCompanyRoutes } from "./companies/routes";
import { organizerReportRoutes } from "./reports/routes";

/** Organizers only (requireOrganizer in every loader and action, with TOTP). */
export const organizerRoutes = prefix("organizer", [
  index("routes/organizer/index.tsx"),
  route("security", "routes/organizer/security.tsx"),
  route("mailbox", "routes/organizer/mailbox.tsx"),
  ...organizerCompanyRoutes,
  ...organizerReportRoutes,
]);
