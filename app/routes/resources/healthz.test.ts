/**
 * /healthz's sync lag: how many search jobs are not done yet and how long the oldest has waited,
 * read from the queue (the same for every app server).
 */
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { enqueue } from "~/queue/enqueue.server";
import { TASK, syncCandidateKey, syncJobKey } from "~/queue/tasks";
import { loader } from "./healthz";

async function health() {
  const response = await loader();
  return {
    status: response.status,
    body: (await response.json()) as { searchSync: { pending: number; lagSeconds: number | null } | null },
  };
}

afterEach(async () => {
  await prisma.$executeRaw`DELETE FROM graphile_worker._private_jobs`;
});

describe("/healthz sync lag", () => {
  it("reports no lag when no search job is waiting", async () => {
    await enqueue(prisma, TASK.sendMail, { id: "mail-1" }); // not a search job
    const { status, body } = await health();
    expect(status).toBe(200);
    expect(body.searchSync).toEqual({ pending: 0, lagSeconds: null });
  });

  it("counts waiting search jobs and reports the age of the oldest, coalesced edits keeping their first time", async () => {
    await enqueue(prisma, TASK.syncJob, { id: "job-1" }, { jobKey: syncJobKey("job-1") });
    await enqueue(prisma, TASK.syncCandidate, { id: "profile-1" }, { jobKey: syncCandidateKey("profile-1") });
    await prisma.$executeRaw`
      UPDATE graphile_worker._private_jobs SET created_at = now() - interval '95 seconds'
      WHERE key = ${syncJobKey("job-1")}`;
    await enqueue(prisma, TASK.syncJob, { id: "job-1" }, { jobKey: syncJobKey("job-1") }); // a later edit
    const { body } = await health();
    expect(body.searchSync!.pending).toBe(2);
    expect(body.searchSync!.lagSeconds).toBeGreaterThanOrEqual(95);
    expect(body.searchSync!.lagSeconds).toBeLessThan(120);
  });

  it("leaves out jobs that used up their attempts (counted as failed in the backlog)", async () => {
    await enqueue(prisma, TASK.syncJob, { id: "job-2" }, { jobKey: syncJobKey("job-2"), maxAttempts: 1 });
    await prisma.$executeRaw`UPDATE graphile_worker._private_jobs SET attempts = 1`;
    expect((await health()).body.searchSync).toEqual({ pending: 0, lagSeconds: null });
  });
});
