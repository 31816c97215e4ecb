/**
 * Cross-site request forgery guard: a request that changes state (anything but GET, HEAD and
 * OPTIONS) must come from our own pages. Browsers say where a request comes from in Origin and
 * Sec-Fetch-Site; a cross-site value is refused. (Session cookies are SameSite=Lax as well.)
 */
export function isCrossSiteMutation(
  method: string,
  headers: { origin?: string; "sec-fetch-site"?: string; host?: string },
  allowedOrigins: string[],
): boolean {
  if (["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase())) return false;
  const site = headers["sec-fetch-site"];
  if (site === "cross-site" || site === "same-site") return true;
  const origin = headers.origin;
  if (!origin) return false; // not a browser, or an old one: nothing to compare
  return !allowedOrigins.includes(origin);
}
