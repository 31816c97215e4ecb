import crypto from "node:crypto";

/** A random token for a cookie or a mailed link (256 bits, URL-safe). */
export function randomToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

/** What the database keeps of a token: its sha256, so a leaked table grants nothing. */
export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}
