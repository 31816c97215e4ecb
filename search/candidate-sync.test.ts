/**
 * The candidates index end to end: changes made through the app's model functions reach the index
 * through the queue and a running worker; withdrawing consent or deleting the account takes the
 * document out; the reindex rebuilds from the database alone.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { giveConsent, withdrawConsent } from "~/models/consent.server";
import { STEP_SCHEMAS } from "~/models/profile-forms";
import { applyProfileChange } from "~/models/profile.server";
import { deleteStudentAccount } from "~/models/student-data.server";
import { PASSWORD, createStudent, seedProfileCatalogue } from "~/routes/student/test-helpers.server";
import { freePort, waitFor } from "../scripts/lib/processes";
import { testSearch } from "../scripts/test/demo";
import { startTestWorker, stopTestWorkers } from "../scripts/test/workers";
import { createSearchClient } from "./client";
import type { CandidateDocument } from "./candidate-documents";
import { reindexCandidates, syncCandidate } from "./candidate-sync";
import { applyIndexSettings, indexUid } from "./settings";

const client = createSearchClient(testSearch);
const candidates = () => client.index<CandidateDocument>(indexUid(testSearch.indexPrefix, "candidates"));
const context = { client, prefix: testSearch.indexPrefix, db: prisma };

async function indexed(id: string): Promise<CandidateDocument | null> {
  try {
    return (await candidates().getDocument(id)) as CandidateDocument;
  } catch {
    return null;
  }
}

/** A student with a small profile: Excel at level 2, English at CET-6, a headline with a rare word. */
async function candidate(word: string) {
  const student = await createStudent(word);
  const change = (step: keyof typeof STEP_SCHEMAS, input: Record<string, unknown>) =>
    applyProfileChange(student.profileId, STEP_SCHEMAS[step].parse(input));
  await change("personal", { intent: "personal", fullNameZh: "孙悦", fullNameEn: "Sun Yue", phone: "13811112222" });
  await change("about", {
    intent: "about",
    headlineZh: `${word} 跨境电商运营`,
    headlineEn: `${word} cross-border operations`,
    summaryZh: "",
    summaryEn: "",
  });
  await change("skills", { intent: "skill.save", skillKey: "excel", level: "2" });
  await change("languages", { intent: "language.save", languageKey: "en", levelKey: "en-cet-6" });
  return student;
}

beforeAll(async () => {
  await seedProfileCatalogue();
  await applyIndexSettings(client, testSearch.indexPrefix);
}, 120_000);

afterEach(() => stopTestWorkers());

describe("candidate sync", () => {
  it("indexes a student once they agree to be found, and removes them when they withdraw", async () => {
    await startTestWorker();
    const student = await candidate("Wombatica");
    expect(await indexed(student.profileId)).toBeNull(); // no consent yet

    await giveConsent(student.userId, "DISCOVERABLE");
    const doc = await waitFor(() => indexed(student.profileId), {
      timeoutMs: 15_000,
      message: "the consenting student never reached the index",
    });
    expect(JSON.stringify(doc)).not.toMatch(/13811112222|Sun Yue|孙悦|@example\.cn/);
    const found = await candidates().search("wombatica", { filter: 'skills = "excel:2" AND languages = "en:4"' });
    expect(found.hits.map((hit) => hit.id)).toEqual([student.profileId]);
    const tooHigh = await candidates().search("wombatica", { filter: 'skills = "excel:3"' });
    expect(tooHigh.hits).toEqual([]);

    await withdrawConsent(student.userId, "DISCOVERABLE");
    await waitFor(async () => (await indexed(student.profileId)) === null, {
      timeoutMs: 15_000,
      message: "the withdrawn student stayed in the index",
    });
  });

  it("follows profile edits, and removes the document when the account is deleted", async () => {
    await startTestWorker();
    const student = await candidate("Numbatoria");
    await giveConsent(student.userId, "DISCOVERABLE");
    await waitFor(() => indexed(student.profileId), { timeoutMs: 15_000, message: "never indexed" });

    await applyProfileChange(
      student.profileId,
      STEP_SCHEMAS.skills.parse({ intent: "skill.save", skillKey: "sql", level: "3" }),
    );
    await waitFor(async () => (await indexed(student.profileId))?.skills.includes("sql:3"), {
      timeoutMs: 15_000,
      message: "the new skill never reached the index",
    });

    expect(await deleteStudentAccount(student.userId, PASSWORD)).toBe("deleted");
    await waitFor(async () => (await indexed(student.profileId)) === null, {
      timeoutMs: 15_000,
      message: "the deleted account's document stayed in the index",
    });
  });

  it("keeps out a student whose email is not confirmed, consent or not, and is idempotent", async () => {
    const student = await candidate("Quollish");
    await giveConsent(student.userId, "DISCOVERABLE");
    expect(await syncCandidate(context, student.profileId)).toBe("indexed");
    const once = await indexed(student.profileId);
    expect(await syncCandidate(context, student.profileId)).toBe("indexed");
    expect(await indexed(student.profileId)).toEqual(once);

    await prisma.user.update({ where: { id: student.userId }, data: { emailVerifiedAt: null } });
    expect(await syncCandidate(context, student.profileId)).toBe("removed");
    expect(await indexed(student.profileId)).toBeNull();
    expect(await syncCandidate(context, "cnosuchprofile0000000000")).toBe("removed");
  });

  it("throws while Meilisearch is unreachable, so the queue retries", async () => {
    const student = await candidate("Bilbyness");
    const dead = createSearchClient({ url: `http://127.0.0.1:${await freePort()}`, apiKey: "x" });
    await expect(syncCandidate({ ...context, client: dead }, student.profileId)).rejects.toThrow();
  });
});

describe("reindex", () => {
  it("rebuilds the index from the database, swaps it in and leaves no building index behind", async () => {
    const kept = await candidate("Potoroo");
    const dropped = await candidate("Bettong");
    await giveConsent(kept.userId, "DISCOVERABLE");
    await giveConsent(dropped.userId, "DISCOVERABLE");
    await syncCandidate(context, kept.profileId);
    await syncCandidate(context, dropped.profileId);
    // A consent withdrawn behind the sync's back (no job enqueued): only the reindex can notice.
    await prisma.consent.updateMany({ where: { userId: dropped.userId }, data: { withdrawnAt: new Date() } });

    const progress: [number, number][] = [];
    const discoverable = await prisma.studentProfile.count({
      where: {
        user: { emailVerifiedAt: { not: null }, consents: { some: { purpose: "DISCOVERABLE", withdrawnAt: null } } },
      },
    });
    const result = await reindexCandidates(context, {
      batchSize: 2,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(result.documents).toBe(discoverable);
    expect(progress.at(-1)).toEqual([discoverable, discoverable]);
    expect(await indexed(kept.profileId)).not.toBeNull();
    expect(await indexed(dropped.profileId)).toBeNull();
    expect((await candidates().getStats()).numberOfDocuments).toBe(discoverable);
    const { results } = await client.getIndexes({ limit: 1000 });
    expect(results.filter((index) => index.uid.includes("candidates_rebuild"))).toEqual([]);
  });
});
