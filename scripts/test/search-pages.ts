/**
 * Every page and API that answers from Meilisearch, for the "Meilisearch is down" test
 * (search/search-down.test.ts). Add new search pages here: each must answer 200 or 503 with its
 * translated notice, never a 500.
 */
import type { Actor } from "./actors";

export interface SearchPage {
  /** "{jobX}" stands for company X's job id. */
  path: string;
  /** Who asks (a session from createCast); "anonymous" needs none. */
  actor: Actor;
  /** The i18n key of the text the page shows while search is down. */
  notice: string;
}

export const SEARCH_PAGES: SearchPage[] = [
  { path: "/jobs", actor: "anonymous", notice: "jobs.unavailable.body" },
  { path: "/jobs?q=amazon&page=2", actor: "anonymous", notice: "jobs.unavailable.body" },
  { path: "/api/v1/jobs?q=amazon", actor: "anonymous", notice: "jobs.unavailable.body" },
  { path: "/student/jobs-for-you", actor: "studentA", notice: "matching.forYou.unavailableBody" },
  {
    path: "/company/candidates?q=amazon&skill=excel&skillLevel=2&skillMode=must",
    actor: "recruiterX",
    notice: "candidates.unavailable.body",
  },
  { path: "/company/jobs/{jobX}/candidates", actor: "recruiterX", notice: "matching.candidates.unavailableBody" },
];
