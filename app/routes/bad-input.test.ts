/**
 * Bad input on every form, sent over HTTP to the production build, property-based (fast-check).
 * Each form (and each intent of a multi-intent action) starts from a valid submission by the
 * person allowed to send it; one field is then made certainly invalid (empty, left out, too long,
 * a wrong type or a file where text belongs, hostile text, a repeated key whose last value is
 * bad) while the free-text fields get hostile strings (script tags, SQL, Meilisearch filter
 * syntax, odd Unicode, long text). The answer must be a 400 whose page names the problem in the
 * request's language (Accept-Language, or the language cookie that overrides it), and no table
 * may change. Forms without fields, the catch-all route and malformed ids in the path answer as
 * the conventions say (a redirect, a 404) and change nothing either.
 */
import path from "node:path";
import { createCookie, type ServerBuild } from "@remix-run/node";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { COMPANY_LIMITS, COMPANY_SIZES } from "~/components/company/company-options";
import { CREDIT_CODE_ERRORS, companyFieldsSchema } from "~/components/company/profile-schema";
import { INDUSTRY_KEYS } from "~/data/industries";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "~/data/password";
import { PRIVACY_VERSION } from "~/data/privacy";
import { SAVED_SEARCH_NAME_MAX } from "~/data/candidate-search";
import { ALERT_FREQUENCIES, SAVED_SEARCH_NAME_MAX as JOB_SEARCH_NAME_MAX } from "~/data/job-search";
import { CITY_KEYS, findDistrict } from "~/data/zhejiang";
import { prisma } from "~/db.server";
import { ConsentPurpose } from "~/generated/prisma/enums";
import { LOCALES, translator, type Locale } from "~/i18n/config";
import { requestPasswordReset, signUpStudent } from "~/models/account.server";
import { inviteRecruiter } from "~/models/invitation.server";
import {
  EDUCATIONS,
  EMPLOYMENT_TYPES,
  IMPORT_LIMITS,
  JOB_COLUMNS,
  LIMITS,
  OPTIONAL_COLUMNS,
  REPORT_DETAILS_MAX,
  REPORT_REASONS,
  SALARY_PERIODS,
  WORK_MODES,
  csvRowOf,
  shanghaiDay,
} from "~/models/job-form";
import { checkJobImportFile, createJobImport } from "~/models/job-import.server";
import { reportJob } from "~/models/job-report.server";
import { loadPostingCatalogue } from "~/models/job.server";
import { jobFormOf, sampleFields } from "~/models/job.test-fixtures";
import { createOrganizer } from "~/models/organizer.server";
import { normalizePortfolioUrl, parseFormDate } from "~/models/profile-forms";
import {
  CERTIFICATION_KINDS,
  DEGREES,
  EVIDENCE_TYPES,
  EXPERIENCE_KINDS,
  PROFILE_LIMITS as PL,
  PROFILE_STEPS,
  RESUME_MAX_BYTES,
} from "~/models/profile-steps";
import { createSession } from "~/models/session.server";
import { composeCreditCode } from "~/utils/credit-code";
import { stringifyCsv } from "~/utils/csv";
import { hashPassword } from "~/utils/password.server";
import { createCompanyAccount } from "../../e2e/helpers/companies";
import { createCast } from "../../scripts/test/actors";
import { seedSmallDemo } from "../../scripts/test/demo";
import { dataFingerprint, startTestServer, type TestServer } from "../../scripts/test/http";

// ---------------------------------------------------------------------------------------------
// What is sent and what must come back

interface Upload {
  upload: true;
  name: string;
  type: string;
  bytes: Uint8Array;
}
type Value = string | string[] | Upload;
type Payload = Record<string, Value>;

/** An error the page must show: a forms.errors code or an i18n key, with its values (ANY: not predicted). */
interface Expected {
  code: string;
  params?: Record<string, string | number>;
}
const ANY = "\u0001";
const E = (code: string, params?: Expected["params"]): Expected => ({ code, params });

type Answer =
  /** The form's page again, with this status and one of these errors in the visitor's language. */
  | { kind: "form"; status: number; messages: Expected[] }
  /** A resource route's plain-text 400 (errors.badRequest.body). */
  | { kind: "text" }
  /** The shared 404 page. */
  | { kind: "notFound" }
  /** The shared 400 page (a body that cannot be read at all). */
  | { kind: "badRequest" }
  | { kind: "redirect"; location: string };

/** One way of making a submission invalid. */
interface Bad {
  what: string;
  /** The field's new value; left out of the form when `leaveOut`. */
  value?: Value;
  leaveOut?: boolean;
  /** Other fields set with it (e.g. the reason "OTHER" that makes empty details invalid). */
  also?: Payload;
  /** No hostile free text beside it: a whole-form rule (refine) only runs when every field is valid. */
  alone?: boolean;
  /** Sent to this path instead of the form's own. */
  path?: string;
  answer: Answer;
}

interface Corruption {
  /** The field made invalid (null: the path or the form as a whole). */
  field: string | null;
  bad: (fx: Fixtures) => fc.Arbitrary<Bad>;
}

type Actor =
  | "anonymous"
  | "student"
  | "unverifiedStudent"
  | "noRoleUser"
  | "recruiterX"
  | "owner"
  | "pendingOwner"
  | "organizer"
  | "organizerBefore2fa"
  | "organizerEnrolling";

interface FormCase {
  name: string;
  /** The route id in the build (the route module's file, without extension). */
  route: string;
  actor: Actor;
  path: (fx: Fixtures) => string;
  valid: (fx: Fixtures) => Payload;
  /** Free-text fields: they receive hostile strings while another field is made invalid. */
  free?: string[];
  corruptions: Corruption[];
  numRuns?: number;
}

interface Fixtures {
  cookies: Record<Actor, string | null>;
  jobX: string;
  reportedJob: string;
  pendingCompany: string;
  verifiedCompany: string;
  importId: string;
  verifyToken: string;
  resetToken: string;
  inviteNewToken: string;
  inviteAcceptToken: string;
  invitationId: string;
  removableMember: string;
  ownerMember: string;
  otherCompanyMember: string;
  collegeKey: string;
  majorKey: string;
  abilityUnitKey: string;
  validCsv: Uint8Array;
  creditCode: string;
  /** Saved candidate searches: company X's (the actor's) and another company's. */
  savedSearchX: string;
  savedSearchOther: string;
  /** Student A's saved job search, and student B's. */
  jobSearch: string;
  jobSearchOther: string;
}

/**
 * Runs per form: enough to try most ways of breaking it on every run of the suite (each run draws
 * new ones), few enough that the file stays well under a minute. Forms with many fields get more.
 */
const RUNS = 8;
/** Forms whose only input is the intent (or nothing): there are few ways to break them. */
const INTENT_ONLY_RUNS = 5;

// ---------------------------------------------------------------------------------------------
// Hostile text

const ATTACKS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  `'; DROP TABLE "User"; --`,
  "1 OR 1=1",
  "' OR '1'='1",
  'a" OR id = 1',
  '[x] \\ "',
  "city = hangzhou AND",
  "familyKey != 'x' OR (status = PUBLISHED)",
  "_geoRadius(30.2, 120.1, 1000)",
  "${7*7}{{7*7}}",
  "\u0000",
  "\u202eevil\u202c",
  "😀👩‍👩‍👧‍👦",
  "𝕏𝔸𝕄",
  "Ｚａｌｇｏ̸̡̛",
  "杭州 滨江",
  "__proto__",
  "../../etc/passwd",
  "%27%20OR%201%3D1",
  "null",
];

const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ATTACKS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30, unit: "grapheme" }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30, unit: "binary" }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...ATTACKS), fc.integer({ min: 20, max: 250 })).map(([s, n]) => s.repeat(n)),
  },
);
const hostile = fc.array(piece, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(" "));
const hostileExcept = (isValid: (value: string) => boolean) => hostile.filter((value) => !isValid(value));
const blank = fc.constantFrom("", " ", " \t\n ");
/** Longer than `max` even after trimming. */
const tooLong = (max: number) =>
  fc.tuple(piece, fc.integer({ min: 1, max: 60 })).map(([s, extra]) => `x${s}${"字".repeat(max + extra)}`);
const fileName = fc.constantFrom(
  "cv.pdf",
  "logo.png",
  "jobs.csv",
  "<script>alert(1)</script>.png",
  `"quoted" ' OR '1' -- .csv`,
  "C:\\fakepath\\cv.pdf",
  "../../etc/passwd",
  "简历.pdf",
);
/**
 * Names Remix's multipart parser cannot read (it splits the header at every ";" and "="): the
 * whole upload is then refused as malformed. Only small files are sent with them, since the
 * refusal comes before the rest of the body is read.
 */
const unreadableName = fc.constantFrom("a;b.csv", `'; DROP TABLE "User"; --.csv`, "score=100.pdf", "x=1;y=2.png");
const textBytes = (text: string) => new TextEncoder().encode(text);
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
  0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89,
]);
const PDF = textBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const upload = (bytes: fc.Arbitrary<Uint8Array>, type = "application/octet-stream"): fc.Arbitrary<Upload> =>
  fc.record({ name: fileName, bytes }).map(({ name, bytes }) => ({ upload: true as const, name, type, bytes }));
/** A file where a text value belongs. */
const aFile = upload(hostile.map(textBytes), "text/plain");
/** Bytes that are no image, PDF or text file: a script, a PDF, a PNG, random bytes with control characters. */
const notThisType = (...keep: Uint8Array[]) =>
  fc
    .oneof(
      fc.constantFrom(textBytes("<script>alert(1)</script>"), PNG, PDF, textBytes("GIF89a\u0001\u0000")),
      fc.uint8Array({ minLength: 1, maxLength: 300 }).map((b) => Uint8Array.from([0, ...b])),
    )
    .filter((bytes) => !keep.some((k) => bytes.subarray(0, 4).every((b, i) => b === k[i])));
const oversized = (limit: number) =>
  fc.integer({ min: 1, max: 4_000 }).map((extra) => {
    const bytes = new Uint8Array(limit + extra);
    bytes.set(PNG);
    return bytes;
  });

// ---------------------------------------------------------------------------------------------
// Ways to break a field, with the error each must produce

const form = (messages: Expected[], status = 400): Answer => ({ kind: "form", status, messages });
const as = (what: string, value: fc.Arbitrary<Value>, ...messages: Expected[]): fc.Arbitrary<Bad> =>
  value.map((v) => ({ what, value: v, answer: form(messages) }));
const leftOut = (...messages: Expected[]): fc.Arbitrary<Bad> =>
  fc.constant({ what: "left out", leaveOut: true, answer: form(messages) });
const field = (name: string, ...ways: fc.Arbitrary<Bad>[]): Corruption => ({
  field: name,
  bad: () => fc.oneof(...ways),
});

/** A required text with a length limit (zod: string().trim().min(min).max(max)). */
function requiredText(name: string, max: number, { min = 1, trim = true } = {}): Corruption {
  const short = min === 1 ? E("required") : E("too_small", { minimum: min });
  const ways = [
    as("too long", tooLong(max), E("too_big", { maximum: max })),
    as("empty", trim ? blank : fc.constant(""), short),
    leftOut(E("invalid_type")),
    as("a file instead of text", aFile, E("invalid_type")),
  ];
  if (min > 1) {
    const few = fc.string({ minLength: 1, maxLength: min - 1, unit: "grapheme-ascii" }).filter((s) => s.length < min);
    ways.push(as("too short", few, short));
  }
  return field(name, ...ways);
}

/** Optional text with a length limit: only too long is wrong. */
const optionalText = (name: string, max: number) =>
  field(name, as("too long", tooLong(max), E("too_big", { maximum: max })));

const isEmail = (value: string) => z.email().safeParse(value).success;
const email = (name: string) =>
  field(
    name,
    as("not an email", hostileExcept(isEmail), E("invalid_email")),
    as("empty", blank, E("invalid_email")),
    leftOut(E("invalid_type")),
    as(
      "too long",
      fc.integer({ min: 250, max: 400 }).map((n) => `${"a".repeat(n)}@example.com`),
      E("too_big", { maximum: 254 }),
      E("invalid_email"),
    ),
    as("a file instead of text", aFile, E("invalid_type")),
  );

/** A closed choice (z.enum); `normalize` is how the schema reads it (the job form forgives case). */
function choice(
  name: string,
  values: readonly string[],
  { normalize = (s: string) => s, optional = false }: { normalize?: (s: string) => string; optional?: boolean } = {},
): Corruption {
  const valid = (s: string) => values.includes(normalize(s)) || (optional && s.trim() === "");
  const ways = [as("not an option", hostileExcept(valid), E("invalid_value"))];
  if (!optional) ways.push(as("empty", fc.constant(""), E("invalid_value")), leftOut(E("invalid_value")));
  return field(name, ...ways);
}

/** The intent of a multi-intent action: a discriminated union answers invalid_union, a plain literal invalid_value. */
function intent(values: readonly string[], code: "invalid_union" | "invalid_value" | "unexpected" = "invalid_union") {
  return field(
    "intent",
    as(
      "unknown",
      hostileExcept((s) => values.includes(s)),
      E(code),
    ),
    leftOut(E(code)),
    as("a file instead of text", aFile, E(code)),
  );
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;
/** A row id (cuid-shaped, checked by a regular expression). */
const rowId = (name: string) =>
  field(
    name,
    as(
      "hostile",
      hostileExcept((s) => ID.test(s)),
      E("invalid_format"),
    ),
    as("empty", fc.constant(""), E("invalid_format")),
    as(
      "too long",
      fc.integer({ min: 65, max: 200 }).map((n) => "c".repeat(n)),
      E("invalid_format"),
    ),
    leftOut(E("invalid_type")),
  );

const CATALOGUE_KEY = /^[a-z0-9][a-z0-9-]{0,99}$/;
const catalogueKey = (name: string, { optional = false } = {}) => {
  const valid = (s: string) => CATALOGUE_KEY.test(s) || (optional && s.trim() === "");
  const ways = [as("hostile", hostileExcept(valid), E("invalid_format"))];
  if (!optional) ways.push(as("empty", fc.constant(""), E("invalid_format")), leftOut(E("invalid_type")));
  return field(name, ...ways);
};

/** A whole number in a range, read with z.coerce.number(). */
const NOT_NUMBERS = ["abc", "1.5", "NaN", "Infinity", "1 OR 1=1", "<script>alert(1)</script>", "١٢", "1e999"];
const integer = (name: string, min: number, max: number) =>
  field(
    name,
    as("not a whole number", fc.constantFrom(...NOT_NUMBERS), E("not_a_number"), E("not_a_whole_number")),
    as(
      "too small",
      fc.integer({ min: min - 100_000, max: min - 1 }).map(String),
      E("too_small_number", { minimum: min }),
    ),
    as(
      "too large",
      fc.integer({ min: max + 1, max: max + 100_000 }).map(String),
      E("too_big_number", { maximum: max }),
    ),
  );

const SIX_DIGITS = (s: string) => /^\d{6}$/.test(s.trim());
const totpCode = field(
  "code",
  as("not six digits", hostileExcept(SIX_DIGITS), E("invalid_format")),
  as("wrong length", fc.constantFrom("12345", "1234567", "12 345", "１２３４５６"), E("invalid_format")),
  leftOut(E("invalid_type")),
);

const mustAccept = (name: string) =>
  field(
    name,
    leftOut(E("must_accept")),
    as(
      "not ticked",
      hostileExcept((s) => s === "on"),
      E("must_accept"),
    ),
  );

const password = (name: string) => requiredText(name, PASSWORD_MAX_LENGTH, { min: PASSWORD_MIN_LENGTH, trim: false });
const token = (name: string) => requiredText(name, 100, { min: 10, trim: false });

// ---------------------------------------------------------------------------------------------
// The forms

const PASSWORD = "a long enough password 1";
const EVIDENCE_NOTE = "Ran our shop's live streams for a term.";

const companyFields = (fx: Fixtures): Payload => ({
  nameZh: "杭州蓝海跨境电商有限公司",
  nameEn: "Hangzhou Lanhai Cross-border Co., Ltd.",
  uscc: fx.creditCode,
  industry: INDUSTRY_KEYS[0]!,
  size: COMPANY_SIZES[0]!,
  place: "hangzhou/binjiang",
  website: "https://lanhai.example.com",
  descriptionZh: "我们在亚马逊和 TikTok Shop 上销售家居用品，团队三十人。",
  descriptionEn: "We sell home goods on Amazon and TikTok Shop; a team of thirty.",
});
const COMPANY_FREE = ["nameZh", "nameEn", "descriptionZh", "descriptionEn"];

const isWebsite = (s: string) => companyFieldsSchema.shape.website.safeParse(s).success;
const isCreditCode = (s: string) => companyFieldsSchema.shape.uscc.safeParse(s).success;
const isPlace = (s: string) => {
  const [city = "", district = ""] = s.split("/");
  return s.length <= 80 && !!findDistrict(city, district);
};

function companyFieldCorruptions(): Corruption[] {
  return [
    requiredText("nameZh", COMPANY_LIMITS.nameZh),
    requiredText("nameEn", COMPANY_LIMITS.nameEn),
    field(
      "uscc",
      as(
        "not a credit code",
        hostileExcept(isCreditCode),
        ...Object.values(CREDIT_CODE_ERRORS).map((code) => E(code)),
        E("required"),
        E("too_big", { maximum: 40 }),
      ),
      as(
        "a code with a wrong check character",
        fc.constant("91330108MA2KXXXX0X"),
        ...Object.values(CREDIT_CODE_ERRORS).map((code) => E(code)),
      ),
      leftOut(E("invalid_type")),
    ),
    choice("industry", INDUSTRY_KEYS),
    choice("size", COMPANY_SIZES),
    field(
      "place",
      as("not a place", hostileExcept(isPlace), E("invalid_value"), E("required"), E("too_big", { maximum: 80 })),
      as("a district of another city", fc.constant("ningbo/binjiang"), E("invalid_value")),
      leftOut(E("invalid_type")),
    ),
    field(
      "website",
      as(
        "not a web address",
        hostileExcept((s) => isWebsite(s)),
        E("invalid_url"),
        E("too_big", { maximum: COMPANY_LIMITS.website }),
      ),
      as(
        "another scheme",
        fc.constantFrom("javascript:alert(1)", "ftp://lanhai.example.com", "http://localhost"),
        E("invalid_url"),
      ),
    ),
    requiredText("descriptionZh", COMPANY_LIMITS.description),
    requiredText("descriptionEn", COMPANY_LIMITS.description),
  ];
}

const unreadableUpload = (bytes: Uint8Array, type: string, answer: Answer): fc.Arbitrary<Bad> =>
  unreadableName.map((name) => ({
    what: "a file name the parser cannot read",
    value: { upload: true, name, type, bytes },
    answer,
  }));

const logo = field(
  "logo",
  unreadableUpload(PNG, "image/png", { kind: "badRequest" }),
  as("not an image", upload(notThisType(PNG), "image/png"), E("company.errors.logo.wrong_type")),
  as("larger than 1 MB", upload(oversized(1024 * 1024), "image/png"), E("company.errors.logo.too_large")),
);

/** The job form as the browser posts it. */
const jobForm = (intentValue: string): Payload => jobFormOf(sampleFields(), intentValue);
const JOB_FREE = ["titleZh", "titleEn", "descriptionZh", "descriptionEn", "addressZh", "addressEn"];
const jobEnum = (s: string) =>
  s
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "_");
/** Text that names no catalogue entry (and is not blank, which the form drops). */
const unknownKey = hostileExcept((s) => s.trim() === "" || /^[a-z0-9-]+$/.test(s.trim().toLowerCase()));
const wholeNumberBad = hostileExcept((s) => /^\d+$/.test(s.replace(/[,，\s]/g, "")) || s.trim() === "");

/** What the job form reads as a skill level ("", "1", " 2 ", "3.0"…: Number() of the text before any colon). */
const isSkillLevel = (level: string) => {
  const parts = level.split(/[:：]/);
  return parts.length === 1 && (parts[0]!.trim() === "" || [1, 2, 3].includes(Number(parts[0]!.trim())));
};

const jobFieldCorruptions: Corruption[] = [
  requiredText("titleZh", LIMITS.title),
  requiredText("titleEn", LIMITS.title),
  requiredText("descriptionZh", LIMITS.description, { min: LIMITS.descriptionMin }),
  requiredText("descriptionEn", LIMITS.description, { min: LIMITS.descriptionMin }),
  field(
    "family",
    as("unknown", unknownKey, E("posting.errors.unknownFamily"), E("too_big", { maximum: 100 })),
    as("empty", blank, E("required")),
  ),
  field(
    "role",
    as("unknown", unknownKey, E("posting.errors.unknownRole"), E("too_big", { maximum: 100 })),
    as("of another family", fc.constant("platform-operations-assistant"), E("posting.errors.roleNotInFamily")),
  ),
  choice("employmentType", EMPLOYMENT_TYPES, { normalize: jobEnum }),
  choice("workMode", WORK_MODES, { normalize: jobEnum }),
  choice("education", EDUCATIONS, { normalize: jobEnum }),
  choice("salaryPeriod", SALARY_PERIODS, { normalize: jobEnum }),
  choice("city", CITY_KEYS, { normalize: (s) => s.trim().toLowerCase() }),
  field(
    "experienceYears",
    as("not a whole number", wholeNumberBad, E("posting.errors.wholeNumber")),
    as("too many", fc.integer({ min: 31, max: 10_000 }).map(String), E("too_big_number", { maximum: 30 })),
    as("empty", blank, E("required")),
  ),
  field(
    "headcount",
    as("zero", fc.constantFrom("0", "00"), E("too_small_number", { minimum: 1 })),
    as("too many", fc.integer({ min: 1_000, max: 1_000_000 }).map(String), E("too_big_number", { maximum: 999 })),
    as("negative", fc.integer({ min: -1000, max: -1 }).map(String), E("posting.errors.wholeNumber")),
  ),
  field(
    "salaryMin",
    as("not a whole number", wholeNumberBad, E("posting.errors.wholeNumber")),
    as("zero", fc.constant("0"), E("too_small_number", { minimum: 1 })),
  ),
  {
    field: "salaryMax",
    bad: () =>
      fc.oneof(
        fc.integer({ min: 1, max: 5_999 }).map((max): Bad => ({
          what: "below the minimum",
          value: String(max),
          also: { salaryMin: "6000" },
          answer: form([E("posting.errors.salaryRange")]),
        })),
        as(
          "too large",
          fc.integer({ min: LIMITS.salary + 1, max: 2 * LIMITS.salary }).map(String),
          E("too_big_number", { maximum: LIMITS.salary }),
        ),
      ),
  },
  field(
    "district",
    as("unknown", unknownKey, E("posting.errors.unknownDistrict"), E("too_big", { maximum: 100 })),
    as("of another city", fc.constant("haishu"), E("posting.errors.unknownDistrict")),
  ),
  requiredText("addressZh", LIMITS.address),
  requiredText("addressEn", LIMITS.address),
  field(
    "validThrough",
    as(
      "not a date",
      hostileExcept((s) => s.trim() === "" || /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.test(s.trim())),
      E("posting.errors.dateFormat"),
    ),
    as("not a real day", fc.constantFrom("2027-02-30", "2027-13-01", "2027/00/10"), E("posting.errors.dateFormat")),
    as(
      "in the past",
      fc.integer({ min: 0, max: 3_000 }).map((d) => shanghaiDay(new Date(), -d)),
      E("posting.errors.validThroughPast"),
    ),
    as(
      "too far ahead",
      fc.integer({ min: LIMITS.validDays + 1, max: 5_000 }).map((d) => shanghaiDay(new Date(), d)),
      E("posting.errors.validThroughTooFar"),
    ),
    as("empty", blank, E("required")),
  ),
  field(
    "requiredSkillKey",
    as(
      "unknown skill",
      unknownKey.map((k) => [k]),
      E("posting.errors.unknownSkill"),
      E("posting.errors.skillLevel"),
      E("too_big", { maximum: 200 }),
    ),
  ),
  field(
    "requiredSkillLevel",
    as(
      "not a level",
      hostileExcept(isSkillLevel).map((l) => [l]),
      E("posting.errors.skillLevel"),
      E("too_big", { maximum: 200 }),
    ),
  ),
  field(
    "requiredLanguageKey",
    as(
      "unknown language",
      unknownKey.map((k) => [k]),
      E("posting.errors.unknownLanguage"),
      E("posting.errors.languageLevelMismatch"),
      E("posting.errors.languageLevelMissing"),
      E("too_big", { maximum: 200 }),
    ),
  ),
  field(
    "marketplaces",
    as(
      "unknown",
      fc.array(unknownKey, { minLength: 1, maxLength: 3 }),
      E("posting.errors.unknownMarketplace"),
      E("too_big", { maximum: 200 }),
    ),
  ),
  field(
    "sessions",
    as(
      "unknown",
      fc.array(unknownKey, { minLength: 1, maxLength: 3 }),
      E("posting.errors.unknownSession"),
      E("too_big", { maximum: 200 }),
    ),
  ),
  field(
    "abilityUnits",
    as(
      "not of the role",
      unknownKey.map((k) => [`${k}:required`]),
      E("posting.errors.abilityUnitNotInRole"),
      E("too_big", { maximum: 200 }),
    ),
  ),
];

const withAlone = (bad: fc.Arbitrary<Bad>) => bad.map((b) => ({ ...b, alone: true }));
const isFormDate = (value: string) => {
  const date = parseFormDate(value);
  return !!date && date.getUTCFullYear() >= 1970 && date.getUTCFullYear() <= 2100;
};
const isPhone = (value: string) => {
  const trimmed = value.trim();
  const digits = trimmed.replace(/[\s()-]/g, "");
  return (
    trimmed === "" ||
    (trimmed.length <= PL.phone + 10 &&
      /^\+?\d{6,15}$/.test(digits) &&
      (!/^1\d{10}$/.test(digits) || /^1[3-9]/.test(digits)))
  );
};
const CONTACT = fc.constantFrom(
  "call me on 138 0013 8000",
  "mail li.ming@example.com",
  "微信: liming_2024",
  "QQ 12345678",
);
/**
 * A path segment that is no route of its own ("..", "preview" and the step names are), short
 * enough for Node's 16 KB header limit (a longer address is refused with 431 before the app).
 */
const segment = (...taken: string[]) =>
  hostileExcept(
    (s) => /^[.\s]*$/.test(s) || taken.includes(s.trim().toLowerCase()) || encodeURIComponent(s).length > 4_000,
  );
const confirmPassword = (name: string, password: string) =>
  field(
    name,
    as("too long", tooLong(PASSWORD_MAX_LENGTH), E("too_big", { maximum: PASSWORD_MAX_LENGTH })),
    withAlone(
      as(
        "another password",
        hostileExcept((s) => s === password || s.length > PASSWORD_MAX_LENGTH),
        E("passwords_differ"),
      ),
    ),
  );
const csv = (rows: string[][]) => new Uint8Array(Buffer.from(stringifyCsv(rows, { bom: true })));
const REQUIRED_COLUMNS = JOB_COLUMNS.filter((c) => !OPTIONAL_COLUMNS.includes(c));
const aRow = csvRowOf(sampleFields());
const csvFile = (bytes: fc.Arbitrary<Uint8Array>) => upload(bytes, "text/csv");

const stepPath = (name: string) => `/student/profile/${name}`;
const SKILL_INTENTS = ["skill.save", "skill.remove"];
const ABILITY_INTENTS = ["ability.save", "ability.remove"];
const LANGUAGE_INTENTS = ["language.save", "language.remove"];
const AWARD_INTENTS = ["certification.add", "certification.remove"];
const EXPERIENCE_INTENTS = ["experience.add", "experience.remove"];
const PORTFOLIO_INTENTS = ["portfolio.add", "portfolio.remove"];
const RESUME_INTENTS = ["resume.upload", "resume.remove"];
const PRIVACY_INTENTS = ["consent.give", "consent.withdraw", "privacy.accept", "account.delete"];
const ACCOUNT_INTENTS = ["password", "logout-everywhere"];
const PROFILE_INTENTS = ["save", "logo", "remove-logo"];
const MEMBER_INTENTS = ["invite", "revoke"];
const INVITE_INTENTS = ["create", "accept"];
const JOB_SEARCH_INTENTS = ["create", "update"];
const JOB_INTENTS = ["save", "publish", "close", "reopen", "duplicate"];
const REVIEW_INTENTS = ["approve", "reinstate", "reject", "suspend", "close-jobs"];
const REPORT_INTENTS = ["dismiss", "takedown"];

const studentPassword = "student password 123";
const aboutValid = {
  intent: "about",
  headlineZh: "跨境电商运营方向应届生",
  headlineEn: "Graduate in cross-border e-commerce operations",
  summaryZh: "熟悉亚马逊与 TikTok Shop 的店铺运营，做过两次直播带货。",
  summaryEn: "I know Amazon and TikTok Shop store operations and have run two live-selling streams.",
};

const CASES: FormCase[] = [
  // --- Accounts ------------------------------------------------------------------------------
  {
    name: "student sign-up",
    route: "routes/account/signup",
    actor: "anonymous",
    path: () => "/signup",
    valid: () => ({ email: "new.student@badinput.example", password: PASSWORD, acceptPrivacy: "on" }),
    free: ["password"],
    corruptions: [email("email"), password("password"), mustAccept("acceptPrivacy")],
  },
  {
    name: "log-in",
    route: "routes/account/login",
    actor: "anonymous",
    path: () => "/login",
    valid: () => ({ email: "student.a@example.com", password: studentPassword, redirectTo: "/student" }),
    free: ["password", "redirectTo"],
    corruptions: [email("email"), requiredText("password", PASSWORD_MAX_LENGTH, { trim: false })],
  },
  {
    name: "log-in: second factor",
    route: "routes/account/second-factor",
    actor: "organizerBefore2fa",
    path: () => "/login/second-factor",
    valid: () => ({ code: "123456", redirectTo: "/organizer/companies" }),
    free: ["redirectTo"],
    corruptions: [totpCode],
  },
  {
    name: "verify email: confirm",
    route: "routes/account/verify-email",
    actor: "anonymous",
    path: (fx) => `/verify-email?token=${fx.verifyToken}`,
    valid: (fx) => ({ intent: "confirm", token: fx.verifyToken }),
    corruptions: [intent(["confirm", "resend"]), token("token")],
  },
  {
    name: "verify email: send again",
    route: "routes/account/verify-email",
    actor: "unverifiedStudent",
    path: () => "/verify-email",
    valid: () => ({ intent: "resend" }),
    corruptions: [intent(["confirm", "resend"])],
    numRuns: INTENT_ONLY_RUNS,
  },
  {
    name: "forgot password",
    route: "routes/account/forgot-password",
    actor: "anonymous",
    path: () => "/forgot-password",
    valid: () => ({ email: "student.b@example.com" }),
    corruptions: [email("email")],
  },
  {
    name: "reset password",
    route: "routes/account/reset-password",
    actor: "anonymous",
    path: (fx) => `/reset-password?token=${fx.resetToken}`,
    valid: (fx) => ({ token: fx.resetToken, password: PASSWORD, confirmPassword: PASSWORD }),
    corruptions: [token("token"), password("password"), confirmPassword("confirmPassword", PASSWORD)],
  },
  {
    name: "account: change the password",
    route: "routes/account/settings",
    actor: "student",
    path: () => "/account",
    valid: () => ({
      intent: "password",
      currentPassword: studentPassword,
      password: PASSWORD,
      confirmPassword: PASSWORD,
    }),
    corruptions: [
      intent(ACCOUNT_INTENTS),
      requiredText("currentPassword", PASSWORD_MAX_LENGTH, { trim: false }),
      password("password"),
      confirmPassword("confirmPassword", PASSWORD),
    ],
  },
  {
    name: "account: log out everywhere",
    route: "routes/account/settings",
    actor: "student",
    path: () => "/account",
    valid: () => ({ intent: "logout-everywhere" }),
    corruptions: [intent(ACCOUNT_INTENTS)],
    numRuns: INTENT_ONLY_RUNS,
  },
  {
    // No fields: whatever is sent, logging out (here: nobody) just goes home.
    name: "log out (no fields)",
    route: "routes/account/logout",
    actor: "anonymous",
    path: () => "/logout",
    valid: () => ({}),
    corruptions: [
      {
        field: null,
        bad: () =>
          fc.tuple(hostile, hostile).map(([a, b]) => ({
            what: "hostile fields",
            also: { intent: a, redirectTo: b, [a.slice(0, 20) || "x"]: b },
            answer: { kind: "redirect", location: "/" },
          })),
      },
    ],
    numRuns: INTENT_ONLY_RUNS,
  },

  // --- The student's profile, step by step ----------------------------------------------------
  {
    name: "profile: personal details",
    route: "routes/student/profile/step",
    actor: "student",
    path: () => stepPath("personal"),
    valid: () => ({
      intent: "personal",
      fullNameZh: "李明",
      fullNameEn: "Li Ming",
      phone: "13800138000",
      city: "hangzhou",
    }),
    free: ["fullNameZh", "fullNameEn"],
    corruptions: [
      intent(["personal"], "invalid_value"),
      optionalText("fullNameZh", PL.name),
      optionalText("fullNameEn", PL.name),
      field(
        "phone",
        as(
          "not a phone number",
          hostileExcept(isPhone),
          E("profile.errors.phone"),
          E("too_big", { maximum: PL.phone + 10 }),
        ),
      ),
      choice("city", CITY_KEYS, { optional: true }),
      {
        field: null,
        bad: () =>
          segment("preview", ...PROFILE_STEPS).map((step) => ({
            what: "an unknown step",
            path: stepPath(encodeURIComponent(step)),
            answer: { kind: "notFound" },
          })),
      },
    ],
    numRuns: 10,
  },
  {
    name: "profile: about me",
    route: "routes/student/profile/step",
    actor: "student",
    path: () => stepPath("about"),
    valid: () => aboutValid,
    free: ["headlineZh", "headlineEn", "summaryZh", "summaryEn"],
    corruptions: [
      intent(["about"], "invalid_value"),
      optionalText("headlineZh", PL.headline),
      optionalText("headlineEn", PL.headline),
      optionalText("summaryZh", PL.summary),
      optionalText("summaryEn", PL.summary),
      field("summaryEn", as("contact details", CONTACT, E("profile.errors.contactInText"))),
      field("headlineZh", as("contact details", CONTACT, E("profile.errors.contactInText"))),
    ],
    numRuns: 10,
  },
  {
    name: "profile: education",
    route: "routes/student/profile/step",
    actor: "student",
    path: () => stepPath("education"),
    valid: (fx) => ({
      intent: "education",
      collegeKey: fx.collegeKey,
      majorKey: fx.majorKey,
      degree: "BACHELOR",
      graduationYear: "2026",
    }),
    corruptions: [
      intent(["education"], "invalid_value"),
      catalogueKey("collegeKey", { optional: true }),
      catalogueKey("majorKey", { optional: true }),
      choice("degree", DEGREES, { optional: true }),
      integer("graduationYear", PL.graduationYearMin, PL.graduationYearMax),
      {
        field: "majorKey",
        bad: (fx) =>
          fc.constant({
            what: "a major without its college",
            value: fx.majorKey,
            also: { collegeKey: "" },
            alone: true,
            answer: form([E("profile.errors.majorWithoutCollege")]),
          }),
      },
    ],
    numRuns: 10,
  },
  {
    name: "profile: add a skill",
    route: "routes/student/profile/step",
    actor: "student",
    path: () => stepPath("skills"),
    valid: () => ({
      intent: "skill.save",
      skillKey: "obs-streaming",
      level: "2",
      evidence: EVIDENCE_TYPES[0]!,
      evidenceNote: EVIDENCE_NOTE,
    }),
    free: ["evidenceNote"],
    corruptions: [
      intent(SKILL_INTENTS),
      catalogueKey("skillKey"),
      choice("level", ["1", "2", "3"]),
      choice("evidence", EVIDENCE_TYPES, { optional: true }),
      optionalText("evidenceNote", PL.evidenceNote),
    ],
  },
  {
    name: "profile: remove a skill",
    route: "routes/student/profile/step",
    actor: "student",
    path: () => stepPath("skills"),
    valid: () => ({ intent: "skill.remove", skillKey: "capcut" }),
    corruptions: [intent(SKILL_INTENTS), catalogueKey("skillKey")],
  },
  {
    name: "profile: add an ability unit",
    route: "routes/student/profile/step",
    actor: "student",
    path: () => stepPath("abilities"),
    valid: (fx) => ({
      intent: "ability.save",
      abilityUnitKey: fx.abilityUnitKey,
      level: "1",
      evidence: EVIDENCE_TYPES[0]!,
      evidenceNote: EVIDENCE_NOTE,
    }),
    free: ["evidenceNote"],
    corruptions: [
      intent(ABILITY_INTENTS),
      catalogueKey("abilityUnitKey"),
      choice("level", ["1", "2", "3"]),
      choice("evidence", EVIDENCE_TYPES),
      optionalText("evidenceNote", PL.evidenceNote),
    ],
  },
  {
    name: "profile: remove an ability unit",
    route: "routes/student/profile/step",
    actor: "student",
    path: () => stepPath("abilities"),
    valid: (fx) => ({ intent: "ability.remove", abilityUnitKey: fx.abilityUnitKey }),
    corruptions: [intent(ABILITY_INTENTS), catalogueKey("abilityUnitKey")],
  },
  {
    name: "profile: add a language",
    route: "routes/student/profile/step",
    actor: "student",
    path: () => stepPath("languages"),
    valid: () => ({ intent: "language.save", languageKey: "en", levelKey: "en-cet-4" }),
    corruptions: [intent(LANGUAGE_INTENTS), catalogueKey("languageKey"), catalogueKey("levelKey")],
  },
  {
    name: "profile: remove a language",
    route: "routes/student/profile/step",
    actor: "student",
    path: () => stepPath("languages"),
    valid: () => ({ intent: "language.remove", languageKey: "en" }),
    corruptions: [intent(LANGUAGE_INTENTS), catalogueKey("languageKey")],
  },
  {
    name: "profile: marketplaces",
    route: "routes/student/profile/step",
    actor: "student",
    path: () => stepPath("marketplaces"),
    valid: () => ({ intent: "marketplaces", marketplaceKeys: ["tiktok-shop", "amazon"] }),
    corruptions: [
      intent(["marketplaces"], "invalid_value"),
      field(
        "marketplaceKeys",
        as(
          "a malformed key",
          fc
            .array(
              hostileExcept((s) => CATALOGUE_KEY.test(s)),
              { minLength: 1, maxLength: 3 },
            )
            .map((keys) => ["tiktok-shop", ...keys]),
          E("invalid_format"),
        ),
        as(
          "too many",
          fc.integer({ min: 51, max: 90 }).map((n) => Array.from({ length: n }, (_, i) => `marketplace-${i}`)),
          E("too_big_items", { maximum: 50 }),
        ),
      ),
    ],
  },
  {
    name: "profile: add a certificate",
    route: "routes/student/profile/step",
    actor: "student",
    path: () => stepPath("awards"),
    valid: () => ({
      intent: "certification.add",
      kind: CERTIFICATION_KINDS[0]!,
      name: "CET-6",
      issuer: "教育部考试中心",
      year: "2024",
    }),
    free: ["name", "issuer"],
    corruptions: [
      intent(AWARD_INTENTS),
      choice("kind", CERTIFICATION_KINDS),
      requiredText("name", PL.certificationName),
      optionalText("issuer", PL.issuer),
      field(
        "year",
        as("not a whole number", fc.constantFrom(...NOT_NUMBERS), E("not_a_number"), E("not_a_whole_number")),
        as(
          "too early",
          fc.integer({ min: -5_000, max: PL.graduationYearMin - 1 }).map(String),
          E("too_small_number", { minimum: PL.graduationYearMin }),
        ),
        as("empty", blank, E("too_small_number", { minimum: PL.graduationYearMin })),
        as(
          "in the future",
          fc.integer({ min: new Date().getFullYear() + 2, max: 99_999 }).map(String),
          E("profile.errors.yearInFuture"),
        ),
        leftOut(E("not_a_number")),
      ),
    ],
    numRuns: 10,
  },
  {
    name: "profile: remove a certificate",
    route: "routes/student/profile/step",
    actor: "student",
    path: () => stepPath("awards"),
    valid: () => ({ intent: "certification.remove", id: "cnosuchcertificate0000000" }),
    corruptions: [intent(AWARD_INTENTS), rowId("id")],
  },
  {
    name: "profile: add an experience",
    route: "routes/student/profile/step",
    actor: "student",
    path: () => stepPath("experience"),
    valid: () => ({
      intent: "experience.add",
      kind: EXPERIENCE_KINDS[0]!,
      organisation: "杭州蓝海贸易有限公司",
      role: "运营实习生",
      startDate: "2024-07",
      endDate: "2024-09",
      description: "Listed 200 products and answered buyers' questions.",
    }),
    free: ["organisation", "role", "description"],
    corruptions: [
      intent(EXPERIENCE_INTENTS),
      choice("kind", EXPERIENCE_KINDS),
      requiredText("organisation", PL.organisation),
      requiredText("role", PL.role),
      optionalText("description", PL.description),
      field("description", as("contact details", CONTACT, E("profile.errors.contactInText"))),
      field(
        "startDate",
        as("not a date", hostileExcept(isFormDate), E("profile.errors.date")),
        as("not a real day", fc.constantFrom("2024-02-30", "2024-13", "1969-12", "2024/07"), E("profile.errors.date")),
        leftOut(E("invalid_type")),
        fc.constantFrom("2099-01", "2100-12-01").map((start) => ({
          what: "far in the future",
          value: start,
          also: { endDate: "" },
          alone: true,
          answer: form([E("profile.errors.startInFuture")]),
        })),
      ),
      field(
        "endDate",
        as(
          "not a date",
          hostileExcept((s) => s.trim() === "" || isFormDate(s)),
          E("profile.errors.date"),
        ),
        withAlone(
          as(
            "before the start",
            fc.constantFrom("2024-06", "2023-01-31", "1999-12"),
            E("profile.errors.endBeforeStart"),
          ),
        ),
      ),
    ],
    numRuns: 10,
  },
  {
    name: "profile: remove an experience",
    route: "routes/student/profile/step",
    actor: "student",
    path: () => stepPath("experience"),
    valid: () => ({ intent: "experience.remove", id: "cnosuchexperience00000000" }),
    corruptions: [intent(EXPERIENCE_INTENTS), rowId("id")],
  },
  {
    name: "profile: add a portfolio link",
    route: "routes/student/profile/step",
    actor: "student",
    path: () => stepPath("portfolio"),
    valid: () => ({ intent: "portfolio.add", url: "https://liming.example.com/work" }),
    corruptions: [
      intent(PORTFOLIO_INTENTS),
      field(
        "url",
        as(
          "not a web address",
          hostileExcept((s) => normalizePortfolioUrl(s) !== null),
          E("profile.errors.url"),
        ),
        as(
          "not a public http(s) address",
          fc.constantFrom(
            "javascript:alert(1)",
            "http://localhost:3000",
            "https://user:pw@example.com/",
            "ftp://example.com",
          ),
          E("profile.errors.url"),
        ),
        leftOut(E("invalid_type")),
      ),
    ],
  },
  {
    name: "profile: remove a portfolio link",
    route: "routes/student/profile/step",
    actor: "student",
    path: () => stepPath("portfolio"),
    valid: () => ({ intent: "portfolio.remove", url: "https://liming.example.com/work" }),
    corruptions: [
      intent(PORTFOLIO_INTENTS),
      field("url", as("too long", tooLong(PL.url), E("too_big", { maximum: PL.url })), leftOut(E("invalid_type"))),
    ],
  },
  {
    name: "profile: preferences",
    route: "routes/student/profile/step",
    actor: "student",
    path: () => stepPath("preferences"),
    valid: () => ({
      intent: "preferences",
      desiredFamilies: ["live-stream-selling"],
      desiredCities: ["hangzhou", "ningbo"],
      desiredSalaryMin: "6000",
      availableFrom: "2026-07",
    }),
    corruptions: [
      intent(["preferences"], "invalid_value"),
      field(
        "desiredFamilies",
        as(
          "a malformed key",
          fc.array(
            hostileExcept((s) => CATALOGUE_KEY.test(s)),
            { minLength: 1, maxLength: 3 },
          ),
          E("invalid_format"),
        ),
        as(
          "too many",
          fc.integer({ min: 21, max: 60 }).map((n) => Array.from({ length: n }, (_, i) => `family-${i}`)),
          E("too_big_items", { maximum: 20 }),
        ),
      ),
      field(
        "desiredCities",
        as(
          "not a city",
          fc.array(
            hostileExcept((s) => (CITY_KEYS as readonly string[]).includes(s)),
            { minLength: 1, maxLength: 3 },
          ),
          E("invalid_value"),
        ),
      ),
      integer("desiredSalaryMin", 0, PL.salaryMax),
      field(
        "availableFrom",
        as(
          "not a date",
          hostileExcept((s) => s.trim() === "" || isFormDate(s)),
          E("profile.errors.date"),
        ),
      ),
    ],
  },
  {
    name: "profile: upload a résumé",
    route: "routes/student/profile/step",
    actor: "student",
    path: () => stepPath("resume"),
    valid: () => ({
      intent: "resume.upload",
      resume: { upload: true, name: "cv.pdf", type: "application/pdf", bytes: PDF },
    }),
    corruptions: [
      intent(RESUME_INTENTS),
      field(
        "resume",
        leftOut(E("profile.errors.resumeMissing")),
        as(
          "an empty file",
          upload(fc.constant(new Uint8Array()), "application/pdf"),
          E("profile.errors.resumeMissing"),
        ),
        as("text instead of a file", hostile, E("profile.errors.resumeMissing")),
        as("not a PDF", upload(notThisType(PDF), "application/pdf"), E("profile.errors.resumeWrongType")),
        as(
          "larger than 5 MB",
          upload(oversized(RESUME_MAX_BYTES), "application/pdf"),
          E("profile.errors.resumeTooLarge"),
        ),
        unreadableUpload(PDF, "application/pdf", { kind: "badRequest" }),
      ),
    ],
  },
  {
    name: "profile: remove the résumé",
    route: "routes/student/profile/step",
    actor: "student",
    path: () => stepPath("resume"),
    valid: () => ({ intent: "resume.remove" }),
    corruptions: [intent(RESUME_INTENTS)],
    numRuns: INTENT_ONLY_RUNS,
  },

  // --- The student's privacy page -------------------------------------------------------------
  {
    name: "privacy: give a consent",
    route: "routes/student/privacy/index",
    actor: "student",
    path: () => "/student/privacy",
    valid: () => ({ intent: "consent.give", purpose: "DISCOVERABLE" }),
    corruptions: [intent(PRIVACY_INTENTS), choice("purpose", Object.values(ConsentPurpose))],
  },
  {
    name: "privacy: withdraw a consent",
    route: "routes/student/privacy/index",
    actor: "student",
    path: () => "/student/privacy",
    valid: () => ({ intent: "consent.withdraw", purpose: "SHARE_ON_APPLY" }),
    corruptions: [intent(PRIVACY_INTENTS), choice("purpose", Object.values(ConsentPurpose))],
  },
  {
    name: "privacy: accept the notice",
    route: "routes/student/privacy/index",
    actor: "student",
    path: () => "/student/privacy",
    valid: () => ({ intent: "privacy.accept" }),
    corruptions: [intent(PRIVACY_INTENTS)],
    numRuns: INTENT_ONLY_RUNS,
  },
  {
    name: "privacy: delete the account",
    route: "routes/student/privacy/index",
    actor: "student",
    path: () => "/student/privacy",
    valid: () => ({ intent: "account.delete", password: studentPassword, confirm: "on" }),
    free: ["password"],
    corruptions: [
      intent(PRIVACY_INTENTS),
      requiredText("password", PASSWORD_MAX_LENGTH, { trim: false }),
      mustAccept("confirm"),
    ],
  },

  // --- Jobs for you ----------------------------------------------------------------------------
  {
    name: "jobs for you: turn personalisation off or on",
    route: "routes/student/jobs-for-you",
    actor: "student",
    path: () => "/student/jobs-for-you",
    valid: () => ({ intent: "personalisation", personalised: "off" }),
    corruptions: [intent(["personalisation"], "invalid_value"), choice("personalised", ["on", "off"])],
  },

  // --- Companies ------------------------------------------------------------------------------
  {
    name: "company sign-up",
    route: "routes/company/signup",
    actor: "anonymous",
    path: () => "/company/signup",
    valid: (fx) => ({
      ...companyFields(fx),
      email: "new.owner@badinput.example",
      password: PASSWORD,
      acceptPrivacy: "on",
      logo: { upload: true, name: "logo.png", type: "image/png", bytes: PNG },
    }),
    free: [...COMPANY_FREE, "password"],
    corruptions: [
      ...companyFieldCorruptions(),
      email("email"),
      password("password"),
      mustAccept("acceptPrivacy"),
      logo,
    ],
    numRuns: 15,
  },
  {
    name: "company profile: save",
    route: "routes/company/profile",
    actor: "pendingOwner",
    path: () => "/company/profile",
    valid: (fx) => ({ intent: "save", ...companyFields(fx) }),
    free: COMPANY_FREE,
    corruptions: [intent(PROFILE_INTENTS, "invalid_value"), ...companyFieldCorruptions()],
    numRuns: 15,
  },
  {
    name: "company profile: replace the logo",
    route: "routes/company/profile",
    actor: "owner",
    path: () => "/company/profile",
    valid: () => ({ intent: "logo", logo: { upload: true, name: "logo.png", type: "image/png", bytes: PNG } }),
    corruptions: [
      intent(PROFILE_INTENTS, "invalid_value"),
      field(
        "logo",
        leftOut(E("company.errors.logo.missing")),
        as("text instead of a file", hostile, E("company.errors.logo.missing")),
        as("an empty file", upload(fc.constant(new Uint8Array()), "image/png"), E("company.errors.logo.missing")),
        as("not an image", upload(notThisType(PNG), "image/png"), E("company.errors.logo.wrong_type")),
        as("larger than 1 MB", upload(oversized(1024 * 1024), "image/png"), E("company.errors.logo.too_large")),
        unreadableUpload(PNG, "image/png", { kind: "badRequest" }),
      ),
    ],
  },
  {
    name: "company profile: remove the logo",
    route: "routes/company/profile",
    actor: "owner",
    path: () => "/company/profile",
    valid: () => ({ intent: "remove-logo" }),
    corruptions: [intent(PROFILE_INTENTS, "invalid_value")],
    numRuns: INTENT_ONLY_RUNS,
  },
  {
    name: "members: invite a recruiter",
    route: "routes/company/members",
    actor: "owner",
    path: () => "/company/members",
    valid: () => ({ intent: "invite", email: "another.recruiter@badinput.example" }),
    corruptions: [intent(MEMBER_INTENTS), email("email")],
  },
  {
    name: "members: revoke an invitation",
    route: "routes/company/members",
    actor: "owner",
    path: () => "/company/members",
    valid: (fx) => ({ intent: "revoke", invitationId: fx.invitationId }),
    corruptions: [intent(MEMBER_INTENTS), rowId("invitationId")],
  },
  {
    // No fields: the member comes from the path. A malformed, unknown or foreign id is a 404;
    // the owner cannot be removed.
    name: "members: remove a recruiter",
    route: "routes/company/remove-member",
    actor: "owner",
    path: (fx) => `/company/members/${fx.removableMember}/remove`,
    valid: () => ({}),
    corruptions: [
      {
        field: null,
        bad: (fx) =>
          fc.oneof(
            segment().map((id) => ({
              what: "a malformed id",
              path: `/company/members/${encodeURIComponent(id)}/remove`,
              answer: { kind: "notFound" as const },
              // Nothing else wrong beside it, so the answer is the 404.
              alone: true,
            })),
            fc.constantFrom(fx.otherCompanyMember, "cnosuchmember000000000000").map((id) => ({
              what: "another company's member, or nobody",
              path: `/company/members/${id}/remove`,
              answer: { kind: "notFound" as const },
              // Nothing else wrong beside it, so the answer is the 404.
              alone: true,
            })),
            fc.constant({
              what: "the owner",
              path: `/company/members/${fx.ownerMember}/remove`,
              answer: form([E("company.errors.ownerCannotBeRemoved")]),
            }),
          ),
      },
    ],
  },
  {
    name: "candidate search: save the search",
    route: "routes/company/candidates/index",
    actor: "recruiterX",
    path: () => "/company/candidates",
    valid: () => ({ intent: "save", name: "Amazon, class of 2026", query: "marketplace=amazon&gradFrom=2026" }),
    free: ["name"],
    corruptions: [
      intent(["save"], "invalid_value"),
      requiredText("name", SAVED_SEARCH_NAME_MAX),
      field(
        "query",
        // Criteria that are not in the vocabulary, filter syntax included: refused, never saved. The
        // model checks them once every field is valid, so no hostile text goes beside them.
        withAlone(
          as(
            "criteria outside the vocabulary",
            fc.oneof(
              fc.constantFrom(
                'college=x" OR collegeKey = "y',
                "skill=excel&skillLevel=9",
                "gradFrom=2030&gradTo=2020",
                "skill=excel&skill=sql&skillMode=must",
                "filter=anything",
              ),
              hostileExcept((s) => /^[a-z0-9-]*$/.test(s.trim())).map((s) => `college=${encodeURIComponent(s)}`),
            ),
            E("candidates.errors.queryInvalid"),
            E("too_big", { maximum: 8_000 }),
          ),
        ),
        leftOut(E("invalid_type")),
      ),
    ],
  },
  {
    name: "candidate search: rename a saved search",
    route: "routes/company/candidates/saved-search",
    actor: "recruiterX",
    path: (fx) => `/company/candidates/saved/${fx.savedSearchX}`,
    valid: () => ({ intent: "rename", name: "Renamed search" }),
    corruptions: [
      intent(["rename"], "invalid_value"),
      requiredText("name", SAVED_SEARCH_NAME_MAX),
      {
        field: null,
        bad: (fx) =>
          fc.oneof(
            segment().map((id) => ({
              what: "a malformed id",
              path: `/company/candidates/saved/${encodeURIComponent(id)}`,
              answer: { kind: "notFound" as const },
              // Nothing else wrong beside it, so the answer is the 404.
              alone: true,
            })),
            fc.constantFrom(fx.savedSearchOther, "cnosuchsearch00000000000").map((id) => ({
              what: "another company's saved search, or none",
              path: `/company/candidates/saved/${id}`,
              answer: { kind: "notFound" as const },
              // Nothing else wrong beside it, so the answer is the 404.
              alone: true,
            })),
          ),
      },
    ],
  },
  // --- Students' saved job searches --------------------------------------------------------------
  {
    name: "job search: save the search",
    route: "routes/student/saved-searches",
    actor: "student",
    path: () => "/student/saved-searches",
    valid: () => ({ intent: "create", name: "Amazon in Hangzhou", query: "q=amazon&city=hangzhou", alert: "INSTANT" }),
    free: ["name"],
    corruptions: [
      intent(JOB_SEARCH_INTENTS),
      requiredText("name", JOB_SEARCH_NAME_MAX),
      choice("alert", ALERT_FREQUENCIES),
      field(
        "query",
        // A search the jobs page would refuse, filter syntax included: never saved. Checked once every
        // field is valid, so no hostile text goes beside it.
        withAlone(
          as(
            "a search outside the vocabulary",
            fc.oneof(
              fc.constantFrom(
                'city=x" OR city = "y',
                "near=_geoRadius(30.2, 120.1, 1000)",
                "near=30.2,120.1&radius=3",
                "sort=distance",
                "filter=anything",
                "q=a&q=b",
              ),
              hostileExcept((s) => /^[a-z0-9-]*$/.test(s.trim())).map((s) => `family=${encodeURIComponent(s)}`),
            ),
            E("jobsearch.saved.errors.invalidQuery"),
            E("too_big", { maximum: 2_000 }),
          ),
        ),
        leftOut(E("invalid_type")),
      ),
    ],
  },
  {
    name: "job search: rename a saved search or change its alert",
    route: "routes/student/saved-searches",
    actor: "student",
    path: () => "/student/saved-searches",
    valid: (fx) => ({ intent: "update", id: fx.jobSearch, name: "Renamed search", alert: "DAILY" }),
    free: ["name"],
    corruptions: [
      intent(JOB_SEARCH_INTENTS),
      requiredText("name", JOB_SEARCH_NAME_MAX),
      choice("alert", ALERT_FREQUENCIES),
      {
        field: "id",
        bad: (fx) =>
          fc.oneof(
            as(
              "malformed",
              hostileExcept((s) => /^[A-Za-z0-9_-]{1,64}$/.test(s)),
              E("invalid_format"),
            ),
            leftOut(E("invalid_type")),
            fc.constantFrom(fx.jobSearchOther, "cnosuchsearch00000000000").map((id) => ({
              what: "another student's saved search, or none",
              value: id,
              answer: { kind: "notFound" as const },
              // Nothing else wrong beside it, so the answer is the 404.
              alone: true,
            })),
          ),
      },
    ],
  },
  {
    // No fields: the search comes from the path. A malformed, unknown or other student's id is a 404.
    name: "job search: delete a saved search",
    route: "routes/student/saved-search-delete",
    actor: "student",
    path: (fx) => `/student/saved-searches/${fx.jobSearch}/delete`,
    valid: () => ({}),
    corruptions: [
      {
        field: null,
        bad: (fx) =>
          fc.oneof(
            segment().map((id) => ({
              what: "a malformed id",
              path: `/student/saved-searches/${encodeURIComponent(id)}/delete`,
              answer: { kind: "notFound" as const },
              // Nothing else wrong beside it, so the answer is the 404.
              alone: true,
            })),
            fc.constantFrom(fx.jobSearchOther, "cnosuchsearch00000000000").map((id) => ({
              what: "another student's saved search, or none",
              path: `/student/saved-searches/${id}/delete`,
              answer: { kind: "notFound" as const },
              // Nothing else wrong beside it, so the answer is the 404.
              alone: true,
            })),
          ),
      },
    ],
  },
  {
    // No fields: the search comes from the path. A malformed, unknown or foreign id is a 404.
    name: "candidate search: delete a saved search",
    route: "routes/company/candidates/delete-search",
    actor: "recruiterX",
    path: (fx) => `/company/candidates/saved/${fx.savedSearchX}/delete`,
    valid: () => ({}),
    corruptions: [
      {
        field: null,
        bad: (fx) =>
          fc.oneof(
            segment().map((id) => ({
              what: "a malformed id",
              path: `/company/candidates/saved/${encodeURIComponent(id)}/delete`,
              answer: { kind: "notFound" as const },
              // Nothing else wrong beside it, so the answer is the 404.
              alone: true,
            })),
            fc.constantFrom(fx.savedSearchOther, "cnosuchsearch00000000000").map((id) => ({
              what: "another company's saved search, or none",
              path: `/company/candidates/saved/${id}/delete`,
              answer: { kind: "notFound" as const },
              // Nothing else wrong beside it, so the answer is the 404.
              alone: true,
            })),
          ),
      },
    ],
  },
  {
    name: "invitation: join with a new account",
    route: "routes/company/invite",
    actor: "anonymous",
    path: (fx) => `/invite?token=${fx.inviteNewToken}`,
    valid: (fx) => ({ intent: "create", token: fx.inviteNewToken, password: PASSWORD, acceptPrivacy: "on" }),
    free: ["password"],
    corruptions: [intent(INVITE_INTENTS), token("token"), password("password"), mustAccept("acceptPrivacy")],
  },
  {
    name: "invitation: accept as a signed-in user",
    route: "routes/company/invite",
    actor: "noRoleUser",
    path: (fx) => `/invite?token=${fx.inviteAcceptToken}`,
    valid: (fx) => ({ intent: "accept", token: fx.inviteAcceptToken }),
    corruptions: [intent(INVITE_INTENTS), token("token")],
  },

  // --- Jobs -----------------------------------------------------------------------------------
  {
    name: "new job: save a draft",
    route: "routes/company/jobs/new",
    actor: "recruiterX",
    path: () => "/company/jobs/new",
    valid: () => jobForm("save"),
    free: JOB_FREE,
    corruptions: jobFieldCorruptions,
    numRuns: 15,
  },
  {
    name: "new job: publish",
    route: "routes/company/jobs/new",
    actor: "recruiterX",
    path: () => "/company/jobs/new",
    valid: () => jobForm("publish"),
    free: JOB_FREE,
    corruptions: jobFieldCorruptions,
    numRuns: 10,
  },
  {
    name: "edit a job: save",
    route: "routes/company/jobs/edit",
    actor: "recruiterX",
    path: (fx) => `/company/jobs/${fx.jobX}`,
    valid: () => jobForm("save"),
    free: JOB_FREE,
    corruptions: [intent(JOB_INTENTS, "unexpected"), ...jobFieldCorruptions],
    numRuns: 15,
  },
  {
    name: "edit a job: publish",
    route: "routes/company/jobs/edit",
    actor: "recruiterX",
    path: (fx) => `/company/jobs/${fx.jobX}`,
    valid: () => jobForm("publish"),
    free: JOB_FREE,
    corruptions: [intent(JOB_INTENTS, "unexpected"), ...jobFieldCorruptions],
    numRuns: 10,
  },
  ...(["close", "reopen", "duplicate"] as const).map((action): FormCase => ({
    name: `edit a job: ${action}`,
    route: "routes/company/jobs/edit",
    actor: "recruiterX",
    path: (fx) => `/company/jobs/${fx.jobX}`,
    valid: () => ({ intent: action }),
    corruptions: [intent(JOB_INTENTS, "unexpected")],
    numRuns: INTENT_ONLY_RUNS,
  })),
  {
    name: "CSV import: upload a file",
    route: "routes/company/jobs/import",
    actor: "recruiterX",
    path: () => "/company/jobs/import",
    valid: (fx) => ({ file: { upload: true, name: "jobs.csv", type: "text/csv", bytes: fx.validCsv } }),
    corruptions: [
      field(
        "file",
        as(
          "not a text file",
          upload(fc.uint8Array({ maxLength: 200 }).map((b) => Uint8Array.from([...PNG, ...b]))),
          E("posting.import.errors.notText"),
        ),
        as(
          "an unknown column",
          csvFile(
            hostileExcept((h) => h.trim() === "" || (JOB_COLUMNS as readonly string[]).includes(h.trim())).map((h) =>
              csv([
                [...JOB_COLUMNS, h],
                [...aRow, "x"],
              ]),
            ),
          ),
          E("posting.import.errors.unknownColumns", { columns: ANY }),
        ),
        as(
          "columns missing",
          csvFile(
            fc.subarray([...REQUIRED_COLUMNS], { minLength: 1 }).map((gone) => {
              const keep = JOB_COLUMNS.map((c, i) => [c, aRow[i]!] as const).filter(([c]) => !gone.includes(c));
              return csv([keep.map(([c]) => c), keep.map(([, v]) => v)]);
            }),
          ),
          E("posting.import.errors.missingColumns", { columns: ANY }),
        ),
        as(
          "a column twice",
          csvFile(
            fc.constantFrom(...JOB_COLUMNS).map((c) =>
              csv([
                [...JOB_COLUMNS, c],
                [...aRow, "x"],
              ]),
            ),
          ),
          E("posting.import.errors.repeatedColumns", { columns: ANY }),
        ),
        as("no rows", csvFile(fc.constant(csv([[...JOB_COLUMNS]]))), E("posting.import.errors.noRows")),
        as(
          "blank",
          csvFile(fc.constantFrom(" ", "\n\r\n", " ,  , \n").map(textBytes)),
          E("posting.import.errors.empty"),
        ),
        as(
          "a quote never closed",
          csvFile(hostile.map((h) => textBytes(`${JOB_COLUMNS.join(",")}\n"${h.replaceAll('"', "")}`))),
          E("posting.import.errors.unterminatedQuote", { row: ANY }),
        ),
        as("an empty file", csvFile(fc.constant(new Uint8Array())), E("posting.import.errors.noFile")),
        // Not read as a file at all: "choose a CSV file" (misleading, but a 400 in the visitor's language).
        unreadableUpload(csv([[...JOB_COLUMNS], aRow]), "text/csv", form([E("posting.import.errors.noFile")])),
        leftOut(E("posting.import.errors.noFile")),
        as("text instead of a file", hostile, E("posting.import.errors.noFile")),
        // A file just over the limit: bad input (a body far over it is refused unread with 413).
        oversized(IMPORT_LIMITS.maxBytes).chain((bytes) =>
          csvFile(fc.constant(bytes)).map((file) => ({
            what: "larger than the limit",
            value: file,
            answer: form([E("posting.import.errors.tooLarge", { kb: IMPORT_LIMITS.maxBytes / 1000 })]),
          })),
        ),
      ),
    ],
    numRuns: 15,
  },
  {
    name: "CSV import: start importing",
    route: "routes/company/jobs/import-status",
    actor: "recruiterX",
    path: (fx) => `/company/jobs/import/${fx.importId}`,
    valid: () => ({ intent: "start", rows: "valid" }),
    corruptions: [
      field(
        "intent",
        as(
          "unknown",
          hostileExcept((s) => s === "start"),
          E("unexpected"),
        ),
        leftOut(E("unexpected")),
      ),
      field(
        "rows",
        as(
          "unknown",
          hostileExcept((s) => ["all", "valid"].includes(s)),
          E("unexpected"),
        ),
        leftOut(E("unexpected")),
      ),
    ],
  },
  {
    name: "report a job",
    route: "routes/public/job-report",
    actor: "anonymous",
    path: (fx) => `/jobs/${fx.jobX}/report`,
    valid: () => ({ reason: "MISLEADING", details: "The salary on the page is not what they offer." }),
    free: ["details"],
    corruptions: [
      choice("reason", REPORT_REASONS),
      optionalText("details", REPORT_DETAILS_MAX),
      {
        field: "details",
        bad: () =>
          blank.map((details) => ({
            what: "empty while the reason is OTHER",
            value: details,
            also: { reason: "OTHER" },
            alone: true,
            answer: form([E("posting.report.errors.detailsRequired")]),
          })),
      },
    ],
  },

  // --- Organizers -----------------------------------------------------------------------------
  {
    name: "organizer: enrol an authenticator",
    route: "routes/organizer/security",
    actor: "organizerEnrolling",
    path: () => "/organizer/security",
    valid: () => ({ code: "123456" }),
    corruptions: [totpCode],
  },
  ...(["approve", "reinstate", "close-jobs"] as const).map((decision): FormCase => ({
    name: `company review: ${decision}`,
    route: "routes/organizer/companies/detail",
    actor: "organizer",
    path: (fx) => `/organizer/companies/${fx.pendingCompany}`,
    valid: () => ({ intent: decision }),
    corruptions: [intent(REVIEW_INTENTS)],
    numRuns: INTENT_ONLY_RUNS,
  })),
  {
    name: "company review: reject",
    route: "routes/organizer/companies/detail",
    actor: "organizer",
    path: (fx) => `/organizer/companies/${fx.pendingCompany}`,
    valid: () => ({ intent: "reject", reason: "The licence names another company." }),
    free: ["reason"],
    corruptions: [intent(REVIEW_INTENTS), requiredText("reason", COMPANY_LIMITS.reason)],
  },
  {
    name: "company review: suspend",
    route: "routes/organizer/companies/detail",
    actor: "organizer",
    path: (fx) => `/organizer/companies/${fx.verifiedCompany}`,
    valid: () => ({ intent: "suspend", reason: "Charges students a training fee." }),
    free: ["reason"],
    corruptions: [intent(REVIEW_INTENTS), requiredText("reason", COMPANY_LIMITS.reason)],
  },
  {
    name: "job reports: dismiss",
    route: "routes/organizer/reports/index",
    actor: "organizer",
    path: () => "/organizer/reports",
    valid: (fx) => ({ intent: "dismiss", jobId: fx.reportedJob, note: "Checked with the company: fine." }),
    free: ["note"],
    corruptions: [intent(REPORT_INTENTS), rowId("jobId"), optionalText("note", 500)],
  },
  {
    name: "job reports: take a job down",
    route: "routes/organizer/reports/index",
    actor: "organizer",
    path: () => "/organizer/reports",
    valid: (fx) => ({ intent: "takedown", jobId: fx.reportedJob, reason: "Asks applicants for a deposit." }),
    free: ["reason"],
    corruptions: [intent(REPORT_INTENTS), rowId("jobId"), requiredText("reason", 1_000, { min: 5 })],
  },

  // --- Resource routes ------------------------------------------------------------------------
  {
    name: "language switcher",
    route: "routes/resources/locale",
    actor: "anonymous",
    path: () => "/resources/locale",
    valid: () => ({ locale: "en", redirectTo: "/jobs" }),
    corruptions: [
      {
        field: "locale",
        bad: () =>
          fc.oneof(
            hostileExcept((s) => (LOCALES as readonly string[]).includes(s)).map((value) => ({
              what: "not a language",
              value,
              answer: { kind: "text" as const },
            })),
            fc.constant({ what: "left out", leaveOut: true, answer: { kind: "text" as const } }),
          ),
      },
      {
        field: "redirectTo",
        bad: () =>
          fc
            .oneof(
              hostileExcept((s) => /^\/(?![/\\])/.test(s) && s.length <= 2_000),
              fc.constantFrom("//evil.example", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"),
              tooLong(2_000).map((s) => `/${s}`),
            )
            .map((value) => ({ what: "not a path of ours", value, answer: { kind: "text" as const } })),
      },
    ],
  },
  {
    // No form: every unknown address, whatever is posted to it, is the shared 404 page.
    name: "an unknown address",
    route: "routes/public/not-found",
    actor: "anonymous",
    path: () => "/no-such-page",
    valid: () => ({}),
    corruptions: [
      {
        field: null,
        bad: () =>
          fc.tuple(segment(), hostile).map(([page, text]) => ({
            what: "a hostile address and fields",
            path: `/no-such-page/${encodeURIComponent(page)}`,
            also: { q: text, intent: text },
            answer: { kind: "notFound" as const },
          })),
      },
    ],
    numRuns: INTENT_ONLY_RUNS,
  },
];

// ---------------------------------------------------------------------------------------------
// Sending a submission and reading the answer

let server: TestServer;
let fx: Fixtures;

interface Submission {
  corruption: Bad & { field: string | null };
  hostile: (string | undefined)[];
  locale: Locale;
  /** The language comes from Accept-Language, or from the switcher's cookie (which outranks a header saying otherwise). */
  chosenBy: "accept-language" | "cookie";
  multipart: boolean;
  /** Send the bad value as a repeated key after the valid one (forms read the last value). */
  repeat: boolean;
}

function submissions(c: FormCase): fc.Arbitrary<Submission> {
  const free = c.free ?? [];
  return fc.record({
    corruption: fc.oneof(...c.corruptions.map((k) => k.bad(fx).map((bad) => ({ ...bad, field: k.field })))),
    hostile: fc.tuple(...free.map(() => fc.option(hostile, { nil: undefined }))),
    locale: fc.constantFrom(...LOCALES),
    chosenBy: fc.constantFrom("accept-language" as const, "cookie" as const),
    multipart: fc.boolean(),
    repeat: fc.boolean(),
  });
}

const isUpload = (value: Value): value is Upload => typeof value === "object" && !Array.isArray(value);

function payloadOf(c: FormCase, s: Submission): Payload {
  const payload: Payload = { ...c.valid(fx) };
  const bad = s.corruption;
  if (!bad.alone) {
    (c.free ?? []).forEach((name, i) => {
      const text = s.hostile[i];
      if (name !== bad.field && text !== undefined) payload[name] = text;
    });
  }
  Object.assign(payload, bad.also);
  if (bad.field !== null) {
    const before = payload[bad.field];
    if (bad.leaveOut) delete payload[bad.field];
    else if (bad.value !== undefined) {
      payload[bad.field] =
        s.repeat && typeof before === "string" && typeof bad.value === "string" ? [before, bad.value] : bad.value;
    }
  }
  return payload;
}

function bodyOf(payload: Payload, multipart: boolean): FormData | URLSearchParams {
  const values = Object.entries(payload).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((v) => [name, v] as const),
  );
  if (!multipart && !values.some(([, v]) => isUpload(v))) {
    return new URLSearchParams(values.map(([name, v]) => [name, v as string]));
  }
  const body = new FormData();
  for (const [name, v] of values) {
    body.append(name, isUpload(v) ? new File([new Uint8Array(v.bytes)], v.name, { type: v.type }) : v);
  }
  return body;
}

const other = (locale: Locale): Locale => (locale === "en" ? "zh-CN" : "en");
const t = (locale: Locale) => translator(locale) as unknown as (key: string, options?: object) => string;
const languageCookie = createCookie("lng");

/** The text of an error as the page shows it (as useErrorText does), as a pattern (ANY matches any text). */
function messagePattern(locale: Locale, expected: Expected): RegExp {
  const own = expected.code.includes(".");
  const key = own ? expected.code : `forms.errors.${expected.code}`;
  const text = own
    ? t(locale)(key, expected.params)
    : t(locale)(key, { ...expected.params, defaultValue: t(locale)("forms.errors.unexpected") });
  if (text === key) throw new Error(`${key} has no ${locale} text`);
  return new RegExp(
    text
      .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
      .split(ANY)
      .join("[\\s\\S]*?"),
  );
}

const ENTITIES: Record<string, string> = { quot: '"', "#x27": "'", "#39": "'", amp: "&", lt: "<", gt: ">" };
const decode = (html: string) => html.replace(/&(quot|#x27|#39|amp|lt|gt);/g, (_m, name: string) => ENTITIES[name]!);

async function send(c: FormCase, s: Submission) {
  const cookies = [fx.cookies[c.actor]];
  const headers: Record<string, string> = {
    Origin: server.url,
    "Accept-Language": s.chosenBy === "cookie" ? other(s.locale) : s.locale,
  };
  if (s.chosenBy === "cookie") cookies.push((await languageCookie.serialize(s.locale)).split(";")[0]!);
  const cookie = cookies.filter(Boolean).join("; ");
  if (cookie) headers.Cookie = cookie;
  const response = await fetch(`${server.url}${s.corruption.path ?? c.path(fx)}`, {
    method: "POST",
    body: bodyOf(payloadOf(c, s), s.multipart),
    headers,
    redirect: "manual",
  });
  return { response, body: await response.text() };
}

function expectPageLanguage(html: string, locale: Locale) {
  expect(html).toContain(`<html lang="${locale}"`);
  // Whatever was sent came back escaped, never as markup.
  expect(html).not.toContain("<script>alert(1)</script>");
  expect(html).not.toContain("<img src=x onerror=alert(1)>");
}

function expectAnswer(answer: Answer, locale: Locale, response: Response, body: string) {
  const where = `${response.status} ${response.headers.get("Location") ?? ""}\n${body.slice(0, 300)}`;
  switch (answer.kind) {
    case "form": {
      expect(response.status, where).toBe(answer.status);
      expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
      expectPageLanguage(body, locale);
      const text = decode(body);
      expect(text).toContain(t(locale)("forms.errorSummary"));
      expect(text).not.toContain(t(other(locale))("forms.errorSummary"));
      const shown = answer.messages.filter((m) => messagePattern(locale, m).test(text));
      expect(shown, `one of ${JSON.stringify(answer.messages)} shown in ${locale}`).not.toEqual([]);
      expect(answer.messages.filter((m) => messagePattern(other(locale), m).test(text))).toEqual([]);
      return;
    }
    case "text":
      expect(response.status, where).toBe(400);
      expect(body).toBe(t(locale)("errors.badRequest.body"));
      return;
    case "notFound":
    case "badRequest": {
      const [status, key] =
        answer.kind === "notFound" ? [404, "errors.notFound.title"] : [400, "errors.badRequest.title"];
      expect(response.status, where).toBe(status);
      expectPageLanguage(body, locale);
      expect(decode(body)).toContain(t(locale)(key));
      expect(decode(body)).not.toContain(t(other(locale))(key));
      return;
    }
    case "redirect":
      expect(response.status, where).toBe(302);
      expect(response.headers.get("Location")).toBe(answer.location);
  }
}

/** The tables whose row count or newest update differ between two fingerprints. */
function changedTables(before: string, after: string): string[] {
  const rows = (fingerprint: string) =>
    new Map((JSON.parse(fingerprint) as { t: string }[]).map((row) => [row.t, JSON.stringify(row)]));
  const [a, b] = [rows(before), rows(after)];
  return [...new Set([...a.keys(), ...b.keys()])].filter((table) => a.get(table) !== b.get(table));
}

/** Counters a refused request may still bump; cleared so rate limits never answer instead of validation. */
async function clearCounters() {
  await prisma.rateLimitBucket.deleteMany();
  await prisma.loginFailure.deleteMany();
}

// ---------------------------------------------------------------------------------------------
// The people, links and rows the forms need

const origin = { ip: "203.0.113.201", userAgent: "bad-input test" };
const cookieOf = (setCookie: string) => setCookie.split(";")[0]!;

async function tokenMailedTo(to: string): Promise<string> {
  const mail = await prisma.outgoingMail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
  return new URL(mail.text.match(/https?:\/\/\S+/)![0]).searchParams.get("token")!;
}

let noRoleHash: Promise<string> | undefined;
async function userWithoutRole(email: string) {
  return prisma.user.create({
    data: {
      email,
      passwordHash: await (noRoleHash ??= hashPassword("no role password 123")),
      emailVerifiedAt: new Date(),
      privacyVersion: PRIVACY_VERSION,
      privacyAcceptedAt: new Date(),
    },
  });
}

async function setUp(): Promise<Fixtures> {
  await seedSmallDemo();
  const cast = await createCast();

  await signUpStudent({ email: "unverified@badinput.example", password: studentPassword, locale: "en" });
  const unverified = await prisma.user.findUniqueOrThrow({ where: { email: "unverified@badinput.example" } });
  const verifyToken = await tokenMailedTo(unverified.email);
  await requestPasswordReset("student.b@example.com");
  const resetToken = await tokenMailedTo("student.b@example.com");

  const owner = await createCompanyAccount(prisma, { email: "owner@badinput.example" });
  const pendingOwner = await createCompanyAccount(prisma, {
    email: "owner@pending.badinput.example",
    status: "PENDING",
  });
  const recruiter = await userWithoutRole("recruiter@badinput.example");
  const removable = await prisma.companyMember.create({
    data: { companyId: owner.companyId, userId: recruiter.id, role: "RECRUITER" },
  });
  const ownerMember = await prisma.companyMember.findFirstOrThrow({ where: { userId: owner.userId } });
  const otherMember = await prisma.companyMember.findFirstOrThrow({ where: { userId: cast.users.recruiterX } });

  const invite = (email: string) =>
    inviteRecruiter({ companyId: owner.companyId, inviterId: owner.userId, email, locale: "en" });
  await invite("new.recruiter@badinput.example");
  const inviteNewToken = await tokenMailedTo("new.recruiter@badinput.example");
  const noRole = await userWithoutRole("no.role@badinput.example");
  await invite(noRole.email);
  const inviteAcceptToken = await tokenMailedTo(noRole.email);
  const invitation = await prisma.emailToken.findFirstOrThrow({
    where: { purpose: "INVITE_RECRUITER", email: "new.recruiter@badinput.example" },
  });

  await reportJob({ jobId: cast.companyY.jobId, reporterId: null, reason: "MISLEADING", details: "Looks wrong." });
  const validCsv = csv([[...JOB_COLUMNS], aRow]);
  const checked = checkJobImportFile(validCsv, await loadPostingCatalogue());
  if (!checked.ok) throw new Error(`the valid CSV is refused: ${checked.problem.code}`);
  const jobImport = await createJobImport(
    prisma,
    { companyId: cast.companyX.id, userId: cast.users.recruiterX },
    "jobs.csv",
    checked.checked,
  );

  const enrolling = await createOrganizer("enrolling@organizer.badinput.example", "organizer password 123");
  const major = await prisma.major.findFirstOrThrow({ select: { key: true, college: { select: { key: true } } } });
  const unit = await prisma.abilityUnit.findFirstOrThrow({ select: { key: true } });
  const savedSearch = (companyId: string, userId: string) =>
    prisma.savedSearch.create({ data: { kind: "CANDIDATES", name: "Saved", query: "", companyId, userId } });
  const savedSearchX = await savedSearch(cast.companyX.id, cast.users.recruiterX);
  const savedSearchOther = await savedSearch(owner.companyId, owner.userId);
  const jobSearchOf = (userId: string) =>
    prisma.savedSearch.create({ data: { kind: "JOBS", name: "Saved jobs", query: "q=amazon", userId } });
  const jobSearchA = await jobSearchOf(cast.users.studentA);
  const jobSearchB = await jobSearchOf(cast.users.studentB);
  const session = async (userId: string, secondFactor = false) =>
    cookieOf(await createSession(userId, origin, { secondFactor }));

  return {
    cookies: {
      anonymous: null,
      student: cast.cookies.studentA,
      unverifiedStudent: await session(unverified.id),
      noRoleUser: await session(noRole.id),
      recruiterX: cast.cookies.recruiterX,
      owner: await session(owner.userId),
      pendingOwner: await session(pendingOwner.userId),
      organizer: cast.cookies.organizer,
      organizerBefore2fa: await session(cast.users.organizer),
      organizerEnrolling: await session(enrolling),
    },
    jobX: cast.companyX.jobId,
    reportedJob: cast.companyY.jobId,
    pendingCompany: cast.pendingCompany.id,
    verifiedCompany: cast.companyY.id,
    importId: jobImport.id,
    verifyToken,
    resetToken,
    inviteNewToken,
    inviteAcceptToken,
    invitationId: invitation.id,
    removableMember: removable.id,
    ownerMember: ownerMember.id,
    otherCompanyMember: otherMember.id,
    collegeKey: major.college.key,
    majorKey: major.key,
    abilityUnitKey: unit.key,
    validCsv,
    creditCode: composeCreditCode("91", "330108", "MA2KQ3P7"),
    savedSearchX: savedSearchX.id,
    savedSearchOther: savedSearchOther.id,
    jobSearch: jobSearchA.id,
    jobSearchOther: jobSearchB.id,
  };
}

beforeAll(async () => {
  fx = await setUp();
  server = await startTestServer();
}, 180_000);

afterAll(() => server?.close());

// ---------------------------------------------------------------------------------------------

describe("bad input on every form", () => {
  it("has a case for every route with an action, and none for a route without", async () => {
    const build = (await import(path.resolve("build/server/index.js"))) as ServerBuild;
    const withAction = Object.values(build.routes)
      .filter((route) => typeof route?.module.action === "function")
      .map((route) => route!.id)
      .sort();
    expect([...new Set(CASES.map((c) => c.route))].sort()).toEqual(withAction);
  });

  it.each(CASES.map((c) => [c.name, c] as const))(
    "%s: refused with the problem in the visitor's language, nothing changed",
    async (_name, c) => {
      let before = await dataFingerprint(prisma);
      await fc.assert(
        fc.asyncProperty(submissions(c), async (s) => {
          await clearCounters();
          const { response, body } = await send(c, s);
          const after = await dataFingerprint(prisma);
          const changed = changedTables(before, after);
          // Each run (the shrinking ones too) is compared with the data just before it.
          before = after;
          expectAnswer(s.corruption.answer, s.locale, response, body);
          expect(changed, "tables changed").toEqual([]);
        }),
        { numRuns: c.numRuns ?? RUNS },
      );
    },
  );
});
