/**
 * Saved job searches and their alerts, against the real PostgreSQL, Meilisearch and queue worker:
 * a matching new job is mailed once and only once, a job that does not match mails nothing, a job
 * whose sync is still waiting holds the alert back, and the daily digest lists the day's jobs.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { PRIVACY_VERSION } from "~/data/privacy";
import { SAVED_SEARCHES_PER_STUDENT } from "~/data/job-search";
import { prisma } from "~/db.server";
import { TASK } from "~/queue/tasks";
import { createCompanyAccount, type CompanyAccount } from "../../e2e/helpers/companies";
import { waitFor } from "../../scripts/lib/processes";
import { seedSmallDemo, testSearch } from "../../scripts/test/demo";
import { startTestWorker, stopTestWorkers } from "../../scripts/test/workers";
import { createSearchClient } from "../../search";
import { createJob } from "./job.server";
import { sampleFields } from "./job.test-fixtures";
import {
  deleteSavedJobSearch,
  listSavedJobSearches,
  runSavedSearchAlerts,
  saveJobSearch,
  savedQueryOf,
  updateSavedJobSearch,
} from "./saved-job-search.server";

const search = { client: createSearchClient(testSearch), prefix: testSearch.indexPrefix };
let company: CompanyAccount;

async function student(email: string, locale: "en" | "zh-CN" = "en") {
  return prisma.user.create({
    data: { email, passwordHash: "unused", locale, privacyVersion: PRIVACY_VERSION, privacyAcceptedAt: new Date() },
    select: { id: true, email: true },
  });
}

/** Publishes a job of the test company through the posting model (which queues its search sync). */
async function publish(titleEn: string, titleZh: string) {
  const outcome = await createJob(
    { companyId: company.companyId, userId: company.userId },
    sampleFields({ titleEn, titleZh }),
    { publish: true },
  );
  if (!outcome.ok) throw new Error(`publish failed: ${JSON.stringify(outcome)}`);
  return outcome.id;
}

const mailsTo = (to: string) => prisma.outgoingMail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

const pendingSyncs = async () =>
  Number(
    (
      await prisma.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS n FROM graphile_worker.jobs WHERE task_identifier = ${TASK.syncJob}`
    )[0]!.n,
  );

beforeAll(async () => {
  await seedSmallDemo();
  company = await createCompanyAccount(prisma, { email: "owner@alerts.example" });
}, 180_000);

afterEach(async () => {
  await stopTestWorkers();
});

describe("saved job searches", () => {
  it("saves the page's query without page and language, renames, sets alerts, deletes, and only the owner's", async () => {
    const me = await student("keeper@example.com");
    const other = await student("other@example.com");
    expect(
      savedQueryOf(new URLSearchParams("q=amazon&page=3&lng=en&city=hangzhou&city=ningbo&level=&near=&radius=10")),
    ).toBe("city=hangzhou&city=ningbo&q=amazon");
    expect(savedQueryOf(new URLSearchParams("near=zjgsu&radius=5"))).toBe("near=zjgsu&radius=5");
    const saved = await saveJobSearch(prisma, me.id, { name: "Amazon", query: "q=amazon&page=2", alert: "NONE" });
    expect(saved.status).toBe("saved");
    const id = saved.status === "saved" ? saved.id : "";
    expect(await listSavedJobSearches(prisma, me.id)).toMatchObject([{ id, name: "Amazon", query: "q=amazon" }]);
    expect(await listSavedJobSearches(prisma, other.id)).toEqual([]);

    expect(await updateSavedJobSearch(prisma, other.id, id, { name: "Mine now", alert: "DAILY" })).toBe(false);
    expect(await deleteSavedJobSearch(prisma, other.id, id)).toBe(false);
    const before = (await prisma.savedSearch.findUniqueOrThrow({ where: { id } })).alertCheckedAt;
    const later = new Date(before.getTime() + 60_000);
    expect(await updateSavedJobSearch(prisma, me.id, id, { name: "Amazon jobs", alert: "DAILY" }, later)).toBe(true);
    // Turning alerts on starts them from now, not from when the search was saved.
    expect(await prisma.savedSearch.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: "Amazon jobs",
      alert: "DAILY",
      alertCheckedAt: later,
    });
    expect(await deleteSavedJobSearch(prisma, me.id, id)).toBe(true);
    expect(await listSavedJobSearches(prisma, me.id)).toEqual([]);
  });

  it("refuses a query the search page would refuse, and more than the limit", async () => {
    const me = await student("limits@example.com");
    for (const query of ["city=atlantis", "near=no-such-college", "sort=distance", "color=red"]) {
      expect(await saveJobSearch(prisma, me.id, { name: "x", query, alert: "NONE" }), query).toEqual({
        status: "invalid-query",
      });
    }
    for (let i = 0; i < SAVED_SEARCHES_PER_STUDENT; i++) {
      expect((await saveJobSearch(prisma, me.id, { name: `s${i}`, query: `q=s${i}`, alert: "NONE" })).status).toBe(
        "saved",
      );
    }
    expect(await saveJobSearch(prisma, me.id, { name: "one more", query: "", alert: "NONE" })).toEqual({
      status: "limit",
    });
  });
});

describe("alerts", () => {
  it("mails a matching new job once and only once (INSTANT), and nothing for a job that does not match", async () => {
    const me = await student("instant@example.com");
    const saved = await saveJobSearch(prisma, me.id, {
      name: "Quokka jobs",
      query: "q=quokkaworks&city=hangzhou",
      alert: "INSTANT",
    });
    expect(saved.status).toBe("saved");
    await startTestWorker();

    const matching = await publish("Quokkaworks live-stream operator", "Quokkaworks 直播运营");
    const [mail] = await waitFor(
      async () => {
        const mails = await mailsTo(me.email);
        return mails.length > 0 && mails;
      },
      { timeoutMs: 30_000, message: "no alert mail" },
    );
    expect(mail!.subject).toBe("New jobs for “Quokka jobs”");
    expect(mail!.text).toContain("Quokkaworks live-stream operator");
    expect(mail!.text).toContain(`/jobs/${matching}`);
    expect(mail!.text).toContain("/jobs?city=hangzhou&q=quokkaworks");

    // A retried or doubled run finds the mark moved and sends nothing more.
    await runSavedSearchAlerts(prisma, search, "INSTANT");
    await runSavedSearchAlerts(prisma, search, "INSTANT");

    // A job that does not match: its sync and the alert run after it pass, and nobody is mailed.
    const other = await publish("Wombatworks customer service", "Wombatworks 客服");
    const posted = (await prisma.job.findUniqueOrThrow({ where: { id: other } })).datePosted!;
    const id = saved.status === "saved" ? saved.id : "";
    await waitFor(
      async () => (await prisma.savedSearch.findUniqueOrThrow({ where: { id } })).alertCheckedAt >= posted,
      { timeoutMs: 30_000, message: "the alert run after the second job never happened" },
    );
    expect(await mailsTo(me.email)).toHaveLength(1);
  });

  it("holds the mark back while a published job's sync is still waiting, then sends the DAILY digest of the day's jobs", async () => {
    const me = await student("daily@example.com", "zh-CN");
    const saved = await saveJobSearch(prisma, me.id, {
      name: "每日 Platypus",
      query: "q=platypusworks",
      alert: "DAILY",
    });
    const id = saved.status === "saved" ? saved.id : "";
    // No worker: the syncs wait in the queue.
    const first = await publish("Platypusworks Amazon operator", "Platypusworks 亚马逊运营");
    const second = await publish("Platypusworks logistics planner", "Platypusworks 物流专员");
    await publish("Echidnaworks buyer", "Echidnaworks 采购");
    const firstPosted = (await prisma.job.findUniqueOrThrow({ where: { id: first } })).datePosted!;

    const held = await runSavedSearchAlerts(prisma, search, "DAILY");
    expect(held.cutoff.getTime()).toBeLessThan(firstPosted.getTime());
    expect(await mailsTo(me.email)).toHaveLength(0);

    await startTestWorker();
    await waitFor(async () => (await pendingSyncs()) === 0, { timeoutMs: 30_000, message: "syncs never ran" });
    await stopTestWorkers();

    const run = await runSavedSearchAlerts(prisma, search, "DAILY");
    expect(run.mailed).toBe(1);
    const mails = await mailsTo(me.email);
    expect(mails).toHaveLength(1);
    // In the student's language, listing both matching jobs and not the other one.
    expect(mails[0]!.subject).toBe("每日岗位汇总：“每日 Platypus”有 2 个新岗位");
    expect(mails[0]!.text).toContain("Platypusworks 亚马逊运营");
    expect(mails[0]!.text).toContain("Platypusworks 物流专员");
    expect(mails[0]!.text).toContain(`/jobs/${second}`);
    expect(mails[0]!.text).not.toContain("Echidnaworks");
    expect((await prisma.savedSearch.findUniqueOrThrow({ where: { id } })).alertCheckedAt).toEqual(run.cutoff);

    // The next day's run has nothing new.
    expect((await runSavedSearchAlerts(prisma, search, "DAILY")).mailed).toBe(0);
    expect(await mailsTo(me.email)).toHaveLength(1);
  });
});
