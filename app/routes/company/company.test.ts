/**
 * The company pages' loaders and actions called as Remix calls them: who may do what, bad input
 * answered 400 with nothing changed, other companies' ids answered 404.
 */
import { describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { inviteRecruiter, listMembersAndInvitations } from "~/models/invitation.server";
import { INVITATIONS_PER_HOUR } from "~/models/invitation.server";
import * as dashboard from "./index";
import * as invite from "./invite";
import * as logo from "../files/logo";
import * as members from "./members";
import * as profile from "./profile";
import * as removeMember from "./remove-member";
import * as signup from "./signup";
import {
  call,
  createOrganizerSession,
  createRecruiter,
  createStudent,
  createTestCompany,
  errorCodes,
  formOf,
  mailedToken,
  pngFile,
  rowCounts,
  signUpFields,
  unique,
} from "./test-helpers.server";

describe("company sign-up", () => {
  it("creates the pending company with its logo and answers 'check your mail'", async () => {
    const fields = signUpFields();
    const answer = await call(signup.action, { url: "/company/signup", form: formOf(fields, { logo: pngFile() }) });
    expect(answer).toMatchObject({ status: 200, data: { ok: true, email: fields.email } });
    const company = await prisma.company.findUniqueOrThrow({
      where: { creditCode: fields.uscc },
      include: { members: true },
    });
    expect(company).toMatchObject({ verificationStatus: "PENDING", city: "hangzhou", district: "binjiang" });
    expect(company.logoId).not.toBeNull();
    expect(company.members).toEqual([expect.objectContaining({ role: "OWNER" })]);
  });

  it("answers an empty form 400 with a message per field and changes nothing", async () => {
    const before = await rowCounts();
    const answer = await call(signup.action, { url: "/company/signup", form: formOf({}) });
    expect(answer.status).toBe(400);
    expect(Object.keys(errorCodes(answer)).sort()).toEqual(
      [
        "acceptPrivacy",
        "descriptionEn",
        "descriptionZh",
        "email",
        "industry",
        "nameEn",
        "nameZh",
        "password",
        "place",
        "size",
        "uscc",
      ].sort(),
    );
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses hostile and oversized values, a bot, a wrong credit code and a fake or large logo — 400, nothing stored", async () => {
    const before = await rowCounts();
    const hostile = signUpFields({
      nameZh: "<script>alert(1)</script>".repeat(10),
      website: "javascript:alert(1)",
      industry: "' OR 1=1 --",
      place: 'hangzhou = "x" OR city EXISTS',
      uscc: "91330108MA2H4K7R0X",
    });
    const answer = await call(signup.action, { url: "/company/signup", form: formOf(hostile) });
    expect(answer.status).toBe(400);
    expect(errorCodes(answer)).toMatchObject({
      nameZh: ["too_big"],
      website: ["invalid_url"],
      industry: ["invalid_value"],
      place: ["invalid_value"],
    });
    expect(errorCodes(answer).uscc?.[0]).toMatch(/^company\.errors\.creditCode\./);

    const bot = await call(signup.action, {
      url: "/company/signup",
      form: formOf({ ...signUpFields(), website_url: "http://spam.example.com" }),
    });
    expect(errorCodes(bot)).toEqual({ form: ["bot"] });

    const fake = new File(["<html><script>alert(1)</script></html>"], "logo.png", { type: "image/png" });
    const wrongType = await call(signup.action, {
      url: "/company/signup",
      form: formOf(signUpFields(), { logo: fake }),
    });
    expect(wrongType.status).toBe(400);
    expect(errorCodes(wrongType)).toEqual({ logo: ["company.errors.logo.wrong_type"] });
    // The other fields come back, to fill the form in again (never the password).
    expect((wrongType.data as { values: Record<string, string> }).values).toMatchObject({ nameEn: expect.any(String) });
    expect((wrongType.data as { values: Record<string, string> }).values.password).toBeUndefined();

    const large = await call(signup.action, {
      url: "/company/signup",
      form: formOf(signUpFields(), { logo: pngFile("big.png", 1024 * 1024) }),
    });
    expect(errorCodes(large)).toEqual({ logo: ["company.errors.logo.too_large"] });
    expect(await rowCounts()).toEqual(before);
  });

  it("tells a second sign-up with a registered credit code to ask that company's owner", async () => {
    const { companyId } = await createTestCompany();
    const { creditCode } = await prisma.company.findUniqueOrThrow({ where: { id: companyId } });
    const before = await rowCounts();
    const answer = await call(signup.action, {
      url: "/company/signup",
      form: formOf(signUpFields({ uscc: creditCode.toLowerCase() })),
    });
    expect(answer.status).toBe(400);
    expect(errorCodes(answer)).toEqual({ uscc: ["company.errors.creditCodeTaken"] });
    expect(await rowCounts()).toEqual(before);
  });

  it("sends signed-in visitors to their own home", async () => {
    const student = await createStudent();
    const answer = await call(signup.loader, { url: "/company/signup", cookie: student.cookie });
    expect(answer.status).toBe(302);
    expect(answer.headers.get("Location")).toBe("/student");
  });
});

describe("company dashboard", () => {
  it("tells a pending company's members that it is pending", async () => {
    const { cookie, companyId } = await createTestCompany();
    const recruiter = await createRecruiter(companyId);
    for (const who of [cookie, recruiter.cookie]) {
      const answer = await call(dashboard.loader, { url: "/company", cookie: who });
      expect(answer.status).toBe(200);
      expect(answer.data).toMatchObject({ company: { id: companyId, verificationStatus: "PENDING" } });
    }
  });

  it("shows a rejected company the organizers' reason", async () => {
    const { cookie, companyId } = await createTestCompany({ status: "REJECTED" });
    await prisma.company.update({ where: { id: companyId }, data: { reviewNote: "Upload a clearer licence." } });
    const answer = await call(dashboard.loader, { url: "/company", cookie });
    expect(answer.data).toMatchObject({
      company: { verificationStatus: "REJECTED", reviewNote: "Upload a clearer licence." },
    });
  });

  it("sends anonymous visitors to log in and refuses students", async () => {
    const anonymous = await call(dashboard.loader, { url: "/company" });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toBe("/login?redirectTo=%2Fcompany");
    const student = await createStudent();
    expect((await call(dashboard.loader, { url: "/company", cookie: student.cookie })).status).toBe(403);
  });
});

describe("company profile", () => {
  it("is the owner's: a recruiter gets 403 on the page and on every change", async () => {
    const { companyId } = await createTestCompany();
    const recruiter = await createRecruiter(companyId);
    expect((await call(profile.loader, { url: "/company/profile", cookie: recruiter.cookie })).status).toBe(403);
    for (const intent of ["save", "logo", "remove-logo"]) {
      const answer = await call(profile.action, {
        url: "/company/profile",
        cookie: recruiter.cookie,
        form: formOf({ intent }),
      });
      expect(answer.status, intent).toBe(403);
    }
  });

  it("answers bad input 400 without changing the company; a valid save of a rejected company resubmits it", async () => {
    const { cookie, companyId } = await createTestCompany({ status: "REJECTED" });
    const before = await prisma.company.findUniqueOrThrow({ where: { id: companyId } });
    const bad = await call(profile.action, {
      url: "/company/profile",
      cookie,
      form: formOf({ ...signUpFields({ uscc: before.creditCode, nameEn: "" }), intent: "save" }),
    });
    expect(bad.status).toBe(400);
    expect(errorCodes(bad)).toEqual({ nameEn: ["required"] });
    expect(await prisma.company.findUniqueOrThrow({ where: { id: companyId } })).toEqual(before);

    const saved = await call(profile.action, {
      url: "/company/profile",
      cookie,
      form: formOf({ ...signUpFields({ uscc: before.creditCode, nameEn: "Yunfan Global Ltd" }), intent: "save" }),
    });
    expect(saved.status).toBe(302);
    expect(saved.headers.get("Location")).toBe("/company");
    expect(await prisma.company.findUniqueOrThrow({ where: { id: companyId } })).toMatchObject({
      nameEn: "Yunfan Global Ltd",
      verificationStatus: "PENDING",
    });
  });

  it("ignores a credit code sent for a verified company", async () => {
    const { cookie, companyId } = await createTestCompany({ status: "VERIFIED" });
    const { creditCode } = await prisma.company.findUniqueOrThrow({ where: { id: companyId } });
    const answer = await call(profile.action, {
      url: "/company/profile",
      cookie,
      form: formOf({ ...signUpFields(), intent: "save" }),
    });
    expect(answer.status).toBe(302);
    expect(await prisma.company.findUniqueOrThrow({ where: { id: companyId } })).toMatchObject({
      creditCode,
      verificationStatus: "VERIFIED",
    });
  });

  it("replaces the logo only with a real image", async () => {
    const { cookie, companyId } = await createTestCompany();
    const fake = await call(profile.action, {
      url: "/company/profile",
      cookie,
      form: formOf({ intent: "logo" }, { logo: new File(["GIF89a"], "logo.png") }),
    });
    expect(fake.status).toBe(400);
    expect(errorCodes(fake)).toEqual({ logo: ["company.errors.logo.wrong_type"] });
    const missing = await call(profile.action, { url: "/company/profile", cookie, form: formOf({ intent: "logo" }) });
    expect(errorCodes(missing)).toEqual({ logo: ["company.errors.logo.missing"] });
    expect((await prisma.company.findUniqueOrThrow({ where: { id: companyId } })).logoId).toBeNull();

    const good = await call(profile.action, {
      url: "/company/profile",
      cookie,
      form: formOf({ intent: "logo" }, { logo: pngFile() }),
    });
    expect(good.status).toBe(302);
    expect((await prisma.company.findUniqueOrThrow({ where: { id: companyId } })).logoId).not.toBeNull();
  });
});

describe("recruiting team", () => {
  it("lets recruiters see the team but not invite or withdraw (403)", async () => {
    const { companyId } = await createTestCompany();
    const recruiter = await createRecruiter(companyId);
    const page = await call(members.loader, { url: "/company/members", cookie: recruiter.cookie });
    expect(page).toMatchObject({ status: 200, data: { isOwner: false } });
    const before = await rowCounts();
    for (const form of [
      formOf({ intent: "invite", email: unique("friend") }),
      formOf({ intent: "revoke", invitationId: "whatever" }),
    ]) {
      expect((await call(members.action, { url: "/company/members", cookie: recruiter.cookie, form })).status).toBe(
        403,
      );
    }
    expect(await rowCounts()).toEqual(before);
    expect(
      (
        await call(removeMember.loader, {
          url: `/company/members/${recruiter.memberId}/remove`,
          cookie: recruiter.cookie,
          params: { memberId: recruiter.memberId },
        })
      ).status,
    ).toBe(403);
  });

  it("invites by mail; a bad address is 400 and mails nothing", async () => {
    const { cookie } = await createTestCompany();
    const before = await rowCounts();
    const bad = await call(members.action, {
      url: "/company/members",
      cookie,
      form: formOf({ intent: "invite", email: "not an address<script>" }),
    });
    expect(bad.status).toBe(400);
    expect(errorCodes(bad)).toEqual({ email: ["invalid_email"] });
    expect(await rowCounts()).toEqual(before);

    const email = unique("friend");
    const sent = await call(members.action, {
      url: "/company/members",
      cookie,
      form: formOf({ intent: "invite", email }),
    });
    expect(sent.status).toBe(302);
    expect(await prisma.outgoingMail.count({ where: { to: email } })).toBe(1);
  });

  it(`limits a company to ${INVITATIONS_PER_HOUR} invitations an hour`, async () => {
    const { cookie } = await createTestCompany();
    for (let i = 0; i < INVITATIONS_PER_HOUR; i++) {
      const answer = await call(members.action, {
        url: "/company/members",
        cookie,
        form: formOf({ intent: "invite", email: unique("many") }),
      });
      expect(answer.status).toBe(302);
    }
    const refused = await call(members.action, {
      url: "/company/members",
      cookie,
      form: formOf({ intent: "invite", email: unique("one-too-many") }),
    });
    expect(refused.status).toBe(429);
    expect(errorCodes(refused)).toEqual({ form: ["company.errors.invitesRateLimited"] });
  });

  it("answers 404 for another company's invitations and members", async () => {
    const mine = await createTestCompany();
    const theirs = await createTestCompany();
    const theirRecruiter = await createRecruiter(theirs.companyId);
    await inviteRecruiter({ companyId: theirs.companyId, inviterId: theirs.ownerId, email: unique("z"), locale: "en" });
    const [invitation] = (await listMembersAndInvitations(theirs.companyId)).invitations;

    const revoke = await call(members.action, {
      url: "/company/members",
      cookie: mine.cookie,
      form: formOf({ intent: "revoke", invitationId: invitation!.id }),
    });
    expect(revoke.status).toBe(404);
    const params = { memberId: theirRecruiter.memberId };
    const url = `/company/members/${theirRecruiter.memberId}/remove`;
    expect((await call(removeMember.loader, { url, cookie: mine.cookie, params })).status).toBe(404);
    expect((await call(removeMember.action, { url, cookie: mine.cookie, params, form: formOf({}) })).status).toBe(404);
    expect((await call(removeMember.loader, { url, cookie: mine.cookie, params: { memberId: "../x" } })).status).toBe(
      404,
    );
    // Nothing of theirs changed, and the list shows only my own company.
    expect((await listMembersAndInvitations(theirs.companyId)).invitations).toHaveLength(1);
    expect(await prisma.companyMember.findUnique({ where: { id: theirRecruiter.memberId } })).not.toBeNull();
    const page = await call(members.loader, { url: "/company/members", cookie: mine.cookie });
    expect((page.data as { members: { email: string }[] }).members.map((m) => m.email)).toEqual([mine.ownerEmail]);
  });

  it("removes a recruiter after the confirmation step; the owner cannot remove themself", async () => {
    const { cookie, companyId, ownerId } = await createTestCompany();
    const recruiter = await createRecruiter(companyId);
    const url = `/company/members/${recruiter.memberId}/remove`;
    const params = { memberId: recruiter.memberId };
    const confirm = await call(removeMember.loader, { url, cookie, params });
    expect(confirm).toMatchObject({ status: 200, data: { member: { email: recruiter.email, role: "RECRUITER" } } });
    const removed = await call(removeMember.action, { url, cookie, params, form: formOf({}) });
    expect(removed.status).toBe(302);
    expect(await prisma.companyMember.findUnique({ where: { id: recruiter.memberId } })).toBeNull();

    const own = await prisma.companyMember.findUniqueOrThrow({ where: { userId: ownerId } });
    const self = await call(removeMember.action, {
      url: `/company/members/${own.id}/remove`,
      cookie,
      params: { memberId: own.id },
      form: formOf({}),
    });
    expect(self.status).toBe(400);
    expect(errorCodes(self)).toEqual({ form: ["company.errors.ownerCannotBeRemoved"] });
    expect(await prisma.companyMember.findUnique({ where: { id: own.id } })).not.toBeNull();
  });
});

describe("invitation link", () => {
  it("shows an unknown link as invalid, and accepts a valid one with a new password, signing the recruiter in", async () => {
    expect((await call(invite.loader, { url: "/invite" })).data).toMatchObject({ state: "invalid" });
    expect((await call(invite.loader, { url: "/invite?token=made-up-token-123" })).data).toMatchObject({
      state: "invalid",
    });

    const { companyId, ownerId } = await createTestCompany();
    const email = unique("joiner");
    await inviteRecruiter({ companyId, inviterId: ownerId, email, locale: "en" });
    const token = await mailedToken(email);
    const page = await call(invite.loader, { url: `/invite?token=${token}` });
    expect(page.data).toMatchObject({
      state: "new-account",
      invitation: { email, company: { id: companyId, nameEn: "Hangzhou Lanhai Trading Co., Ltd." } },
    });

    const before = await rowCounts();
    const short = await call(invite.action, {
      url: "/invite",
      form: formOf({ intent: "create", token, password: "short", acceptPrivacy: "on" }),
    });
    expect(short.status).toBe(400);
    expect(errorCodes(short)).toEqual({ password: ["too_small"] });
    expect(await rowCounts()).toEqual(before);

    const joined = await call(invite.action, {
      url: "/invite",
      form: formOf({ intent: "create", token, password: "a good recruiter password", acceptPrivacy: "on" }),
    });
    expect(joined.status).toBe(302);
    expect(joined.headers.get("Location")).toBe("/company");
    const cookies = joined.headers.get("Set-Cookie") ?? "";
    expect(cookies).toContain("__session=");
    const session = cookies.match(/__session=[^;]+/)![0];
    const home = await call(dashboard.loader, { url: "/company", cookie: session });
    expect(home).toMatchObject({ status: 200, data: { role: "RECRUITER", company: { id: companyId } } });

    const again = await call(invite.action, {
      url: "/invite",
      form: formOf({ intent: "create", token, password: "a good recruiter password", acceptPrivacy: "on" }),
    });
    expect(errorCodes(again)).toEqual({ form: ["company.invite.invalid"] });
  });

  it("refuses a signed-in student clearly, whatever they send", async () => {
    const { companyId, ownerId } = await createTestCompany();
    const student = await createStudent();
    await inviteRecruiter({ companyId, inviterId: ownerId, email: student.email, locale: "en" });
    const token = await mailedToken(student.email);
    const page = await call(invite.loader, { url: `/invite?token=${token}`, cookie: student.cookie });
    expect(page.data).toMatchObject({ state: "has-role" });
    const accept = await call(invite.action, {
      url: "/invite",
      cookie: student.cookie,
      form: formOf({ intent: "accept", token }),
    });
    expect(accept.status).toBe(400);
    expect(errorCodes(accept)).toEqual({ form: ["company.invite.hasRole"] });
    const create = await call(invite.action, {
      url: "/invite",
      cookie: student.cookie,
      form: formOf({ intent: "create", token, password: "another password 1", acceptPrivacy: "on" }),
    });
    expect(errorCodes(create)).toEqual({ form: ["company.invite.wrongAccount"] });
    expect(await prisma.companyMember.findUnique({ where: { userId: student.userId } })).toBeNull();
  });
});

describe("logo files", () => {
  it("serve a verified company's logo to anyone, cacheable; a pending one only to its members and organizers", async () => {
    const verified = await createTestCompany({ status: "VERIFIED" });
    const pending = await createTestCompany();
    for (const { cookie } of [verified, pending]) {
      await call(profile.action, {
        url: "/company/profile",
        cookie,
        form: formOf({ intent: "logo" }, { logo: pngFile() }),
      });
    }
    const logoId = (await prisma.company.findUniqueOrThrow({ where: { id: verified.companyId } })).logoId!;
    const open = await call(logo.loader, {
      url: `/files/logos/${verified.companyId}?v=${logoId}`,
      params: { companyId: verified.companyId },
    });
    expect(open.status).toBe(200);
    expect(open.headers.get("Content-Type")).toBe("image/png");
    expect(open.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    expect(open.headers.get("X-Content-Type-Options")).toBe("nosniff");

    const url = `/files/logos/${pending.companyId}`;
    const params = { companyId: pending.companyId };
    expect((await call(logo.loader, { url, params })).status).toBe(404);
    expect((await call(logo.loader, { url, params, cookie: verified.cookie })).status).toBe(404);
    const own = await call(logo.loader, { url, params, cookie: pending.cookie });
    expect(own.status).toBe(200);
    expect(own.headers.get("Cache-Control")).toBe("private, no-store");
    const organizer = await createOrganizerSession();
    expect((await call(logo.loader, { url, params, cookie: organizer.cookie })).status).toBe(200);
    expect((await call(logo.loader, { url: "/files/logos/nope", params: { companyId: "nope" } })).status).toBe(404);
  });
});
