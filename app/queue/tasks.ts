/** Names of the job-queue tasks; payloads carry ids only, handlers reload what they need. */
export const TASK = {
  applySearchSettings: "search:apply-settings",
  syncJob: "search:sync-job",
  cleanupRateLimits: "maintenance:cleanup-rate-limits",
  sendMail: "mail:send",
  syncCandidate: "search:sync-candidate",
  importJobs: "jobs:import",
  /** Compares the search indexes with the database and repairs the differences (ADR 013). */
  repairSearchIndexes: "search:repair-indexes",
  /** Saved job searches with an INSTANT alert: soon after new jobs are indexed (and every 10 min). */
  instantAlerts: "alerts:instant",
  /** Saved job searches with a DAILY alert: the digest, every morning. */
  dailyAlerts: "alerts:daily",
} as const;

export type TaskName = (typeof TASK)[keyof typeof TASK];

/** At most one pending sync per student profile. */
export function syncCandidateKey(profileId: string): string {
  return `${TASK.syncCandidate}:${profileId}`;
}

/** At most one pending sync per job: edits in quick succession coalesce into one. */
export function syncJobKey(jobId: string): string {
  return `${TASK.syncJob}:${jobId}`;
}
