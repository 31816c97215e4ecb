/**
 * One validation path for every form: zod on the server (the browser's own checks are a
 * convenience), errors as codes the page translates, a honeypot against bots, and 400 with
 * nothing changed when anything is wrong.
 */
import { data } from "@remix-run/node";
import type { z } from "zod";

/** A field no person fills in (it is hidden from people and assistive technology). */
export const HONEYPOT_FIELD = "website_url";

export interface FieldError {
  /** A key under forms.errors (or a form's own namespace when it starts with a dot). */
  code: string;
  params?: Record<string, number | string>;
}

export type FieldErrors = Record<string, FieldError[]>;

export interface FormFailure {
  errors: FieldErrors;
  /** What was sent (text fields only), to fill the form in again. Never includes passwords. */
  values: Record<string, string>;
}

const SECRET_FIELDS = /password|code|token/i;

function errorFor(issue: z.core.$ZodIssue): FieldError {
  switch (issue.code) {
    case "too_small":
      return issue.origin === "number"
        ? { code: "too_small_number", params: { minimum: Number(issue.minimum) } }
        : issue.origin === "array" || issue.origin === "set"
          ? { code: "too_small_items", params: { minimum: Number(issue.minimum) } }
          : issue.minimum === 1 && issue.origin === "string"
            ? { code: "required" }
            : { code: "too_small", params: { minimum: Number(issue.minimum) } };
    case "too_big":
      return issue.origin === "number"
        ? { code: "too_big_number", params: { maximum: Number(issue.maximum) } }
        : issue.origin === "array" || issue.origin === "set"
          ? { code: "too_big_items", params: { maximum: Number(issue.maximum) } }
          : { code: "too_big", params: { maximum: Number(issue.maximum) } };
    case "invalid_type":
      // A number field left empty or given text: z.coerce.number() makes both NaN.
      return {
        code:
          issue.expected === "number"
            ? "not_a_number"
            : issue.expected === "int"
              ? "not_a_whole_number"
              : "invalid_type",
      };
    case "invalid_format":
      return {
        code: issue.format === "email" ? "invalid_email" : issue.format === "url" ? "invalid_url" : "invalid_format",
      };
    case "custom":
      return { code: issue.message };
    default:
      return { code: issue.code };
  }
}

/** Text values of a form, the last value of each field (files and secrets left out). */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form) {
    if (typeof value === "string" && !SECRET_FIELDS.test(key)) values[key] = value.slice(0, 2_000);
  }
  return values;
}

export type Validated<T> = { ok: true; data: T } | ({ ok: false } & FormFailure);

/**
 * Validates a form with `schema`. Fields that may repeat are read as lists when the schema says
 * so (`arrays`). A filled honeypot fails the whole form.
 */
export function validateForm<S extends z.ZodType>(
  form: FormData,
  schema: S,
  { arrays = [] }: { arrays?: string[] } = {},
): Validated<z.output<S>> {
  const values = formValues(form);
  if (form.get(HONEYPOT_FIELD)) return { ok: false, errors: { form: [{ code: "bot" }] }, values };
  const input: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key === HONEYPOT_FIELD) continue;
    const all = form.getAll(key).filter((value): value is string => typeof value === "string");
    input[key] = arrays.includes(key) ? all : all.at(-1);
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : "form";
    (errors[field] ??= []).push(errorFor(issue));
  }
  return { ok: false, errors, values };
}

/** The 400 answer to an invalid form: the page shows the errors next to the fields. */
export function invalid(failure: FormFailure, init?: ResponseInit) {
  return data({ ok: false as const, ...failure }, { status: 400, ...init });
}

/** One error for the whole form (wrong password, expired link, …): an i18n key and its values. */
export function formError(
  code: string,
  params?: FieldError["params"],
  values: Record<string, unknown> = {},
): FormFailure {
  const text = Object.fromEntries(
    Object.entries(values).filter(([key, value]) => typeof value === "string" && !SECRET_FIELDS.test(key)),
  ) as Record<string, string>;
  return { errors: { form: [{ code, params }] }, values: text };
}
