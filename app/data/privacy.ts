/**
 * Versions of the texts people agree to. Change a version whenever its text changes; consents
 * and acceptances record the version they were given for.
 */
export const PRIVACY_VERSION = "2026-11-26";

export const CONSENT_VERSIONS = {
  DISCOVERABLE: "2026-11-26",
  SHARE_ON_APPLY: "2026-11-26",
} as const;
