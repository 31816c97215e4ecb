/** Names of the job-queue tasks; payloads carry ids only, handlers reload what they need. */
export const TASK = {
  applySearchSettings: "search:apply-settings",
} as const;

export type TaskName = (typeof TASK)[keyof typeof TASK];
