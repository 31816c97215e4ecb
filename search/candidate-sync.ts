import type { SyncContext } from "./job-sync";

/** Brings one student's candidate document in line with the database (indexed only with consent). */
export async function syncCandidate(_context: SyncContext, _profileId: string): Promise<"indexed" | "removed"> {
  throw new Error("syncCandidate is not implemented yet");
}
