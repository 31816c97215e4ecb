/**
 * Test helpers for the student area's tests (imported by *.test.ts only): the catalogue and one
 * college in this test file's database, students made through the model functions, their session
 * cookies, and loaders and actions called directly.
 */
import { prisma } from "~/db.server";
import { signUpStudent } from "~/models/account.server";
import { createSession } from "~/models/session.server";
import { importCatalogue } from "../../../prisma/catalogue/import";
import { action as stepAction } from "./profile/step";

export const CONTEXT = { cspNonce: "", clientIp: "203.0.113.1" };
export const PASSWORD = "a long student password";

/** The talent catalogue and two colleges with majors (keys stable for the tests). */
export async function seedProfileCatalogue(): Promise<void> {
  await importCatalogue(prisma);
  for (const [key, nameZh, nameEn] of [
    ["test-college", "测试职业技术学院", "Test Vocational College"],
    ["other-college", "另一所学院", "Other College"],
  ] as const) {
    await prisma.college.upsert({
      where: { key },
      update: {},
      create: {
        key,
        nameZh,
        nameEn,
        city: "hangzhou",
        district: "binjiang",
        addressZh: "滨江区测试路 1 号",
        addressEn: "1 Test Road, Binjiang",
        latitude: 30.2,
        longitude: 120.2,
        majors: {
          create: [
            { key: "cbec", nameZh: "跨境电子商务", nameEn: "Cross-border E-commerce", degree: "ASSOCIATE" },
            { key: "english", nameZh: "商务英语", nameEn: "Business English", degree: "BACHELOR" },
          ],
        },
      },
    });
  }
}

let counter = 0;

export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}-${Date.now().toString(36)}@example.cn`.toLowerCase();
}

export interface TestStudent {
  userId: string;
  profileId: string;
  email: string;
  cookie: string;
}

/** A student signed up through the app's own function, email confirmed, with a session. */
export async function createStudent(prefix = "student"): Promise<TestStudent> {
  const email = uniqueEmail(prefix);
  await signUpStudent({ email, password: PASSWORD, locale: "zh-CN" });
  const user = await prisma.user.update({
    where: { email },
    data: { emailVerifiedAt: new Date() },
    select: { id: true, student: { select: { id: true } } },
  });
  const setCookie = await createSession(user.id, { ip: CONTEXT.clientIp, userAgent: "vitest" });
  return { userId: user.id, profileId: user.student!.id, email, cookie: setCookie.split(";")[0]! };
}

export function formOf(fields: Record<string, string | string[]>, files: Record<string, File> = {}): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(key, item);
  }
  for (const [key, file] of Object.entries(files)) form.append(key, file);
  return form;
}

export function post(path: string, cookie: string, body: FormData | URLSearchParams, headers: HeadersInit = {}) {
  return new Request(`http://localhost${path}`, {
    method: "POST",
    body,
    headers: { Cookie: cookie, "Accept-Language": "zh-CN", ...headers },
  });
}

export function get(path: string, cookie?: string) {
  return new Request(`http://localhost${path}`, { headers: cookie ? { Cookie: cookie } : {} });
}

export interface Answer {
  status: number;
  location: string | null;
  data: { ok?: boolean; errors?: Record<string, { code: string }[]> } | null;
  response: Response | null;
}

/**
 * Runs a loader or action and reports what the browser would get: thrown responses (redirects,
 * 404) and returned ones alike, and `data(...)` results with their status.
 */
export async function run(work: () => Promise<unknown>): Promise<Answer> {
  let result: unknown;
  try {
    result = await work();
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    result = thrown;
  }
  if (result instanceof Response) {
    return { status: result.status, location: result.headers.get("Location"), data: null, response: result };
  }
  const wrapped = result as { type?: string; init?: { status?: number } | null; data?: unknown };
  if (wrapped && wrapped.type === "DataWithResponseInit") {
    return {
      status: wrapped.init?.status ?? 200,
      location: null,
      data: wrapped.data as Answer["data"],
      response: null,
    };
  }
  return { status: 200, location: null, data: result as Answer["data"], response: null };
}

/** Sends one step's form of the profile builder as `student`. */
export function saveStep(
  student: TestStudent,
  step: string,
  fields: Record<string, string | string[]>,
  files: Record<string, File> = {},
): Promise<Answer> {
  return run(() =>
    stepAction({
      request: post(`/student/profile/${step}`, student.cookie, formOf(fields, files)),
      params: { step },
      context: CONTEXT,
    }),
  );
}

/** The first 5 bytes are all the sniffer needs. */
export function pdfFile(name = "resume.pdf", extraBytes = 0): File {
  const bytes = Buffer.concat([Buffer.from("%PDF-1.4\n%test\n"), Buffer.alloc(extraBytes, 0x20)]);
  return new File([new Uint8Array(bytes)], name, { type: "application/pdf" });
}
