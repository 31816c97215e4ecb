/**
 * The profile builder's loaders and actions, called as Remix calls them: who may ask, what bad
 * input gets (400, the message code, nothing changed), uploads and their limits, and that one
 * student can neither read nor change another's profile or résumé.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { createOrganizer } from "~/models/organizer.server";
import { createSession } from "~/models/session.server";
import { UPLOAD_REQUEST_MAX_BYTES } from "~/models/profile-steps";
import { action as stepAction, loader as stepLoader } from "./profile/step";
import { loader as overviewLoader } from "./profile/index";
import { loader as previewLoader } from "./profile/preview";
import { loader as resumeLoader } from "./resume";
import { loader as homeLoader } from "./index";
import {
  CONTEXT,
  createStudent,
  formOf,
  get,
  pdfFile,
  post,
  run,
  saveStep as save,
  seedProfileCatalogue,
  type TestStudent,
} from "./test-helpers.server";

beforeAll(() => seedProfileCatalogue(), 120_000);

function open(student: TestStudent | null, step: string) {
  return run(() =>
    stepLoader({ request: get(`/student/profile/${step}`, student?.cookie), params: { step }, context: CONTEXT }),
  );
}

/** Everything stored for one student's profile, to compare before and after a refused request. */
async function snapshot(profileId: string) {
  return prisma.studentProfile.findUniqueOrThrow({
    where: { id: profileId },
    include: {
      skills: true,
      abilityUnits: true,
      languages: true,
      marketplaces: true,
      certifications: true,
      experiences: true,
      resume: { select: { id: true, sha256: true } },
    },
  });
}

describe("who may use the builder", () => {
  it("sends visitors to log in, and refuses organizers with 403", async () => {
    const anonymous = await open(null, "personal");
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toBe(`/login?${new URLSearchParams({ redirectTo: "/student/profile/personal" })}`);

    const organizerId = await createOrganizer("organizer-profile@example.cn", "organizer password 1");
    const cookie = (await createSession(organizerId, { ip: CONTEXT.clientIp, userAgent: "vitest" })).split(";")[0]!;
    const asOrganizer = await run(() =>
      overviewLoader({ request: get("/student/profile", cookie), params: {}, context: CONTEXT }),
    );
    expect(asOrganizer.status).toBe(403);
  });

  it("answers 404 for a step that does not exist", async () => {
    const student = await createStudent();
    expect((await open(student, "passwords")).status).toBe(404);
    expect((await save(student, "../admin", { intent: "personal" })).status).toBe(404);
  });

  it("serves each step with the pickers it needs", async () => {
    const student = await createStudent();
    const education = await open(student, "education");
    expect(education.status).toBe(200);
    const data = education.data as unknown as { catalogue: { colleges: { key: string }[] } };
    expect(data.catalogue.colleges.map((college) => college.key)).toContain("test-college");
    const home = await run(() =>
      homeLoader({ request: get("/student", student.cookie), params: {}, context: CONTEXT }),
    );
    expect(home.data).toMatchObject({ discoverable: false, completeness: { percent: 0 } });
  });
});

describe("saving a step", () => {
  it("saves and goes on to the next step with a flash", async () => {
    const student = await createStudent();
    const answer = await save(student, "personal", {
      intent: "personal",
      fullNameZh: "张伟",
      fullNameEn: "Zhang Wei",
      phone: "13912345678",
      city: "ningbo",
    });
    expect(answer.status).toBe(302);
    expect(answer.location).toBe("/student/profile/about");
    expect(answer.response?.headers.get("Set-Cookie")).toMatch(/^__flash=/);
    expect(await snapshot(student.profileId)).toMatchObject({ fullNameEn: "Zhang Wei", city: "ningbo" });
  });

  it.each([
    [
      "personal",
      { intent: "personal", fullNameZh: "x".repeat(61), fullNameEn: "", phone: "" },
      "fullNameZh",
      "too_big",
    ],
    [
      "personal",
      { intent: "personal", fullNameZh: "", fullNameEn: "", phone: "<script>alert(1)</script>" },
      "phone",
      "profile.errors.phone",
    ],
    ["personal", { intent: "personal", fullNameZh: "", fullNameEn: "", city: "paris" }, "city", "invalid_value"],
    [
      "about",
      { intent: "about", headlineZh: "加我微信 liming_2004", headlineEn: "", summaryZh: "", summaryEn: "" },
      "headlineZh",
      "profile.errors.contactInText",
    ],
    [
      "education",
      { intent: "education", graduationYear: '2026\'; DROP TABLE "User"; --' },
      "graduationYear",
      "not_a_number",
    ],
    ["education", { intent: "education", majorKey: "cbec" }, "majorKey", "profile.errors.majorWithoutCollege"],
    [
      "education",
      { intent: "education", collegeKey: "other-college", majorKey: "nope" },
      "majorKey",
      "profile.errors.majorNotOfCollege",
    ],
    ["skills", { intent: "skill.save", skillKey: 'excel" OR skills = "sql', level: "2" }, "skillKey", "invalid_format"],
    ["skills", { intent: "skill.save", skillKey: "excel", level: "9" }, "level", "invalid_value"],
    [
      "abilities",
      { intent: "ability.save", abilityUnitKey: "poa-product-listing", level: "2" },
      "evidence",
      "invalid_value",
    ],
    [
      "languages",
      { intent: "language.save", languageKey: "en", levelKey: "ja-jlpt-n1" },
      "levelKey",
      "profile.errors.levelNotOfLanguage",
    ],
    [
      "marketplaces",
      { intent: "marketplaces", marketplaceKeys: ["amazon", "no-such-mall"] },
      "marketplaceKeys",
      "invalid_value",
    ],
    ["awards", { intent: "certification.add", kind: "AWARD", name: "", year: "2025" }, "name", "required"],
    [
      "awards",
      { intent: "certification.add", kind: "AWARD", name: "奖", year: "2999" },
      "year",
      "profile.errors.yearInFuture",
    ],
    [
      "experience",
      { intent: "experience.add", kind: "JOB", organisation: "A", role: "B", startDate: "last summer" },
      "startDate",
      "profile.errors.date",
    ],
    ["portfolio", { intent: "portfolio.add", url: "javascript:alert(document.cookie)" }, "url", "profile.errors.url"],
    ["preferences", { intent: "preferences", desiredSalaryMin: "-1" }, "desiredSalaryMin", "too_small_number"],
    ["preferences", { intent: "preferences", desiredCities: ["hangzhou", "tokyo"] }, "desiredCities", "invalid_value"],
    ["skills", { intent: "personal", fullNameZh: "换个步骤" }, "intent", "invalid_union"],
  ])(
    "refuses bad input on %s with 400, the field's message and nothing changed (%#)",
    async (step, fields, field, code) => {
      const student = await createStudent();
      const before = await snapshot(student.profileId);
      const answer = await save(student, step, fields);
      expect(answer.status).toBe(400);
      expect(answer.data?.errors?.[field]?.map((error) => error.code)).toContain(code);
      expect(await snapshot(student.profileId)).toEqual(before);
    },
  );

  it("refuses a filled honeypot", async () => {
    const student = await createStudent();
    const answer = await save(student, "about", { intent: "about", website_url: "http://spam.example.com" });
    expect(answer.status).toBe(400);
    expect(answer.data?.errors?.form?.[0]?.code).toBe("bot");
  });

  it("stays on a list step after adding, and answers 404 when removing what is not there", async () => {
    const student = await createStudent();
    const added = await save(student, "skills", {
      intent: "skill.save",
      skillKey: "excel",
      level: "3",
      evidence: "COURSE",
    });
    expect(added.location).toBe("/student/profile/skills");
    expect((await save(student, "skills", { intent: "skill.remove", skillKey: "sql" })).status).toBe(404);
    expect((await save(student, "skills", { intent: "skill.remove", skillKey: "excel" })).location).toBe(
      "/student/profile/skills",
    );
  });
});

describe("one student and another's data", () => {
  it("cannot remove another student's experience, certification or résumé", async () => {
    const a = await createStudent("owner");
    const b = await createStudent("intruder");
    await save(a, "experience", {
      intent: "experience.add",
      kind: "INTERNSHIP",
      organisation: "杭州跨境公司",
      role: "运营实习生",
      startDate: "2025-07",
    });
    await save(a, "awards", { intent: "certification.add", kind: "CERTIFICATE", name: "1+X 证书", year: "2025" });
    await save(a, "resume", { intent: "resume.upload" }, { resume: pdfFile() });
    const before = await snapshot(a.profileId);
    const [experience] = before.experiences;
    const [certification] = before.certifications;

    expect((await save(b, "experience", { intent: "experience.remove", id: experience!.id })).status).toBe(404);
    expect((await save(b, "awards", { intent: "certification.remove", id: certification!.id })).status).toBe(404);
    expect((await save(b, "resume", { intent: "resume.remove" })).status).toBe(404); // b has none; a's stays
    expect(await snapshot(a.profileId)).toEqual(before);

    // The résumé route serves the asker's own file only: b has none.
    expect(
      (await run(() => resumeLoader({ request: get("/student/resume", b.cookie), params: {}, context: CONTEXT })))
        .status,
    ).toBe(404);
    const own = await run(() =>
      resumeLoader({ request: get("/student/resume", a.cookie), params: {}, context: CONTEXT }),
    );
    expect(own.status).toBe(200);
    expect(own.response?.headers.get("Content-Type")).toBe("application/pdf");
  });
});

describe("résumé upload", () => {
  it("stores a PDF (sniffed from its bytes) and replaces the previous one", async () => {
    const student = await createStudent();
    const first = await save(student, "resume", { intent: "resume.upload" }, { resume: pdfFile("cv.pdf") });
    expect(first.location).toBe("/student/profile/resume");
    const { resumeId } = await snapshot(student.profileId);
    const second = await save(student, "resume", { intent: "resume.upload" }, { resume: pdfFile("cv-2.pdf", 10) });
    expect(second.status).toBe(302);
    const now = await snapshot(student.profileId);
    expect(now.resumeId).not.toBe(resumeId);
    expect(await prisma.storedFile.count({ where: { id: resumeId! } })).toBe(0);
  });

  it.each([
    [
      "a file that only claims to be a PDF",
      new File(["MZ this is an .exe"], "cv.pdf", { type: "application/pdf" }),
      "profile.errors.resumeWrongType",
    ],
    [
      "a PNG",
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], "cv.png", { type: "image/png" }),
      "profile.errors.resumeWrongType",
    ],
    ["an empty file", new File([], "cv.pdf", { type: "application/pdf" }), "profile.errors.resumeMissing"],
    ["a PDF over 5 MB", pdfFile("big.pdf", 5 * 1024 * 1024), "profile.errors.resumeTooLarge"],
  ])("refuses %s with 400 and its message", async (_name, file, code) => {
    const student = await createStudent();
    const answer = await save(student, "resume", { intent: "resume.upload" }, { resume: file });
    expect(answer.status).toBe(400);
    expect(answer.data?.errors?.resume?.[0]?.code).toBe(code);
    expect((await snapshot(student.profileId)).resumeId).toBeNull();
  });

  it("refuses a form without a file", async () => {
    const student = await createStudent();
    const answer = await save(student, "resume", { intent: "resume.upload" });
    expect(answer.data?.errors?.resume?.[0]?.code).toBe("profile.errors.resumeMissing");
  });

  it("refuses a body declared larger than 6 MB before reading it (413)", async () => {
    const student = await createStudent();
    const request = post("/student/profile/resume", student.cookie, formOf({ intent: "resume.upload" }), {
      "Content-Length": String(UPLOAD_REQUEST_MAX_BYTES + 1),
    });
    const answer = await run(() => stepAction({ request, params: { step: "resume" }, context: CONTEXT }));
    expect(answer.status).toBe(413);
    expect(answer.data?.errors?.resume?.[0]?.code).toBe("profile.errors.requestTooLarge");
  });

  it("stops reading a body without a length once it passes 6 MB (413)", async () => {
    const student = await createStudent();
    const form = formOf({ intent: "resume.upload" }, { resume: pdfFile("huge.pdf", 7 * 1024 * 1024) });
    const encoded = new Response(form);
    const request = new Request("http://localhost/student/profile/resume", {
      method: "POST",
      body: encoded.body,
      headers: { Cookie: student.cookie, "Content-Type": encoded.headers.get("Content-Type")! },
      duplex: "half",
    } as RequestInit);
    const answer = await run(() => stepAction({ request, params: { step: "resume" }, context: CONTEXT }));
    expect(answer.status).toBe(413);
    expect((await snapshot(student.profileId)).resumeId).toBeNull();
  });
});

describe("preview", () => {
  it("shows companies in search no contact details, and companies applied to everything", async () => {
    const student = await createStudent();
    await save(student, "personal", {
      intent: "personal",
      fullNameZh: "陈静",
      fullNameEn: "Chen Jing",
      phone: "13700001111",
    });
    await save(student, "resume", { intent: "resume.upload" }, { resume: pdfFile() });
    const answer = await run(() =>
      previewLoader({ request: get("/student/profile/preview", student.cookie), params: {}, context: CONTEXT }),
    );
    const data = answer.data as unknown as {
      search: Record<string, unknown>;
      application: { contact: unknown; resume: unknown };
      discoverable: boolean;
    };
    expect(JSON.stringify(data.search)).not.toMatch(/13700001111|@example\.cn|resume\.pdf/);
    expect(data.application.contact).toEqual({ email: student.email, phone: "13700001111" });
    expect(data.application.resume).toMatchObject({ href: "/student/resume" });
    expect(data.discoverable).toBe(false);
  });
});
