import { prefix, route, index } from "@remix-run/route-config";

/** Organizers only (requireOrganizer in every loader and action, with TOTP). */
export const organizerRoutes = prefix("organizer", [
  index("routes/organizer/index.tsx"),
  route("security", "routes/organizer/security.tsx"),
  route("mailbox", "routes/organizer/mailbox.tsx"),
]);
