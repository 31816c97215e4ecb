/** Accounts against the real database: what is stored, what is mailed, what a link does. */
import { describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { hashToken } from "~/utils/tokens.server";
import {
  authenticate,
  changePassword,
  confirmEmail,
  findEmailToken,
  requestPasswordReset,
  resetPassword,
  signUpStudent,
} from "./account.server";
import { createSession, endAllSessions } from "./session.server";

/** The link in the newest mail to `to`. */
async function mailedToken(to: string): Promise<string> {
  const mail = await prisma.outgoingMail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
  return new URL(mail.text.match(/https?:\/\/\S+/)![0]).searchParams.get("token")!;
}

const origin = { ip: "203.0.113.9", userAgent: "test" };

describe("student sign-up", () => {
  it("creates an unverified student, stores only the hash of the password and of the link, and mails the link", async () => {
    await signUpStudent({ email: " Li.Ming@Example.CN ", password: "a good long password", locale: "zh-CN" });
    const user = await prisma.user.findUniqueOrThrow({
      where: { email: "li.ming@example.cn" },
      include: { student: true },
    });
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.student).not.toBeNull();
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const token = await mailedToken("li.ming@example.cn");
    expect(await prisma.emailToken.findUnique({ where: { tokenHash: hashToken(token) } })).not.toBeNull();
    expect(await prisma.emailToken.findFirst({ where: { tokenHash: token } })).toBeNull();
    const mail = await prisma.outgoingMail.findFirstOrThrow({ where: { to: "li.ming@example.cn" } });
    expect(mail.subject).toBe("请确认您的 E-Landing 邮箱");
  });

  it("answers an existing address the same way, mailing its owner instead of creating a second account", async () => {
    await signUpStudent({ email: "taken@example.cn", password: "first password 123", locale: "en" });
    const before = await prisma.user.count();
    await signUpStudent({ email: "TAKEN@example.cn", password: "someone else 456", locale: "en" });
    expect(await prisma.user.count()).toBe(before);
    const mails = await prisma.outgoingMail.findMany({
      where: { to: "taken@example.cn" },
      orderBy: { createdAt: "asc" },
    });
    expect(mails.map((m) => m.subject)).toEqual([
      "Confirm your E-Landing email",
      "Someone tried to sign up to E-Landing with your email",
    ]);
    // The intruder's password did not replace the owner's.
    expect(await authenticate("taken@example.cn", "someone else 456")).toBeNull();
    expect(await authenticate("taken@example.cn", "first password 123")).not.toBeNull();
  });

  it("confirms the address once per link; an expired or used link does nothing", async () => {
    await signUpStudent({ email: "confirm@example.cn", password: "password for confirm", locale: "en" });
    const token = await mailedToken("confirm@example.cn");
    const later = new Date(Date.now() + 49 * 3600 * 1000);
    expect(await confirmEmail(token, later)).toBeNull(); // 48 hours have passed
    expect(await confirmEmail(token)).toMatchObject({ email: "confirm@example.cn" });
    expect(await confirmEmail(token)).toBeNull(); // used
    expect(
      (await prisma.user.findUniqueOrThrow({ where: { email: "confirm@example.cn" } })).emailVerifiedAt,
    ).not.toBeNull();
  });
});

describe("passwords", () => {
  it("reset by mailed link: new password works, the old one and every session end", async () => {
    await signUpStudent({ email: "reset@example.cn", password: "old password 12345", locale: "en" });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "reset@example.cn" } });
    await createSession(user.id, origin);
    await requestPasswordReset("Reset@Example.cn");
    const token = await mailedToken("reset@example.cn");
    expect(await findEmailToken(token, "RESET_PASSWORD")).not.toBeNull();
    expect(await resetPassword(token, "new password 67890")).toBe(true);
    expect(await resetPassword(token, "another password 1")).toBe(false); // one use
    expect(await authenticate("reset@example.cn", "old password 12345")).toBeNull();
    expect(await authenticate("reset@example.cn", "new password 67890")).not.toBeNull();
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("sends nothing for an address without an account", async () => {
    await requestPasswordReset("nobody@example.cn");
    expect(await prisma.outgoingMail.count({ where: { to: "nobody@example.cn" } })).toBe(0);
  });

  it("changes with the current password, logging out the other sessions only", async () => {
    await signUpStudent({ email: "change@example.cn", password: "current password 1", locale: "en" });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "change@example.cn" } });
    await createSession(user.id, origin);
    await createSession(user.id, origin);
    const keep = await prisma.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(await changePassword(user.id, "wrong password", "next password 22", keep.id)).toBe("wrong-password");
    expect(await changePassword(user.id, "current password 1", "next password 22", keep.id)).toBe("changed");
    expect((await prisma.session.findMany({ where: { userId: user.id } })).map((s) => s.id)).toEqual([keep.id]);
    expect(await endAllSessions(user.id)).toBe(1);
  });
});
