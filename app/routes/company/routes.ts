import { route, type RouteConfigEntry } from "@remix-run/route-config";

/**
 * Companies: public sign-up, the members' own pages (requireCompanyMember in every loader and
 * action, with the owner's role where it changes the company), the invitation link's page and
 * the public logo files.
 */
export const companyRoutes: RouteConfigEntry[] = [
  route("company", "routes/company/index.tsx"),
  route("company/signup", "routes/company/signup.tsx"),
  route("company/profile", "routes/company/profile.tsx"),
  route("company/members", "routes/company/members.tsx"),
  route("company/members/:memberId/remove", "routes/company/remove-member.tsx"),
  route("invite", "routes/company/invite.tsx"),
  route("files/logos/:companyId", "routes/files/logo.ts"),
];
