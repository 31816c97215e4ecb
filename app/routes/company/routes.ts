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
  // Candidate search (verified companies only; see routes/company/candidates/access.server.ts).
  route("company/candidates", "routes/company/candidates/index.tsx"),
  route("company/candidates/saved", "routes/company/candidates/saved.tsx"),
  route("company/candidates/saved/:searchId", "routes/company/candidates/saved-search.tsx"),
  route("company/candidates/saved/:searchId/delete", "routes/company/candidates/delete-search.tsx"),
  route("company/candidates/:profileId", "routes/company/candidates/profile.tsx"),
  route("invite", "routes/company/invite.tsx"),
  route("files/logos/:companyId", "routes/files/logo.ts"),
];
