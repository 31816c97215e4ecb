/**
 * Companies for tests: a company with an owner account whose email is confirmed, verified or not.
 * Vitest calls `createCompanyAccount` with its database; a Playwright journey calls
 * `createCompanyAccountInE2e`, which runs this file as a command against the e2e server's
 * database (it joins the running server, as `npm run organizer:create` does).
 */
import crypto from "node:crypto";
import type { PrismaClient } from "../../app/generated/prisma/client";
import { runAsCommand, runInE2e } from "./command";

export type CompanyStatus = "PENDING" | "VERIFIED" | "REJECTED" | "SUSPENDED";

export interface CompanyAccountOptions {
  email: string;
  password?: string;
  status?: CompanyStatus;
  locale?: "zh-CN" | "en";
  /** Names of the company; made unique from the email when left out. */
  nameZh?: string;
  nameEn?: string;
}

export interface CompanyAccount {
  companyId: string;
  userId: string;
  email: string;
  password: string;
  nameZh: string;
  nameEn: string;
}

/** A valid, random unified social credit code of a Hangzhou (Binjiang) company. */
async function randomCreditCode(): Promise<string> {
  const { CREDIT_CODE_CHARSET, composeCreditCode } = await import("../../app/utils/credit-code");
  const bytes = crypto.randomBytes(8);
  const body = [...bytes].map((b) => CREDIT_CODE_CHARSET[b % CREDIT_CODE_CHARSET.length]).join("");
  return composeCreditCode("91", "330108", body);
}

export async function createCompanyAccount(db: PrismaClient, options: CompanyAccountOptions): Promise<CompanyAccount> {
  const { hashPassword } = await import("../../app/utils/password.server");
  const { PRIVACY_VERSION } = await import("../../app/data/privacy");
  const email = options.email.trim().toLowerCase();
  const password = options.password ?? "company password 123";
  const stem = email.split("@")[0]!.replace(/[^a-z0-9]+/g, "-");
  const nameZh = options.nameZh ?? `杭州测试${stem}跨境电商有限公司`;
  const nameEn = options.nameEn ?? `Hangzhou Test ${stem} Cross-border Co., Ltd.`;
  const status = options.status ?? "VERIFIED";
  const passwordHash = await hashPassword(password);
  const creditCode = await randomCreditCode();
  const now = new Date();
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        email,
        passwordHash,
        locale: options.locale ?? "zh-CN",
        emailVerifiedAt: now,
        privacyVersion: PRIVACY_VERSION,
        privacyAcceptedAt: now,
      },
      select: { id: true },
    });
    const company = await tx.company.create({
      data: {
        slug: `test-${stem}-${crypto.randomBytes(3).toString("hex")}`,
        nameZh,
        nameEn,
        creditCode,
        industry: "cross-border-seller",
        size: "SMALL",
        city: "hangzhou",
        district: "binjiang",
        descriptionZh: "一家用于测试的跨境电商公司。",
        descriptionEn: "A cross-border e-commerce company for tests.",
        verificationStatus: status,
        verifiedAt: status === "VERIFIED" ? now : null,
      },
      select: { id: true },
    });
    await tx.companyMember.create({ data: { userId: user.id, companyId: company.id, role: "OWNER" } });
    return { companyId: company.id, userId: user.id, email, password, nameZh, nameEn };
  });
}

/** The same, in the e2e server's database (DATA_DIR=.data/e2e), from a Playwright test. */
export function createCompanyAccountInE2e(options: CompanyAccountOptions): CompanyAccount {
  return runInE2e<CompanyAccount>("e2e/helpers/companies.ts", { create: options });
}

/**
 * A demo recruiter (demo password) of a verified company with a published job, and that job: what
 * the seed made, so the test does not depend on which companies a smaller demo scale includes.
 */
export async function findDemoRecruiter(db: PrismaClient): Promise<{ email: string; jobId: string }> {
  const job = await db.job.findFirstOrThrow({
    where: {
      status: "PUBLISHED",
      skills: { some: {} },
      company: {
        verificationStatus: "VERIFIED",
        members: { some: { user: { email: { endsWith: "@demo.e-landing.cn" } } } },
      },
    },
    select: { id: true, company: { select: { members: { select: { user: { select: { email: true } } } } } } },
    orderBy: { id: "asc" },
  });
  return { email: job.company.members[0]!.user.email, jobId: job.id };
}

export function findDemoRecruiterInE2e(): { email: string; jobId: string } {
  return runInE2e("e2e/helpers/companies.ts", { demoRecruiter: true });
}

// As a command (see command.ts): `{"create": options}` or `{"demoRecruiter": true}`.
await runAsCommand(import.meta.url, (db, input) => {
  const { create } = input as { create?: CompanyAccountOptions };
  return create ? createCompanyAccount(db, create) : findDemoRecruiter(db);
});
