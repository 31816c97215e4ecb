/**
 * Matching both ways. Meilisearch retrieves and pre-ranks with filters (a student's families,
 * skills and ability units; a job's); the match score re-ranks that window. The database is never
 * scanned: it only hydrates the page shown, and has the last word on who may be shown.
 */
import type { Meilisearch, MultiSearchQuery } from "meilisearch";
import type { CandidateDocument } from "./candidate-documents";
import type { JobDocument } from "./job-documents";
import { quoteFilterValue, type GeoPoint } from "./job-query";
import {
  MATCH_CANDIDATE_FIELDS,
  MATCH_JOB_FIELDS,
  matchJobFromDocument,
  matchStudentFromDocument,
  type MatchCandidateFields,
  type MatchJobFields,
} from "./match-inputs";
import { matchScore, type MatchJob, type MatchResult, type MatchStudent } from "./match-score";
import { indexUid } from "./settings";

/** How many documents retrieval brings back for re-ranking, in all. */
export const RETRIEVAL_WINDOW = 300;

export interface Ranked {
  id: string;
  match: MatchResult;
}

export interface RankedPage {
  hits: Ranked[];
  /** How many were ranked (at most the retrieval window or two). */
  total: number;
}

function anyOf(attribute: string, values: readonly string[]): string | null {
  return values.length === 0 ? null : `${attribute} IN [${values.map(quoteFilterValue).join(", ")}]`;
}

function either(parts: (string | null)[]): string | null {
  const present = parts.filter((part): part is string => part !== null);
  return present.length === 0 ? null : `(${present.join(" OR ")})`;
}

function all(parts: (string | null | undefined)[]): string {
  return parts.filter((part): part is string => !!part).join(" AND ");
}

function rank<T extends { id: string }>(docs: T[], score: (doc: T) => MatchResult, tieBreak: (doc: T) => number) {
  const seen = new Set<string>();
  return docs
    .filter((doc) => !seen.has(doc.id) && seen.add(doc.id))
    .map((doc) => ({ id: doc.id, match: score(doc), tie: tieBreak(doc) }))
    .sort((a, b) => b.match.score - a.match.score || b.tie - a.tie || (a.id < b.id ? -1 : 1));
}

function page(ranked: (Ranked & { tie: number })[], offset: number, limit: number): RankedPage {
  return {
    hits: ranked.slice(offset, offset + limit).map(({ id, match }) => ({ id, match })),
    total: ranked.length,
  };
}

/**
 * Open jobs for a student, best match first. Meilisearch's cost grows with the documents it
 * returns (about 0.08 ms each here), so the window is spent where matches are: two thirds on jobs
 * in a wanted family that ask for something the student has, one third on jobs outside those
 * families that do (a strong match elsewhere still shows); newest first in each. A student who
 * holds nothing yet gets the wanted families' newest jobs, one who wants nothing those asking for
 * what they hold.
 */
export async function recommendJobs(
  client: Meilisearch,
  prefix: string,
  student: MatchStudent,
  { now = new Date(), offset = 0, limit = 20 }: { now?: Date; offset?: number; limit?: number } = {},
): Promise<RankedPage> {
  const open = `expiresAt > ${Math.floor(now.getTime() / 1000)}`;
  const families = anyOf("familyKey", student.desiredFamilies);
  const holds = either([
    anyOf("skills", Object.keys(student.skills)),
    anyOf("abilityUnits", Object.keys(student.abilityUnits)),
  ]);
  const query = (filter: (string | null)[], share: number): MultiSearchQuery => ({
    indexUid: indexUid(prefix, "jobs"),
    q: "",
    filter: all([open, ...filter]),
    limit: Math.round(RETRIEVAL_WINDOW * share),
    sort: ["postedAt:desc"],
    attributesToRetrieve: [...MATCH_JOB_FIELDS, "postedAt"],
  });
  const queries =
    families && holds
      ? [query([families, holds], 2 / 3), query([`NOT ${families}`, holds], 1 / 3)]
      : [query([families ?? holds], 1)];
  const { results } = await client.multiSearch({ queries });
  const docs = results.flatMap(
    (result) => result.hits as unknown as (MatchJobFields & Pick<JobDocument, "postedAt">)[],
  );
  const ranked = rank(
    docs,
    (doc) => matchScore(student, matchJobFromDocument(doc), now),
    (doc) => doc.postedAt,
  );
  return page(ranked, offset, limit);
}

/**
 * Discoverable candidates for a job, best match first: students who hold one of the job's skills
 * or ability units, or want its family — within `filter`, the recruiter's own criteria (built by
 * the candidate search's filter builder, every value quoted).
 */
export async function rankCandidates(
  client: Meilisearch,
  prefix: string,
  job: MatchJob,
  {
    colleges,
    q = "",
    filter,
    now = new Date(),
    offset = 0,
    limit = 20,
  }: {
    colleges: ReadonlyMap<string, GeoPoint>;
    /** The recruiter's words: narrow the candidates, never reorder them. */
    q?: string;
    filter?: string | null;
    now?: Date;
    offset?: number;
    limit?: number;
  },
): Promise<RankedPage> {
  const relevant = either([
    anyOf(
      "skills",
      job.skills.map((s) => s.key),
    ),
    anyOf(
      "abilityUnits",
      job.abilityUnits.map((u) => u.key),
    ),
    anyOf("desiredFamilies", [job.familyKey]),
  ]);
  const { hits } = await client.index(indexUid(prefix, "candidates")).search(q, {
    filter: all([relevant, filter ? `(${filter})` : null]),
    limit: RETRIEVAL_WINDOW,
    sort: ["completeness:desc"],
    attributesToRetrieve: [...MATCH_CANDIDATE_FIELDS, "completeness"],
  });
  const docs = hits as unknown as (MatchCandidateFields & Pick<CandidateDocument, "completeness">)[];
  const ranked = rank(
    docs,
    (doc) => matchScore(matchStudentFromDocument(doc, colleges), job, now),
    (doc) => doc.completeness,
  );
  return page(ranked, offset, limit);
}
