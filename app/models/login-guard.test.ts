/** The lock-out rules, checked by moving the clock (no sleeps). */
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { loginBlockedUntil, loginDelayMs, recordLoginFailure, clearLoginFailures } from "./login-guard.server";

const minute = 60_000;
const start = new Date("2026-11-26T10:00:00Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * minute);

beforeEach(async () => {
  await prisma.loginFailure.deleteMany();
});

async function fail(times: number, { email = "student@example.cn", ip = "203.0.113.1", from = 0, every = 0.5 } = {}) {
  for (let i = 0; i < times; i++) await recordLoginFailure({ email, ip, now: at(from + i * every) });
}

describe("log-in lock-out", () => {
  it("locks an account and address pair for 15 minutes after 10 failures in 15 minutes", async () => {
    await fail(9);
    expect(await loginBlockedUntil({ email: "student@example.cn", ip: "203.0.113.1", now: at(5) })).toBeNull();
    await fail(1, { from: 5 });
    const until = await loginBlockedUntil({ email: "student@example.cn", ip: "203.0.113.1", now: at(6) });
    expect(until).toEqual(at(20));
    // The same account from another address, and another account from this address, still work.
    expect(await loginBlockedUntil({ email: "student@example.cn", ip: "198.51.100.9", now: at(6) })).toBeNull();
    expect(await loginBlockedUntil({ email: "other@example.cn", ip: "203.0.113.1", now: at(6) })).toBeNull();
    // After 15 minutes the pair is free again.
    expect(await loginBlockedUntil({ email: "student@example.cn", ip: "203.0.113.1", now: at(20.1) })).toBeNull();
  });

  it("does not lock when the 10 failures are spread over more than 15 minutes", async () => {
    await fail(10, { every: 2 }); // 18 minutes from first to last
    expect(await loginBlockedUntil({ email: "student@example.cn", ip: "203.0.113.1", now: at(18.5) })).toBeNull();
  });

  it("locks an address after 100 failures in 15 minutes, whatever the accounts", async () => {
    for (let i = 0; i < 100; i++) {
      await recordLoginFailure({ email: `user${i}@example.cn`, ip: "203.0.113.50", now: at(i * 0.1) });
    }
    const until = await loginBlockedUntil({ email: "new@example.cn", ip: "203.0.113.50", now: at(10) });
    expect(until).toEqual(at(9.9 + 15));
  });

  it("slows answers down for an account attacked from many addresses, without locking it", async () => {
    for (let i = 0; i < 12; i++)
      await recordLoginFailure({ email: "target@example.cn", ip: `198.51.100.${i}`, now: at(i * 0.5) });
    expect(await loginDelayMs({ email: "target@example.cn", now: at(6) })).toBe(3_500);
    // The owner, from their own address, is not locked out.
    expect(await loginBlockedUntil({ email: "target@example.cn", ip: "203.0.113.77", now: at(6) })).toBeNull();
    // The slow-down fades as failures leave the window.
    expect(await loginDelayMs({ email: "target@example.cn", now: at(30) })).toBe(0);
  });

  it("forgives a pair's failures after a successful log-in", async () => {
    await fail(9);
    await clearLoginFailures({ email: "student@example.cn", ip: "203.0.113.1" });
    await fail(1, { from: 5 });
    expect(await loginBlockedUntil({ email: "student@example.cn", ip: "203.0.113.1", now: at(6) })).toBeNull();
  });
});
