/**
 * Encrypts small secrets at rest (the organizers' TOTP keys) with AES-256-GCM under a key derived
 * from the session secrets: the first encrypts, every one can decrypt (so secrets rotate). Also
 * derives stable per-purpose secrets that need not be stored.
 */
import crypto from "node:crypto";
import { getEnv } from "~/env.server";

function keys(): Buffer[] {
  const secrets = getEnv().SESSION_SECRET;
  if (!secrets?.length) throw new Error("SESSION_SECRET is not set");
  return secrets.map((secret) => crypto.createHash("sha256").update(`e-landing:secret-box:${secret}`).digest());
}

export function seal(plain: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", keys()[0]!, iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString("base64url")).join(".");
}

export function open(sealed: string): string | null {
  const [iv, tag, body] = sealed.split(".").map((part) => Buffer.from(part, "base64url"));
  if (!iv || !tag || !body) return null;
  for (const key of keys()) {
    try {
      const decipher = crypto.createDecipheriv("aes-256-gcm", key, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
    } catch {
      // not this key
    }
  }
  return null;
}

/** 32 bytes only this installation can compute for `label` (HMAC under the first session secret). */
export function derive(label: string): Buffer {
  return crypto.createHmac("sha256", keys()[0]!).update(`e-landing:derive:${label}`).digest();
}
