/**
 * One-time notices after a redirect ("Password changed"): a signed cookie that the root loader
 * reads and clears. The value is an i18n key, never free text.
 */
import { createCookie } from "@remix-run/node";
import { appUrl, getEnv } from "~/env.server";

function flashCookie() {
  return createCookie("__flash", {
    httpOnly: true,
    sameSite: "lax",
    secure: appUrl().protocol === "https:",
    path: "/",
    maxAge: 60,
    secrets: getEnv().SESSION_SECRET ?? [],
  });
}

export interface Flash {
  key: string;
  params?: Record<string, string | number>;
}

export function setFlash(flash: Flash): Promise<string> {
  return flashCookie().serialize(flash);
}

/** The pending notice (if any) and the header that clears it. */
export async function takeFlash(request: Request): Promise<{ flash: Flash | null; clear: string | null }> {
  const value: unknown = await flashCookie().parse(request.headers.get("Cookie"));
  if (!value || typeof value !== "object" || typeof (value as Flash).key !== "string")
    return { flash: null, clear: null };
  return { flash: value as Flash, clear: await flashCookie().serialize("", { maxAge: 0 }) };
}
