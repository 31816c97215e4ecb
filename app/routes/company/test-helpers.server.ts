/**
 * Test helpers for the company and verification-queue tests (imported by *.test.ts only): people
 * made through the model functions, their session cookies, and loaders/actions called directly.
 */
import { prisma } from "~/db.server";
import type { VerificationStatus } from "~/generated/prisma/enums";
import type { Locale } from "~/i18n/config";
import { signUpStudent } from "~/models/account.server";
import { signUpCompany, type CompanyInput } from "~/models/company.server";
import { createOrganizer } from "~/models/organizer.server";
import { createSession } from "~/models/session.server";
import { composeCreditCode } from "~/utils/credit-code";

let counter = 0;

/** A valid credit code no seeded company has ("MA" bodies with a running number). */
export function testCreditCode(): string {
  counter += 1;
  const body = `MA${String(counter).padStart(6, "0")}`;
  return composeCreditCode("91", "330108", body);
}

export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}@example.cn`;
}

export function companyInput(overrides: Partial<CompanyInput> = {}): CompanyInput {
  return {
    nameZh: "杭州蓝海跨境贸易有限公司",
    nameEn: "Hangzhou Lanhai Trading Co., Ltd.",
    creditCode: testCreditCode(),
    industry: "cross-border-seller",
    size: "SMALL",
    city: "hangzhou",
    district: "binjiang",
    website: "https://www.lanhai.example.com",
    descriptionZh: "亚马逊与 TikTok Shop 卖家。",
    descriptionEn: "An Amazon and TikTok Shop seller.",
    ...overrides,
  };
}

/** The form fields of a complete, valid company sign-up. */
export function signUpFields(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    email: unique("owner"),
    password: "a long enough password",
    acceptPrivacy: "on",
    nameZh: "杭州云帆电子商务有限公司",
    nameEn: "Hangzhou Yunfan E-commerce Co., Ltd.",
    uscc: testCreditCode(),
    industry: "cross-border-seller",
    size: "MEDIUM",
    place: "hangzhou/binjiang",
    website: "https://yunfan.example.com",
    descriptionZh: "跨境电商卖家。",
    descriptionEn: "A cross-border seller.",
    ...overrides,
  };
}

export function formOf(fields: Record<string, string | Blob>, files: Record<string, File> = {}): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  for (const [key, file] of Object.entries(files)) form.append(key, file);
  return form;
}

/** The first 8 bytes of a PNG are all the sniffer needs. */
export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

export function pngFile(name = "logo.png", extraBytes = 0): File {
  return new File([new Uint8Array(Buffer.concat([PNG, Buffer.alloc(extraBytes)]))], name, { type: "image/png" });
}

export async function cookieFor(userId: string, { secondFactor = false } = {}): Promise<string> {
  const setCookie = await createSession(userId, { ip: "203.0.113.1", userAgent: "vitest" }, { secondFactor });
  return setCookie.split(";")[0]!;
}

export interface TestCompany {
  companyId: string;
  ownerId: string;
  ownerEmail: string;
  cookie: string;
}

/** A company signed up through signUpCompany, its owner's email confirmed, at `status`. */
export async function createTestCompany({
  status = "PENDING",
  locale = "en",
  company = {},
}: { status?: VerificationStatus; locale?: Locale; company?: Partial<CompanyInput> } = {}): Promise<TestCompany> {
  const ownerEmail = unique("owner");
  const input = companyInput(company);
  const outcome = await signUpCompany({
    account: { email: ownerEmail, password: "owner password 123", locale },
    company: input,
  });
  if (outcome !== "mailed") throw new Error(`sign-up refused: ${outcome}`);
  const owner = await prisma.user.update({
    where: { email: ownerEmail },
    data: { emailVerifiedAt: new Date() },
    select: { id: true, membership: { select: { companyId: true } } },
  });
  const companyId = owner.membership!.companyId;
  if (status !== "PENDING") {
    await prisma.company.update({
      where: { id: companyId },
      data: { verificationStatus: status, verifiedAt: status === "VERIFIED" ? new Date() : null },
    });
  }
  return { companyId, ownerId: owner.id, ownerEmail, cookie: await cookieFor(owner.id) };
}

/** A recruiter of the company (made directly: the invitation flow has its own tests). */
export async function createRecruiter(companyId: string) {
  const email = unique("recruiter");
  const user = await prisma.user.create({
    data: {
      email,
      passwordHash: "x",
      emailVerifiedAt: new Date(),
      privacyVersion: "test",
      privacyAcceptedAt: new Date(),
      membership: { create: { companyId, role: "RECRUITER" } },
    },
    select: { id: true, membership: { select: { id: true } } },
  });
  return { userId: user.id, memberId: user.membership!.id, email, cookie: await cookieFor(user.id) };
}

export async function createStudent() {
  const email = unique("student");
  await signUpStudent({ email, password: "student password 1", locale: "en" });
  const user = await prisma.user.update({
    where: { email },
    data: { emailVerifiedAt: new Date() },
    select: { id: true },
  });
  return { userId: user.id, email, cookie: await cookieFor(user.id) };
}

/** An organizer who has enrolled TOTP and passed it in this session. */
export async function createOrganizerSession() {
  const email = unique("organizer");
  const userId = await createOrganizer(email, "organizer password 1");
  await prisma.organizer.update({ where: { userId }, data: { totpEnabledAt: new Date() } });
  return { userId, email, cookie: await cookieFor(userId, { secondFactor: true }) };
}

type Handler = (args: {
  request: Request;
  params: Record<string, string | undefined>;
  context: { cspNonce: string; clientIp: string };
}) => unknown;

export interface Answer {
  status: number;
  data: unknown;
  headers: Headers;
}

/**
 * Calls a loader or an action as Remix would, and reads the answer whether returned or thrown:
 * plain data (200), `data(…, { status })`, a Response (redirects, 403, 404).
 */
export async function call(
  handler: Handler,
  {
    url,
    form,
    cookie,
    params = {},
    language = "en",
    ip = "203.0.113.1",
  }: {
    url: string;
    form?: FormData;
    cookie?: string;
    params?: Record<string, string>;
    language?: string;
    ip?: string;
  },
): Promise<Answer> {
  const headers = new Headers({ "Accept-Language": language });
  if (cookie) headers.set("Cookie", cookie);
  const request = new Request(new URL(url, "http://localhost"), {
    method: form ? "POST" : "GET",
    body: form,
    headers,
  });
  let value: unknown;
  try {
    value = await handler({ request, params, context: { cspNonce: "", clientIp: ip } });
  } catch (thrown) {
    if (thrown instanceof Response) value = thrown;
    else throw thrown;
  }
  if (value instanceof Response) {
    const text = await value.text();
    return { status: value.status, data: text, headers: value.headers };
  }
  if (value && typeof value === "object" && (value as { type?: string }).type === "DataWithResponseInit") {
    const { data, init } = value as { data: unknown; init: ResponseInit | null };
    return { status: init?.status ?? 200, data, headers: new Headers(init?.headers) };
  }
  return { status: 200, data: value, headers: new Headers() };
}

/** The error codes of a 400 answer, by field. */
export function errorCodes(answer: Answer): Record<string, string[]> {
  const errors = (answer.data as { errors?: Record<string, { code: string }[]> }).errors ?? {};
  return Object.fromEntries(Object.entries(errors).map(([field, list]) => [field, list.map((e) => e.code)]));
}

/** Row counts of everything company sign-ups and decisions touch, to prove nothing changed. */
export async function rowCounts() {
  const [users, companies, members, tokens, files, mails, audits] = await Promise.all([
    prisma.user.count(),
    prisma.company.count(),
    prisma.companyMember.count(),
    prisma.emailToken.count(),
    prisma.storedFile.count(),
    prisma.outgoingMail.count(),
    prisma.auditLog.count(),
  ]);
  return { users, companies, members, tokens, files, mails, audits };
}

/** The link's token in the newest mail to `to`. */
export async function mailedToken(to: string): Promise<string> {
  const mail = await prisma.outgoingMail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
  return new URL(mail.text.match(/https?:\/\/\S+/)![0]).searchParams.get("token")!;
}
