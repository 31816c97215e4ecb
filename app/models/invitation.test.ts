/** Recruiter invitations against the real database: mailed links, accepting them, and scoping by company. */
import { describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import {
  createOrganizerSession,
  createRecruiter,
  createStudent,
  createTestCompany,
  mailedToken,
  unique,
} from "~/routes/company/test-helpers.server";
import { authenticate } from "./account.server";
import {
  acceptInvitationForUser,
  acceptInvitationWithNewAccount,
  findInvitation,
  invitationState,
  inviteRecruiter,
  listMembersAndInvitations,
  removeRecruiter,
  revokeInvitation,
} from "./invitation.server";

describe("inviting", () => {
  it("mails a 7-day link naming the company and the inviter, and replaces an earlier invitation to the same address", async () => {
    const { companyId, ownerId, ownerEmail } = await createTestCompany();
    const email = unique("colleague");
    expect(
      await inviteRecruiter({ companyId, inviterId: ownerId, email: ` ${email.toUpperCase()} `, locale: "en" }),
    ).toEqual({
      ok: true,
    });
    const mail = await prisma.outgoingMail.findFirstOrThrow({ where: { to: email } });
    expect(mail.subject).toBe("Hangzhou Lanhai Trading Co., Ltd. invites you to its recruiting team on E-Landing");
    expect(mail.text).toContain(ownerEmail);
    expect(mail.text).toMatch(/\/invite\?token=/);
    const first = await mailedToken(email);
    const invitation = await findInvitation(first);
    expect(invitation).toMatchObject({ email, company: { id: companyId } });
    expect(invitation!.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);

    await inviteRecruiter({ companyId, inviterId: ownerId, email, locale: "zh-CN" });
    expect(await findInvitation(first)).toBeNull();
    const { invitations } = await listMembersAndInvitations(companyId);
    expect(invitations.map((i) => i.email)).toEqual([email]);
    const latest = await prisma.outgoingMail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
    expect(latest.subject).toBe("杭州蓝海跨境贸易有限公司 邀请您加入 E-Landing 招聘团队");
  });

  it("refuses an address that is already a member, and any invitation from a suspended company", async () => {
    const { companyId, ownerId, ownerEmail } = await createTestCompany();
    expect(await inviteRecruiter({ companyId, inviterId: ownerId, email: ownerEmail, locale: "en" })).toEqual({
      ok: false,
      problem: "already-member",
    });
    await prisma.company.update({ where: { id: companyId }, data: { verificationStatus: "SUSPENDED" } });
    expect(await inviteRecruiter({ companyId, inviterId: ownerId, email: unique("x"), locale: "en" })).toEqual({
      ok: false,
      problem: "suspended",
    });
  });
});

describe("accepting", () => {
  it("creates a verified recruiter account from the link, once", async () => {
    const { companyId, ownerId } = await createTestCompany();
    const email = unique("newbie");
    await inviteRecruiter({ companyId, inviterId: ownerId, email, locale: "en" });
    const token = await mailedToken(email);
    const invitation = (await findInvitation(token))!;
    expect(await invitationState(invitation, null)).toBe("new-account");

    const result = await acceptInvitationWithNewAccount({ token, password: "recruiter password", locale: "en" });
    expect(result).toMatchObject({ ok: true });
    const user = await prisma.user.findUniqueOrThrow({ where: { email }, include: { membership: true } });
    expect(user.emailVerifiedAt).not.toBeNull();
    expect(user.membership).toMatchObject({ companyId, role: "RECRUITER" });
    expect(await authenticate(email, "recruiter password")).not.toBeNull();
    expect(await acceptInvitationWithNewAccount({ token, password: "another password", locale: "en" })).toEqual({
      ok: false,
      problem: "invalid",
    });
    expect(await findInvitation(token)).toBeNull();
  });

  it("lets an existing account without a role accept; refuses other accounts and accounts with a role", async () => {
    const { companyId, ownerId } = await createTestCompany();
    const other = await createTestCompany();
    // A recruiter removed from another company keeps an account without a role.
    const former = await createRecruiter(other.companyId);
    await removeRecruiter(other.companyId, former.memberId);
    await inviteRecruiter({ companyId, inviterId: ownerId, email: former.email, locale: "en" });
    const token = await mailedToken(former.email);
    const invitation = (await findInvitation(token))!;
    expect(await invitationState(invitation, null)).toBe("log-in");

    const student = await createStudent();
    const studentView = { email: student.email, student: {}, membership: null, organizer: null };
    expect(await invitationState(invitation, studentView)).toBe("wrong-account");
    expect(await acceptInvitationForUser({ token, userId: student.userId })).toEqual({
      ok: false,
      problem: "wrong-account",
    });
    // The refusal rolled back: the link still works for its addressee.
    expect(await findInvitation(token)).not.toBeNull();
    const formerView = { email: former.email, student: null, membership: null, organizer: null };
    expect(await invitationState(invitation, formerView)).toBe("accept");
    expect(await acceptInvitationForUser({ token, userId: former.userId })).toEqual({ ok: true });
    expect(await prisma.companyMember.findUnique({ where: { userId: former.userId } })).toMatchObject({
      companyId,
      role: "RECRUITER",
    });

    // A student invited at their own address cannot become a recruiter too.
    await inviteRecruiter({ companyId, inviterId: ownerId, email: student.email, locale: "en" });
    const studentToken = await mailedToken(student.email);
    expect(await invitationState((await findInvitation(studentToken))!, { ...studentView })).toBe("has-role");
    expect(await acceptInvitationForUser({ token: studentToken, userId: student.userId })).toEqual({
      ok: false,
      problem: "has-role",
    });
    const organizer = await createOrganizerSession();
    await inviteRecruiter({ companyId, inviterId: ownerId, email: organizer.email, locale: "en" });
    const organizerToken = await mailedToken(organizer.email);
    expect(
      await acceptInvitationWithNewAccount({ token: organizerToken, password: "password 12345", locale: "en" }),
    ).toEqual({
      ok: false,
      problem: "account-exists",
    });
    expect(await prisma.companyMember.findUnique({ where: { userId: organizer.userId } })).toBeNull();
  });

  it("does not accept an expired link", async () => {
    const { companyId, ownerId } = await createTestCompany();
    const email = unique("late");
    await inviteRecruiter(
      { companyId, inviterId: ownerId, email, locale: "en" },
      new Date(Date.now() - 8 * 86_400_000),
    );
    const token = await mailedToken(email);
    expect(await findInvitation(token)).toBeNull();
    expect(await acceptInvitationWithNewAccount({ token, password: "late password 1", locale: "en" })).toEqual({
      ok: false,
      problem: "invalid",
    });
  });
});

describe("managing the team", () => {
  it("revokes and removes only within the company; the owner stays", async () => {
    const mine = await createTestCompany();
    const theirs = await createTestCompany();
    const recruiter = await createRecruiter(theirs.companyId);
    await inviteRecruiter({ companyId: theirs.companyId, inviterId: theirs.ownerId, email: unique("y"), locale: "en" });
    const [theirInvitation] = (await listMembersAndInvitations(theirs.companyId)).invitations;

    expect(await revokeInvitation(mine.companyId, theirInvitation!.id)).toBe(false);
    expect(await removeRecruiter(mine.companyId, recruiter.memberId)).toBe("not-found");
    const owner = await prisma.companyMember.findUniqueOrThrow({ where: { userId: theirs.ownerId } });
    expect(await removeRecruiter(theirs.companyId, owner.id)).toBe("owner");

    expect(await revokeInvitation(theirs.companyId, theirInvitation!.id)).toBe(true);
    expect(await removeRecruiter(theirs.companyId, recruiter.memberId)).toBe("removed");
    expect(await prisma.session.count({ where: { userId: recruiter.userId } })).toBe(0);
    expect(await prisma.user.findUnique({ where: { id: recruiter.userId } })).not.toBeNull();
    expect(await listMembersAndInvitations(theirs.companyId)).toMatchObject({
      members: [expect.objectContaining({ role: "OWNER" })],
      invitations: [],
    });
  });
});
