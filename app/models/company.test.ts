/** Companies against the real database: sign-up, the owner's profile and logo, organizer decisions. */
import { describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import {
  companyInput,
  createOrganizerSession,
  createTestCompany,
  PNG,
  rowCounts,
  testCreditCode,
  unique,
} from "~/routes/company/test-helpers.server";
import { signUpStudent } from "./account.server";
import {
  listCompaniesForReview,
  placeOfDivision,
  removeCompanyLogo,
  replaceCompanyLogo,
  reviewCompany,
  signUpCompany,
  slugify,
  updateCompanyProfile,
} from "./company.server";

const logo = { bytes: PNG, type: "image/png" as const, name: "logo.png" };

describe("company sign-up", () => {
  it("creates the unverified owner, the pending company and the OWNER membership in one go, and mails the link", async () => {
    const email = unique("signup");
    const input = companyInput();
    expect(
      await signUpCompany({
        account: { email, password: "owner password 123", locale: "zh-CN" },
        company: input,
        logo,
      }),
    ).toBe("mailed");
    const user = await prisma.user.findUniqueOrThrow({
      where: { email },
      include: { membership: { include: { company: { include: { logo: true } } } } },
    });
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.membership).toMatchObject({ role: "OWNER" });
    expect(user.membership!.company).toMatchObject({
      creditCode: input.creditCode,
      verificationStatus: "PENDING",
      slug: "hangzhou-lanhai-trading-co-ltd",
      verifiedAt: null,
    });
    expect(user.membership!.company.logo).toMatchObject({ contentType: "image/png", size: PNG.length });
    const mail = await prisma.outgoingMail.findFirstOrThrow({ where: { to: email } });
    expect(mail.subject).toBe("请确认您的 E-Landing 邮箱");
  });

  it("gives a second company of the same English name its own slug", async () => {
    await createTestCompany({ company: { nameEn: "Same Name Ltd" } });
    await createTestCompany({ company: { nameEn: "Same Name Ltd" } });
    const slugs = (await prisma.company.findMany({ where: { nameEn: "Same Name Ltd" }, select: { slug: true } })).map(
      (c) => c.slug,
    );
    expect(slugs.sort()).toEqual(["same-name-ltd", "same-name-ltd-2"]);
    expect(slugify("  Ünïcode & Co., Ltd.  ")).toBe("unicode-co-ltd");
    expect(slugify("杭州蓝海")).toBe("company");
  });

  it("creates nothing for an address that has an account, and mails its owner instead", async () => {
    const email = unique("taken");
    await signUpStudent({ email, password: "student password 1", locale: "en" });
    const before = await rowCounts();
    expect(
      await signUpCompany({
        account: { email, password: "intruder password", locale: "en" },
        company: companyInput(),
        logo,
      }),
    ).toBe("mailed");
    const after = await rowCounts();
    expect(after).toMatchObject({ users: before.users, companies: before.companies, files: before.files });
    const mails = await prisma.outgoingMail.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });
    expect(mails.at(-1)!.subject).toBe("Someone tried to sign up to E-Landing with your email");
  });

  it("refuses a credit code that is already registered, creating nothing and mailing nobody", async () => {
    const { companyId } = await createTestCompany();
    const { creditCode } = await prisma.company.findUniqueOrThrow({ where: { id: companyId } });
    const before = await rowCounts();
    const email = unique("second");
    expect(
      await signUpCompany({
        account: { email, password: "second owner pass", locale: "en" },
        company: companyInput({ creditCode }),
      }),
    ).toBe("credit-code-taken");
    expect(await rowCounts()).toEqual(before);
  });
});

describe("the owner's profile", () => {
  it("sends a rejected company back to the queue when saved, keeping the organizers' last note", async () => {
    const { companyId } = await createTestCompany({ status: "REJECTED" });
    await prisma.company.update({ where: { id: companyId }, data: { reviewNote: "Licence name differs" } });
    const input = companyInput({ nameZh: "杭州蓝海国际贸易有限公司" });
    expect(await updateCompanyProfile(companyId, input)).toEqual({ ok: true, resubmitted: true });
    expect(await prisma.company.findUniqueOrThrow({ where: { id: companyId } })).toMatchObject({
      verificationStatus: "PENDING",
      nameZh: "杭州蓝海国际贸易有限公司",
      creditCode: input.creditCode,
      reviewNote: "Licence name differs",
    });
  });

  it("keeps a verified company's credit code, and refuses another company's code", async () => {
    const verified = await createTestCompany({ status: "VERIFIED" });
    const { creditCode } = await prisma.company.findUniqueOrThrow({ where: { id: verified.companyId } });
    expect(await updateCompanyProfile(verified.companyId, companyInput({ creditCode: testCreditCode() }))).toEqual({
      ok: false,
      problem: "credit-code-locked",
    });
    const { creditCode: _code, ...rest } = companyInput({ nameEn: "Renamed Ltd" });
    expect(await updateCompanyProfile(verified.companyId, rest)).toEqual({ ok: true, resubmitted: false });
    expect(await prisma.company.findUniqueOrThrow({ where: { id: verified.companyId } })).toMatchObject({
      creditCode,
      nameEn: "Renamed Ltd",
      verificationStatus: "VERIFIED",
    });

    const pending = await createTestCompany();
    expect(await updateCompanyProfile(pending.companyId, companyInput({ creditCode }))).toEqual({
      ok: false,
      problem: "credit-code-taken",
    });
  });

  it("replaces the logo, deleting the old file, and removes it", async () => {
    const { companyId } = await createTestCompany();
    await replaceCompanyLogo(companyId, logo);
    const first = (await prisma.company.findUniqueOrThrow({ where: { id: companyId } })).logoId!;
    await replaceCompanyLogo(companyId, { ...logo, name: "new.png" });
    const second = (await prisma.company.findUniqueOrThrow({ where: { id: companyId } })).logoId!;
    expect(second).not.toBe(first);
    expect(await prisma.storedFile.findUnique({ where: { id: first } })).toBeNull();
    await removeCompanyLogo(companyId);
    expect((await prisma.company.findUniqueOrThrow({ where: { id: companyId } })).logoId).toBeNull();
    expect(await prisma.storedFile.findUnique({ where: { id: second } })).toBeNull();
  });
});

describe("organizer decisions", () => {
  it("approve: verified, reviewer and date set, an audit row, and the owner's mail in the owner's language", async () => {
    const organizer = await createOrganizerSession();
    const { companyId, ownerEmail } = await createTestCompany({ locale: "zh-CN" });
    const now = new Date("2026-12-01T02:00:00Z");
    const result = await reviewCompany(
      { companyId, action: "approve", actorId: organizer.userId, ip: "198.51.100.7" },
      now,
    );
    expect(result).toMatchObject({ ok: true, status: "VERIFIED", closedJobs: 0 });
    expect(await prisma.company.findUniqueOrThrow({ where: { id: companyId } })).toMatchObject({
      verificationStatus: "VERIFIED",
      verifiedAt: now,
      reviewedById: organizer.userId,
      reviewNote: null,
    });
    expect(await prisma.auditLog.findMany({ where: { subjectId: companyId } })).toEqual([
      expect.objectContaining({
        actorId: organizer.userId,
        action: "company.approve",
        subjectType: "Company",
        ip: "198.51.100.7",
        details: { from: "PENDING", to: "VERIFIED" },
      }),
    ]);
    const mail = await prisma.outgoingMail.findFirstOrThrow({
      where: { to: ownerEmail },
      orderBy: { createdAt: "desc" },
    });
    expect(mail.subject).toBe("杭州蓝海跨境贸易有限公司 已通过 E-Landing 企业认证");
  });

  it("reject needs a reason, which the owner reads in the mail; a second decision on a stale status is refused", async () => {
    const organizer = await createOrganizerSession();
    const { companyId, ownerEmail } = await createTestCompany({ locale: "en" });
    expect(await reviewCompany({ companyId, action: "reject", reason: "  ", actorId: organizer.userId })).toEqual({
      ok: false,
      problem: "reason-required",
    });
    const result = await reviewCompany({
      companyId,
      action: "reject",
      reason: "The credit code belongs to another company.",
      actorId: organizer.userId,
    });
    expect(result).toMatchObject({ ok: true, status: "REJECTED" });
    const mail = await prisma.outgoingMail.findFirstOrThrow({
      where: { to: ownerEmail },
      orderBy: { createdAt: "desc" },
    });
    expect(mail.subject).toBe("Hangzhou Lanhai Trading Co., Ltd.: verification refused");
    expect(mail.text).toContain("The credit code belongs to another company.");
    // Rejected companies are not suspended or rejected again: they come back through their own edit.
    expect(await reviewCompany({ companyId, action: "reject", reason: "again", actorId: organizer.userId })).toEqual({
      ok: false,
      problem: "wrong-status",
    });
    expect(await reviewCompany({ companyId, action: "suspend", reason: "x", actorId: organizer.userId })).toEqual({
      ok: false,
      problem: "wrong-status",
    });
    expect(await prisma.auditLog.count({ where: { subjectId: companyId } })).toBe(1);
    expect(await reviewCompany({ companyId: "nosuchcompany", action: "approve", actorId: organizer.userId })).toEqual({
      ok: false,
      problem: "not-found",
    });
  });

  it("suspend and reinstate a verified company, each audited with its reason and mailed", async () => {
    const organizer = await createOrganizerSession();
    const { companyId, ownerEmail } = await createTestCompany({ status: "VERIFIED" });
    await reviewCompany({
      companyId,
      action: "suspend",
      reason: "Charged applicants a fee.",
      actorId: organizer.userId,
    });
    expect(await prisma.company.findUniqueOrThrow({ where: { id: companyId } })).toMatchObject({
      verificationStatus: "SUSPENDED",
      reviewNote: "Charged applicants a fee.",
    });
    await reviewCompany({ companyId, action: "reinstate", actorId: organizer.userId });
    expect(await prisma.company.findUniqueOrThrow({ where: { id: companyId } })).toMatchObject({
      verificationStatus: "VERIFIED",
      reviewNote: null,
    });
    const audits = await prisma.auditLog.findMany({ where: { subjectId: companyId }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => [a.action, a.details])).toEqual([
      ["company.suspend", { from: "VERIFIED", to: "SUSPENDED", reason: "Charged applicants a fee." }],
      ["company.reinstate", { from: "SUSPENDED", to: "VERIFIED" }],
    ]);
    const subjects = (
      await prisma.outgoingMail.findMany({ where: { to: ownerEmail }, orderBy: { createdAt: "asc" } })
    ).map((m) => m.subject);
    expect(subjects.slice(-2)).toEqual([
      "Hangzhou Lanhai Trading Co., Ltd.'s E-Landing account is suspended",
      "Hangzhou Lanhai Trading Co., Ltd.'s E-Landing account is reinstated",
    ]);
  });
});

describe("the verification queue", () => {
  it("lists pending companies first, oldest first, and finds them by name or credit code", async () => {
    const older = await createTestCompany({ company: { nameEn: "Queue Alpha Ltd" } });
    const verified = await createTestCompany({ status: "VERIFIED", company: { nameEn: "Queue Beta Ltd" } });
    const newer = await createTestCompany({ company: { nameEn: "Queue Gamma Ltd" } });
    await prisma.company.update({
      where: { id: older.companyId },
      data: { createdAt: new Date(Date.now() - 30 * 86_400_000) },
    });
    const { companies, counts } = await listCompaniesForReview({ q: "queue", page: 1 });
    expect(companies.map((c) => c.id)).toEqual([older.companyId, newer.companyId, verified.companyId]);
    expect(counts).toMatchObject({ PENDING: 2, VERIFIED: 1 });

    const { creditCode } = await prisma.company.findUniqueOrThrow({ where: { id: newer.companyId } });
    const byCode = await listCompaniesForReview({ q: ` ${creditCode.slice(0, 17).toLowerCase()}`, page: 1 });
    expect(byCode.companies.map((c) => c.id)).toEqual([newer.companyId]);
    const onlyVerified = await listCompaniesForReview({ q: "QUEUE", status: "VERIFIED", page: 1 });
    expect(onlyVerified.companies.map((c) => c.id)).toEqual([verified.companyId]);
    expect((await listCompaniesForReview({ q: "queue", page: 2 })).companies).toEqual([]);
  });

  it("names the place a division code stands for", () => {
    expect(placeOfDivision("330108")).toEqual({ city: "hangzhou", district: "binjiang" });
    expect(placeOfDivision("330100")).toEqual({ city: "hangzhou", district: null });
    expect(placeOfDivision("110101")).toBeNull();
  });
});
