/** Organizers' second factor against the real database: enrolment writes only on a good code. */
import { describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { open } from "~/utils/secret-box.server";
import { totpCode, totpStep } from "~/utils/totp.server";
import { checkOrganizerCode, createOrganizer, pendingTotpSecret } from "./organizer.server";

describe("TOTP enrolment", () => {
  it("shows the same key every time without storing it, stores it sealed at the first good code, and takes each code once", async () => {
    const id = await createOrganizer("enrol@organizer.example.cn", "organizer password 123");
    const before = await prisma.organizer.findUniqueOrThrow({ where: { userId: id } });

    const key = (await pendingTotpSecret(id))!;
    expect(key).toMatch(/^[A-Z2-7]{32}$/);
    expect(await pendingTotpSecret(id)).toBe(key);
    expect(await prisma.organizer.findUniqueOrThrow({ where: { userId: id } })).toEqual(before);

    const now = new Date();
    const wrong = totpCode(key, totpStep(now) + 10);
    expect(await checkOrganizerCode(id, wrong, now)).toBe(false);
    expect((await prisma.organizer.findUniqueOrThrow({ where: { userId: id } })).totpEnabledAt).toBeNull();

    const code = totpCode(key, totpStep(now));
    expect(await checkOrganizerCode(id, code, now)).toBe(true);
    const enrolled = await prisma.organizer.findUniqueOrThrow({ where: { userId: id } });
    expect(enrolled.totpEnabledAt).not.toBeNull();
    expect(enrolled.totpSecret).not.toContain(key);
    expect(open(enrolled.totpSecret!)).toBe(key);
    expect(await pendingTotpSecret(id)).toBeNull();

    expect(await checkOrganizerCode(id, code, now)).toBe(false); // replayed
    const later = new Date(now.getTime() + 30_000);
    expect(await checkOrganizerCode(id, totpCode(key, totpStep(later)), later)).toBe(true);
  });

  it("gives each organizer a different key", async () => {
    const a = await createOrganizer("a@organizer.example.cn", "organizer password 123");
    const b = await createOrganizer("b@organizer.example.cn", "organizer password 123");
    expect(await pendingTotpSecret(a)).not.toBe(await pendingTotpSecret(b));
  });
});
