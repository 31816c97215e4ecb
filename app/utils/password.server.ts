/**
 * Passwords: argon2id with OWASP's recommended parameters (19 MiB, 2 iterations, 1 lane).
 * @node-rs/argon2 is prebuilt per platform (no install script).
 */
import { hash, verify } from "@node-rs/argon2";

// algorithm 2 = Argon2id (the package exports it as a const enum, which isolated modules cannot read).
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** False for a wrong password and for a malformed hash (never throws on user input). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A hash of no real password, checked when the account does not exist, so that the answer takes
 * as long as for a real account (no account discovery by timing).
 */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  return (decoy ??= hashPassword("decoy-password-for-timing"));
}
