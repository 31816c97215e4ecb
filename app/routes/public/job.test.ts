/**
 * The job page's loader on real data: open jobs answer 200 with JSON-LD, closed and expired ones
 * 410 with a notice and no JSON-LD, drafts and unknown ids 404.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { seedSmallDemo } from "../../../scripts/test/demo";
import { loader } from "./job";

async function load(jobId: string) {
  const request = new Request(`http://localhost/jobs/${jobId}`, { headers: { "Accept-Language": "en" } });
  try {
    const result = (await loader({
      request,
      params: { jobId },
      context: { cspNonce: "", clientIp: "" },
    })) as unknown as {
      init: { status: number } | null;
      data: { open: boolean; jsonLd: string | null };
    };
    return { status: result.init?.status ?? 200, data: result.data };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, data: null };
    throw thrown;
  }
}

beforeAll(() => seedSmallDemo(), 180_000);

describe("job page loader", () => {
  it("answers an open job with its JobPosting", async () => {
    const job = await prisma.job.findFirstOrThrow({ where: { status: "PUBLISHED", validThrough: { gt: new Date() } } });
    const { status, data } = await load(job.id);
    expect(status).toBe(200);
    expect(data!.open).toBe(true);
    expect(JSON.parse(data!.jsonLd!)).toMatchObject({ "@type": "JobPosting", title: job.titleEn });
  });

  it("answers 410 Gone for a closed job, and for one past its deadline, without JobPosting", async () => {
    const closed = await prisma.job.findFirstOrThrow({ where: { status: "CLOSED" } });
    expect(await load(closed.id)).toMatchObject({ status: 410, data: { open: false, jsonLd: null } });
    const expired = await prisma.job.findFirstOrThrow({
      where: { status: "PUBLISHED", validThrough: { lt: new Date() } },
    });
    expect(await load(expired.id)).toMatchObject({ status: 410, data: { open: false } });
  });

  it("answers 404 for drafts, unknown ids and malformed ids", async () => {
    const draft = await prisma.job.findFirstOrThrow({ where: { status: "DRAFT" } });
    expect((await load(draft.id)).status).toBe(404);
    expect((await load("cnosuchjob000000000000000")).status).toBe(404);
    expect((await load("../../etc/passwd")).status).toBe(404);
  });
});
