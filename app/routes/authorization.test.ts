/**
 * The authorization matrix: every route of the built app's manifest, requested with GET and (where
 * the route has an action) POST by each actor of the cast, must answer exactly the expected
 * status. Routes that take ids get company X's ids, so recruiter Y and the pending company's
 * recruiter ask for another tenant's data; X's owner and X's recruiter show what X's own roles may do. A route missing from the matrix fails the test, and so
 * does an entry for a route that no longer exists.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PRIVACY_VERSION } from "~/data/privacy";
import { prisma } from "~/db.server";
import { giveConsent } from "~/models/consent.server";
import { storeFile } from "~/models/files.server";
import { createJobImport } from "~/models/job-import.server";
import { createSession } from "~/models/session.server";
import { ACTORS, createCast, type Actor, type Cast } from "../../scripts/test/actors";
import { seedSmallDemo } from "../../scripts/test/demo";
import { startTestServer, type TestServer } from "../../scripts/test/http";
import { PNG } from "./company/test-helpers.server";

/** A status, or a redirect (302) to a path: "→/login" means to the log-in page. */
type Outcome = number | `→${string}`;
type Row = Record<Actor, Outcome>;

const LOGIN = "→/login";

const everyone = (outcome: Outcome): Row => Object.fromEntries(ACTORS.map((actor) => [actor, outcome])) as Row;
/** Anyone logged in gets `outcome`; anonymous visitors are sent to log in. */
const loggedIn = (outcome: Outcome): Row => ({ ...everyone(outcome), anonymous: LOGIN });
const students = (outcome: Outcome): Row => ({ ...loggedIn(403), studentA: outcome, studentB: outcome });
/** Members of any company, pending included. */
const members = (outcome: Outcome): Row => ({
  ...loggedIn(403),
  ownerX: outcome,
  recruiterX: outcome,
  recruiterY: outcome,
  pendingRecruiter: outcome,
});
/** Company X's own data: its recruiter gets `outcome`, other companies' recruiters 404. */
const companyX = (outcome: Outcome): Row => ({ ...members(404), ownerX: outcome, recruiterX: outcome });
/** For the owner of company X only: recruiters (of any company) get 403. */
const ownerX = (outcome: Outcome): Row => ({ ...members(403), ownerX: outcome });
/** Members of a verified company only: the pending company's recruiter gets 403 (with the reason on the page). */
const verifiedMembers = (outcome: Outcome): Row => ({ ...members(outcome), pendingRecruiter: 403 });
/** Company X's own data behind verification: Y's recruiter 404, the pending recruiter 403. */
const verifiedCompanyX = (outcome: Outcome): Row => ({ ...verifiedMembers(404), ownerX: outcome, recruiterX: outcome });
const organizers = (outcome: Outcome): Row => ({ ...loggedIn(403), organizer: outcome });
/** Pages for visitors without an account: anyone logged in is sent to their own home. */
const guests = (outcome: Outcome): Row => ({
  anonymous: outcome,
  studentA: "→/student",
  studentB: "→/student",
  ownerX: "→/company",
  recruiterX: "→/company",
  recruiterY: "→/company",
  pendingRecruiter: "→/company",
  organizer: "→/organizer",
});

interface Ids {
  cast: Cast;
  importId: string;
  memberId: string;
  /** Student A's profile, discoverable: what candidate search may open. */
  candidateId: string;
  /** A saved candidate search of company X. */
  savedSearchId: string;
  /** A saved job search of student A. */
  jobSearchId: string;
}

interface Case {
  path: (ids: Ids) => string;
  get: Row;
  post?: Row;
  /** Each request gets a new session (the request ends the one it uses). */
  freshSession?: boolean;
}

/** Keyed by the route id of the manifest. */
const MATRIX: Record<string, Case> = {
  "routes/public/home": { path: () => "/", get: everyone(200) },
  "routes/public/privacy": { path: () => "/privacy", get: everyone(200) },
  "routes/public/terms": { path: () => "/terms", get: everyone(200) },
  "routes/public/jobs": { path: () => "/jobs", get: everyone(200) },
  "routes/public/job": { path: ({ cast }) => `/jobs/${cast.companyX.jobId}`, get: everyone(200) },
  "routes/public/job-report": {
    path: ({ cast }) => `/jobs/${cast.companyX.jobId}/report`,
    get: everyone(200),
    post: everyone(400),
  },
  "routes/public/not-found": { path: () => "/no/such/page", get: everyone(404), post: everyone(404) },

  "routes/account/signup": { path: () => "/signup", get: guests(200), post: guests(400) },
  "routes/account/login": { path: () => "/login", get: guests(200), post: guests(400) },
  "routes/account/second-factor": {
    path: () => "/login/second-factor",
    get: organizers("→/organizer"),
    post: organizers("→/organizer"),
  },
  "routes/account/logout": { path: () => "/logout", get: everyone(405), post: everyone("→/"), freshSession: true },
  // The "check your mail" page of a logged-in account whose address is not confirmed yet.
  "routes/account/verify-email": { path: () => "/verify-email", get: guests(LOGIN), post: guests(LOGIN) },
  "routes/account/forgot-password": { path: () => "/forgot-password", get: everyone(200), post: everyone(400) },
  "routes/account/reset-password": { path: () => "/reset-password", get: everyone(200), post: everyone(400) },
  "routes/account/settings": { path: () => "/account", get: loggedIn(200), post: loggedIn(400) },

  "routes/student/index": { path: () => "/student", get: students(200) },
  "routes/student/profile/index": { path: () => "/student/profile", get: students(200) },
  "routes/student/profile/preview": { path: () => "/student/profile/preview", get: students(200) },
  "routes/student/profile/step": {
    path: () => "/student/profile/personal",
    get: students(200),
    post: students(400),
  },
  "routes/student/resume": { path: () => "/student/resume", get: students(404) },
  "routes/student/privacy/index": { path: () => "/student/privacy", get: students(200), post: students(400) },
  "routes/student/privacy/export": { path: () => "/student/privacy/export", get: students(200) },
  "routes/student/saved-searches": { path: () => "/student/saved-searches", get: students(200), post: students(400) },
  // Student A's own search: student B finds nothing; A's POST deletes it.
  "routes/student/saved-search-delete": {
    path: ({ jobSearchId }) => `/student/saved-searches/${jobSearchId}/delete`,
    get: { ...students(404), studentA: 200 },
    post: { ...students(404), studentA: "→/student/saved-searches" },
  },
  "routes/student/jobs-for-you": { path: () => "/student/jobs-for-you", get: students(200), post: students(400) },

  "routes/company/index": { path: () => "/company", get: members(200) },
  "routes/company/signup": { path: () => "/company/signup", get: guests(200), post: guests(400) },
  "routes/company/profile": { path: () => "/company/profile", get: ownerX(200), post: ownerX(400) },
  "routes/company/members": { path: () => "/company/members", get: members(200), post: ownerX(400) },
  // A spare recruiter of company X, whom only X's owner may remove (the POST does).
  "routes/company/remove-member": {
    path: ({ memberId }) => `/company/members/${memberId}/remove`,
    get: ownerX(200),
    post: ownerX("→/company/members"),
  },
  "routes/company/invite": { path: () => "/invite", get: everyone(200), post: everyone(400) },

  "routes/company/candidates/index": {
    path: () => "/company/candidates",
    get: verifiedMembers(200),
    post: verifiedMembers(400),
  },
  "routes/company/candidates/profile": {
    path: ({ candidateId }) => `/company/candidates/${candidateId}`,
    get: verifiedMembers(200),
  },
  "routes/company/candidates/saved": { path: () => "/company/candidates/saved", get: verifiedMembers(200) },
  "routes/company/candidates/saved-search": {
    path: ({ savedSearchId }) => `/company/candidates/saved/${savedSearchId}`,
    get: verifiedCompanyX(200),
    post: verifiedCompanyX(400),
  },
  // After the row above (the matrix runs in order): X's owner deletes the search, so X's recruiter,
  // asking next, finds nothing.
  "routes/company/candidates/delete-search": {
    path: ({ savedSearchId }) => `/company/candidates/saved/${savedSearchId}/delete`,
    get: verifiedCompanyX(200),
    post: { ...verifiedCompanyX(404), ownerX: "→/company/candidates/saved" },
  },
  "routes/files/logo": {
    path: ({ cast }) => `/files/logos/${cast.pendingCompany.id}`,
    get: { ...everyone(404), pendingRecruiter: 200, organizer: 200 },
  },

  "routes/company/jobs/index": { path: () => "/company/jobs", get: members(200) },
  "routes/company/jobs/new": { path: () => "/company/jobs/new", get: members(200), post: members(400) },
  "routes/company/jobs/import": { path: () => "/company/jobs/import", get: members(200), post: members(400) },
  "routes/company/jobs/import-template": { path: () => "/company/jobs/import/template.csv", get: members(200) },
  "routes/company/jobs/import-status": {
    path: ({ importId }) => `/company/jobs/import/${importId}`,
    get: companyX(200),
    post: companyX(400),
  },
  "routes/company/jobs/import-progress": {
    path: ({ importId }) => `/company/jobs/import/${importId}/progress`,
    get: companyX(200),
  },
  "routes/company/jobs/import-report": {
    path: ({ importId }) => `/company/jobs/import/${importId}/report.csv`,
    get: companyX(200),
  },
  "routes/company/jobs/edit": {
    path: ({ cast }) => `/company/jobs/${cast.companyX.jobId}`,
    get: companyX(200),
    post: companyX(400),
  },
  // Ranked candidates: the issue asks 403 (not 404) for another company's job; job pages are public anyway.
  "routes/company/jobs/candidates": {
    path: ({ cast }) => `/company/jobs/${cast.companyX.jobId}/candidates`,
    get: { ...verifiedMembers(403), ownerX: 200, recruiterX: 200 },
  },

  "routes/organizer/index": { path: () => "/organizer", get: organizers(200) },
  "routes/organizer/security": { path: () => "/organizer/security", get: organizers(200), post: organizers(400) },
  "routes/organizer/mailbox": { path: () => "/organizer/mailbox", get: organizers(200) },
  "routes/organizer/companies/index": { path: () => "/organizer/companies", get: organizers(200) },
  "routes/organizer/companies/detail": {
    path: ({ cast }) => `/organizer/companies/${cast.pendingCompany.id}`,
    get: organizers(200),
    post: organizers(400),
  },
  "routes/organizer/reports/index": { path: () => "/organizer/reports", get: organizers(200), post: organizers(400) },

  "routes/api/jobs": { path: () => "/api/v1/jobs", get: everyone(200) },
  "routes/api/openapi": { path: () => "/api/v1/openapi.json", get: everyone(200) },
  "routes/resources/healthz": { path: () => "/healthz", get: everyone(200) },
  "routes/resources/sitemap": { path: () => "/sitemap.xml", get: everyone(200) },
  "routes/resources/robots": { path: () => "/robots.txt", get: everyone(200) },
  "routes/resources/locale": { path: () => "/resources/locale", get: everyone(405), post: everyone(400) },
};

interface ManifestRoute {
  path?: string;
  module: { action?: unknown; loader?: unknown };
}

let server: TestServer;
let ids: Ids;
let manifest: Record<string, ManifestRoute>;

beforeAll(async () => {
  await seedSmallDemo();
  const cast = await createCast();
  const spare = await prisma.companyMember.create({
    data: {
      role: "RECRUITER",
      company: { connect: { id: cast.companyX.id } },
      user: {
        create: {
          email: "spare.recruiter@example.com",
          passwordHash: "unused",
          privacyVersion: PRIVACY_VERSION,
          privacyAcceptedAt: new Date(),
        },
      },
    },
  });
  const imported = await createJobImport(
    prisma,
    { companyId: cast.companyX.id, userId: cast.users.ownerX },
    "jobs.csv",
    {
      rows: [],
      problems: [],
      fileRows: 0,
    },
  );
  const logo = await storeFile(prisma, { bytes: PNG, type: "image/png", name: "logo.png" });
  await prisma.company.update({ where: { id: cast.pendingCompany.id }, data: { logoId: logo.id } });
  await giveConsent(cast.users.studentA, "DISCOVERABLE");
  const candidate = await prisma.studentProfile.findUniqueOrThrow({
    where: { userId: cast.users.studentA },
    select: { id: true },
  });
  const savedSearch = await prisma.savedSearch.create({
    data: { kind: "CANDIDATES", name: "Matrix", query: "", userId: cast.users.recruiterX, companyId: cast.companyX.id },
  });
  const jobSearch = await prisma.savedSearch.create({
    data: { kind: "JOBS", name: "Matrix jobs", query: "q=amazon", userId: cast.users.studentA },
  });
  ids = {
    cast,
    importId: imported.id,
    memberId: spare.id,
    candidateId: candidate.id,
    savedSearchId: savedSearch.id,
    jobSearchId: jobSearch.id,
  };
  const build = (await import(pathToFileURL(path.resolve("build/server/index.js")).href)) as {
    routes: Record<string, ManifestRoute>;
  };
  manifest = build.routes;
  server = await startTestServer();
}, 240_000);

afterAll(() => server?.close());

async function cookieFor(actor: Actor, fresh: boolean): Promise<string | null> {
  if (actor === "anonymous") return ids.cast.cookies.anonymous;
  if (!fresh) return ids.cast.cookies[actor];
  const setCookie = await createSession(
    ids.cast.users[actor],
    { ip: "203.0.113.201", userAgent: "authorization test" },
    { secondFactor: actor === "organizer" },
  );
  return setCookie.split(";")[0]!;
}

async function outcomeOf(method: "GET" | "POST", url: string, cookie: string | null): Promise<Outcome> {
  const headers: Record<string, string> = { "Accept-Language": "en" };
  if (cookie) headers.Cookie = cookie;
  if (method === "POST") headers.Origin = server.url;
  const response = await fetch(`${server.url}${url}`, {
    method,
    headers,
    redirect: "manual",
    ...(method === "POST" ? { body: new URLSearchParams() } : {}),
  });
  await response.arrayBuffer();
  if (response.status !== 302) return response.status;
  const location = new URL(response.headers.get("Location")!, server.url).pathname;
  return `→${location}`;
}

describe("the authorization matrix", () => {
  it("covers every route of the manifest, and only those", () => {
    const routeIds = Object.keys(manifest).filter((id) => id !== "root");
    expect(
      routeIds.filter((id) => !(id in MATRIX)),
      "routes missing from the matrix",
    ).toEqual([]);
    expect(
      Object.keys(MATRIX).filter((id) => !(id in manifest)),
      "matrix entries without a route",
    ).toEqual([]);
    const withAction = routeIds.filter((id) => manifest[id]!.module.action);
    expect(
      withAction.filter((id) => !MATRIX[id]!.post),
      "routes with an action but no POST row",
    ).toEqual([]);
  });

  it("answers every actor exactly as expected", async () => {
    const mismatches: string[] = [];
    // Requests that end their session run on a fresh one, so the order does not matter.
    for (const [id, route] of Object.entries(MATRIX)) {
      const url = route.path(ids);
      for (const method of ["GET", "POST"] as const) {
        const row = method === "GET" ? route.get : route.post;
        if (!row) continue;
        for (const actor of ACTORS) {
          const actual = await outcomeOf(method, url, await cookieFor(actor, !!route.freshSession));
          if (row[actor] !== actual) {
            mismatches.push(`${method} ${url} (${id}) as ${actor}: expected ${row[actor]}, got ${actual}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);
});
