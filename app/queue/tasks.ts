/** Names of the job-queue tasks; payloads carry ids only, handlers reload what they need. */
export const TASK = {
  applySearchSettings: "search:apply-settings",
  syncJob: "search:sync-job",
  cleanupRateLimits: "maintenance:cleanup-rate-limits",
  sendMail: "mail:send",
  syncCandidate: "search:sync-candidate",
  importJobs: "jobs:import",
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
