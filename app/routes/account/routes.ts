import { route } from "@remix-run/route-config";

/** Signing up, in and out, and the account's own settings. */
export const accountRoutes = [
  route("signup", "routes/account/signup.tsx"),
  route("login", "routes/account/login.tsx"),
  route("login/second-factor", "routes/account/second-factor.tsx"),
  route("logout", "routes/account/logout.ts"),
  route("verify-email", "routes/account/verify-email.tsx"),
  route("forgot-password", "routes/account/forgot-password.tsx"),
  route("reset-password", "routes/account/reset-password.tsx"),
  route("account", "routes/account/settings.tsx"),
];
