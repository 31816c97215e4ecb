/**
 * Companies for tests: a company with an owner account whose email is confirmed, verified or not.
 * Vitest calls `createCompanyAccount` with its database; a Playwright journey calls
 * `createCompanyAccountInE2e`, which runs this file as a command against the e2e server's
 * database (it joins the running server, as `npm run organizer:create` does).
 */
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PrismaClient } from "../../app/generated/prisma/client";

const root = path.resolve(import.meta.dirname, "../..");

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
  const result = spawnSync(process.execPath, ["--import", "tsx", "e2e/helpers/companies.ts", JSON.stringify(options)], {
    cwd: root,
    env: { ...process.env, DATA_DIR: path.join(root, ".data", "e2e") },
    encoding: "utf8",
  });
  const line = result.stdout.split("\n").find((l) => l.startsWith("{"));
  if (result.status !== 0 || !line) throw new Error(`creating the company failed: ${result.stderr || result.stdout}`);
  return JSON.parse(line) as CompanyAccount;
}

// As a command: `node --import tsx e2e/helpers/companies.ts '{"email":…}'` prints the account as JSON.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { runCommand } = await import("../../scripts/lib/cli");
  runCommand(async () => {
    const { parseEnv } = await import("../../app/env.server");
    const { exportServices, startServices } = await import("../../scripts/lib/services");
    const services = await startServices(parseEnv(), { join: true, withoutSearch: true, log: () => undefined });
    exportServices(services);
    const { createPrismaClient } = await import("../../prisma/client");
    const db = createPrismaClient(services.databaseUrl);
    try {
      const account = await createCompanyAccount(db, JSON.parse(process.argv[2] ?? "{}") as CompanyAccountOptions);
      console.log(JSON.stringify(account));
    } finally {
      await db.$disconnect();
      await services.stop();
    }
  });
}
